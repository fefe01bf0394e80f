/** The fold of a stream up to a version; a command then only reads the events after it. */
export interface CachedFold<S> {
  readonly version: number;
  readonly state: S;
}

/**
 * A bounded least-recently-used cache of stream folds, so the cost of a command does not grow
 * with the length of the stream's history. Losing an entry only costs a full re-read.
 */
export class StreamStateCache {
  private readonly entries = new Map<string, CachedFold<unknown>>();

  constructor(private readonly maxStreams = 2000) {}

  get<S>(streamId: string): CachedFold<S> | undefined {
    const entry = this.entries.get(streamId);
    if (!entry) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry as CachedFold<S>;
  }

  set<S>(streamId: string, fold: CachedFold<S>): void {
    const current = this.entries.get(streamId);
    if (current && current.version > fold.version) return; // never go back in time
    this.entries.delete(streamId);
    this.entries.set(streamId, fold);
    if (this.entries.size > this.maxStreams) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Forgets every fold: after an erasure, a cached fold may still hold the erased person's data. */
  clear(): void {
    this.entries.clear();
  }

  forget(streamId: string): void {
    this.entries.delete(streamId);
  }

  get size(): number {
    return this.entries.size;
  }
}
