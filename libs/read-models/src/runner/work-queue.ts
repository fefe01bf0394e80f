/**
 * Runs work one piece at a time. On SQLite every reader of one DataSource shares one connection,
 * so two transactions that overlap would nest: runners (and the outbox's writes) that share a
 * database share one queue.
 */
export class WorkQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
