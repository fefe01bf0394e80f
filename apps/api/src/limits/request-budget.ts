import { ApiError, ApiErrorCode } from '@schakel/application';

/**
 * The time one request may take, and whether its client is still there. Long reads call
 * `throwIfAborted()` between steps (it has the shape of AbortSignal's, so the domain's folds take
 * either): a synchronous fold never yields to a timer, so the deadline is checked by the clock, not
 * only by the signal.
 */
export class RequestBudget {
  private readonly controller = new AbortController();
  private readonly deadline: number;

  constructor(
    readonly budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + budgetMs;
  }

  /** Aborted when the budget passes (once something checks) or the client leaves. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The client closed the connection before its answer was sent: nobody is waiting for the work. */
  abandon(): void {
    if (!this.signal.aborted) {
      this.controller.abort(new ApiError(ApiErrorCode.SERVICE_UNAVAILABLE, 'REQUEST_ABANDONED', 'The client closed the connection; the request was stopped.'));
    }
  }

  throwIfAborted(): void {
    if (!this.signal.aborted && this.now() > this.deadline) {
      this.controller.abort(
        new ApiError(
          ApiErrorCode.SERVICE_UNAVAILABLE,
          'REQUEST_BUDGET_EXCEEDED',
          `The request took longer than its budget of ${this.budgetMs} ms and was stopped. Ask for less (a smaller page, a narrower filter) or retry.`,
          { budgetMs: this.budgetMs },
        ),
      );
    }
    if (this.signal.aborted) throw this.signal.reason;
  }
}

export type RequestWithBudget = { budget?: RequestBudget };

