import { inTurn } from './fold-turns';

describe('folds in turns of their own', () => {
  it('lets I/O and timers that came due run between two folds queued together', async () => {
    const order: string[] = [];
    const busy = (ms: number) => {
      const end = Date.now() + ms;
      while (Date.now() < end);
    };
    const first = inTurn(() => {
      order.push('fold 1');
      // a timer that comes due while the fold runs: it must not wait for the second fold
      setTimeout(() => order.push('timer'), 0);
      busy(5);
    });
    const second = inTurn(() => order.push('fold 2'));
    await Promise.all([first, second]);
    expect(order).toEqual(['fold 1', 'timer', 'fold 2']);
  });

  it('passes a fold\'s error to its caller and runs the next fold all the same', async () => {
    const failing = inTurn(() => {
      throw new Error('stopped');
    });
    const next = inTurn(() => 42);
    await expect(failing).rejects.toThrow('stopped');
    await expect(next).resolves.toBe(42);
  });
});
