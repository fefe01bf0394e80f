/**
 * Runs tasks for the same stream one after another within this process, so concurrent commands
 * on one chain do not race each other through retries; other streams are not held up.
 * Conflicts with other processes are still caught by the store's expected version.
 */
export class StreamQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(streamId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(streamId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(streamId, tail);
    void tail.then(() => {
      if (this.tails.get(streamId) === tail) this.tails.delete(streamId);
    });
    return next;
  }
}
