/** Leadership of a projection group when several processes share one database. */
export interface ProjectionLease {
  readonly held: boolean;
  /** True when this process leads (now, or after taking over from one that died). */
  acquire(): Promise<boolean>;
  release(): Promise<void>;
}

/** One process, one database file: this process always leads. */
export class LocalLease implements ProjectionLease {
  readonly held = true;
  async acquire(): Promise<boolean> {
    return true;
  }
  async release(): Promise<void> {}
}
