import { RequestBudget } from './request-budget';

describe('a request budget', () => {
  it('lets work go on within its time, and stops it once the clock passes the budget', () => {
    let now = 1_000;
    const budget = new RequestBudget(500, () => now);
    now = 1_500;
    expect(() => budget.throwIfAborted()).not.toThrow();
    now = 1_501;
    expect(() => budget.throwIfAborted()).toThrow(expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', reason: 'REQUEST_BUDGET_EXCEEDED', details: { budgetMs: 500 } }));
    expect(budget.signal.aborted).toBe(true);
  });

  it('stops work when the client leaves, and says so', () => {
    const budget = new RequestBudget(60_000);
    budget.abandon();
    expect(budget.signal.aborted).toBe(true);
    expect(() => budget.throwIfAborted()).toThrow(expect.objectContaining({ reason: 'REQUEST_ABANDONED' }));
  });
});
