/** The most updates one subscription holds for a client that does not read them; beyond, it ends. */
const MAX_BUFFERED = 200;

type Taker<T> = { resolve: (result: IteratorResult<T>) => void; reject: (error: Error) => void };

/**
 * One subscription's updates as the async iterator GraphQL subscriptions read: pushed by the live
 * feed, taken by graphql-ws. Ending it (the client stops, the connection closes, the caller may no
 * longer see the chain) removes it from the feed.
 */
export class LiveChannel<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private readonly waiting: Taker<T>[] = [];
  private failure: Error | null = null;
  private done = false;

  constructor(private readonly onEnd: () => void) {}

  get ended(): boolean {
    return this.done;
  }

  push(value: T): void {
    if (this.done) return;
    const taker = this.waiting.shift();
    if (taker) return taker.resolve({ value, done: false });
    if (this.buffer.length >= MAX_BUFFERED) return this.fail(new Error('Too many updates were waiting to be read: the subscription ended. Subscribe again and refetch.'));
    this.buffer.push(value);
  }

  /** Ends the subscription with an error the client receives (e.g. its session was revoked). */
  fail(error: Error): void {
    if (this.done) return;
    const taker = this.waiting.shift();
    if (taker) taker.reject(error);
    else this.failure = error;
    this.finish();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift()!, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.buffer.length = 0;
    this.failure = null;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.onEnd();
    for (const taker of this.waiting.splice(0)) taker.resolve({ value: undefined, done: true });
  }
}
