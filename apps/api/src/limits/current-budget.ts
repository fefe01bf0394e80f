import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestBudget } from './request-budget';

const budgets = new AsyncLocalStorage<RequestBudget>();

/**
 * Runs the rest of a request with its budget in reach of everything it calls, so the read-model
 * queries check it before each SQL read without every caller handing it down.
 */
export function withBudget<T>(budget: RequestBudget, work: () => T): T {
  return budgets.run(budget, work);
}

/** The budget of the request in progress; undefined outside one (start-up, projections, the CLI). */
export function currentBudget(): RequestBudget | undefined {
  return budgets.getStore();
}
