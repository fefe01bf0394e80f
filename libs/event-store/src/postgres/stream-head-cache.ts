export interface StreamHead {
  // -1 before the first event.
  readonly version: number;
  // null before the first event (the first event chains to GENESIS_HASH).
  readonly hash: string | null;
  // recordedAt of the head in epoch ms, so new events never record an earlier time than their predecessor.
  readonly recordedAtMs: number;
}

export const EMPTY_HEAD: StreamHead = { version: -1, hash: null, recordedAtMs: 0 };

// The last (version, hash) this process saw per stream, so an append can be sealed without reading
// the head first. Only a hint: the append statement checks the head, and a stale entry costs a retry.
// Bounded, evicting the least recently used stream.
export class StreamHeadCache {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly capacity = 10_000) {}

  get(streamId: string): StreamHead | undefined {
    const head = this.heads.get(streamId);
    if (head) {
      this.heads.delete(streamId);
      this.heads.set(streamId, head);
    }
    return head;
  }

  // Keeps the newer of the cached and the given head (reads and appends can finish out of order).
  remember(streamId: string, head: StreamHead): void {
    const known = this.heads.get(streamId);
    if (known && known.version > head.version) return;
    this.set(streamId, head);
  }

  // The head as the database just reported it, replacing whatever was cached.
  set(streamId: string, head: StreamHead): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > this.capacity) this.heads.delete(this.heads.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.heads.delete(streamId);
  }
}
