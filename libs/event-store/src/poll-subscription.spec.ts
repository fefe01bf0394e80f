import { aNewEvent } from '../testing/event-builders';
import { sleep, waitUntil } from '../testing/log-reading';
import { START, type Checkpoint, type LoggedEvent } from './envelope';
import { ChangeNotifier, pollSubscription, type ReadPage } from './poll-subscription';

/** A global log in memory: positions 1, 2, 3… with the position as checkpoint. */
class MemoryLog {
  readonly events: LoggedEvent[] = [];
  readonly reads: Array<{ after: Checkpoint; limit: number }> = [];

  append(count: number): LoggedEvent[] {
    const added = Array.from({ length: count }, () => {
      const globalPosition = this.events.length + 1;
      const event: LoggedEvent = {
        ...aNewEvent(),
        streamId: 'test-memory',
        streamVersion: globalPosition - 1,
        globalPosition,
        recordedAt: new Date().toISOString(),
        prevHash: '',
        hash: '',
        checkpoint: String(globalPosition),
      };
      this.events.push(event);
      return event;
    });
    return added;
  }

  readonly readPage: ReadPage = async (after, limit) => {
    this.reads.push({ after, limit });
    const from = after === START ? 0 : Number(after);
    return this.events.filter((e) => e.globalPosition > from).slice(0, limit);
  };
}

function consume(iterable: AsyncIterable<LoggedEvent>) {
  const received: LoggedEvent[] = [];
  const done = (async () => {
    for await (const event of iterable) received.push(event);
  })();
  done.catch(() => undefined);
  return { received, done };
}

// Every subscription a test starts is aborted afterwards, so a failing test cannot leave one running.
const started: AbortController[] = [];
const aController = (): AbortController => {
  const controller = new AbortController();
  started.push(controller);
  return controller;
};
afterEach(() => started.splice(0).forEach((c) => c.abort()));

const positions = (events: readonly LoggedEvent[]): number[] => events.map((e) => e.globalPosition);
const HOUR = 3_600_000;

describe('pollSubscription', () => {
  it('catches up in pages of batchSize, each read after the last checkpoint', async () => {
    const log = new MemoryLog();
    log.append(7);
    const controller = aController();
    const sub = consume(pollSubscription(log.readPage, { batchSize: 3, signal: controller.signal, pollIntervalMs: HOUR }));

    await waitUntil(() => sub.received.length === 7, () => `received ${sub.received.length}`);
    controller.abort();
    await sub.done;

    expect(positions(sub.received)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(log.reads).toEqual([
      { after: START, limit: 3 },
      { after: '3', limit: 3 },
      { after: '6', limit: 3 },
    ]);
  });

  it('starts after the checkpoint it is given', async () => {
    const log = new MemoryLog();
    log.append(5);
    const controller = aController();
    const sub = consume(pollSubscription(log.readPage, { after: '3', signal: controller.signal, pollIntervalMs: HOUR }));

    await waitUntil(() => sub.received.length === 2, () => `received ${sub.received.length}`);
    controller.abort();
    await sub.done;
    expect(positions(sub.received)).toEqual([4, 5]);
  });

  it('goes live on a wake-up, without waiting for the poll interval', async () => {
    const log = new MemoryLog();
    const notifier = new ChangeNotifier();
    const controller = aController();
    const sub = consume(pollSubscription(log.readPage, { signal: controller.signal, waitForChange: notifier.wait, pollIntervalMs: HOUR }));

    await waitUntil(() => notifier.waiting === 1, () => 'the subscription never waited');
    log.append(2);
    notifier.notify();
    await waitUntil(() => sub.received.length === 2, () => `received ${sub.received.length}`, 500);
    log.append(1);
    notifier.notify();
    await waitUntil(() => sub.received.length === 3, () => `received ${sub.received.length}`, 500);

    controller.abort();
    await sub.done;
    expect(positions(sub.received)).toEqual([1, 2, 3]);
    expect(notifier.waiting).toBe(0);
  });

  it('is woken by a write that commits while a read is running (no lost wake-up)', async () => {
    const log = new MemoryLog();
    const notifier = new ChangeNotifier();
    let duringRead: (() => void) | null = null;
    // The read takes its snapshot, then a writer appends and notifies before the read returns.
    const slowRead: ReadPage = async (after, limit) => {
      const page = await log.readPage(after, limit);
      const write = duringRead;
      duringRead = null;
      write?.();
      return page;
    };
    const controller = aController();
    const sub = consume(pollSubscription(slowRead, { signal: controller.signal, waitForChange: notifier.wait, pollIntervalMs: HOUR }));

    await waitUntil(() => notifier.waiting === 1, () => 'the subscription never waited');
    duringRead = () => {
      log.append(1);
      notifier.notify();
    };
    log.append(1);
    notifier.notify();

    await waitUntil(() => sub.received.length === 2, () => `received ${sub.received.length}`, 500);
    controller.abort();
    await sub.done;
    expect(positions(sub.received)).toEqual([1, 2]);
  });

  it('polls at the interval for writers it cannot hear', async () => {
    const log = new MemoryLog();
    const controller = aController();
    const sub = consume(pollSubscription(log.readPage, { signal: controller.signal, pollIntervalMs: 20 }));

    await sleep(50);
    log.append(3);
    await waitUntil(() => sub.received.length === 3, () => `received ${sub.received.length}`, 500);
    controller.abort();
    await sub.done;
    expect(positions(sub.received)).toEqual([1, 2, 3]);
  });

  it('falls back to polling, without spinning, when the wake-up source fails', async () => {
    const log = new MemoryLog();
    const controller = aController();
    const broken = () => Promise.reject(new Error('LISTEN connection lost'));
    const sub = consume(pollSubscription(log.readPage, { signal: controller.signal, waitForChange: broken, pollIntervalMs: 25 }));

    await sleep(200);
    log.append(1);
    await waitUntil(() => sub.received.length === 1, () => `received ${sub.received.length}`, 500);
    controller.abort();
    await sub.done;
    expect(log.reads.length).toBeLessThan(20);
  });

  it('ends promptly when aborted while waiting, whatever the poll interval', async () => {
    const log = new MemoryLog();
    const notifier = new ChangeNotifier();
    const controller = aController();
    const sub = consume(pollSubscription(log.readPage, { signal: controller.signal, waitForChange: notifier.wait, pollIntervalMs: HOUR }));
    await waitUntil(() => notifier.waiting === 1, () => 'the subscription never waited');

    const started = Date.now();
    controller.abort();
    await sub.done;
    expect(Date.now() - started).toBeLessThan(50);
    expect(notifier.waiting).toBe(0);
  });

  it('stops between events when aborted by the consumer mid-page', async () => {
    const log = new MemoryLog();
    log.append(5);
    const controller = new AbortController();
    const received: LoggedEvent[] = [];
    for await (const event of pollSubscription(log.readPage, { signal: controller.signal, pollIntervalMs: HOUR })) {
      received.push(event);
      if (received.length === 2) controller.abort();
    }
    expect(positions(received)).toEqual([1, 2]);
  });

  it('reads nothing when the signal is already aborted', async () => {
    const log = new MemoryLog();
    log.append(2);
    const controller = new AbortController();
    controller.abort();
    const sub = consume(pollSubscription(log.readPage, { signal: controller.signal }));
    await sub.done;
    expect(sub.received).toEqual([]);
    expect(log.reads).toEqual([]);
  });

  it('cleans up its wait when the consumer breaks out of the loop', async () => {
    const log = new MemoryLog();
    log.append(1);
    const notifier = new ChangeNotifier();
    for await (const event of pollSubscription(log.readPage, { waitForChange: notifier.wait, pollIntervalMs: HOUR })) {
      expect(event.globalPosition).toBe(1);
      break;
    }
    expect(notifier.waiting).toBe(0);
  });

  it('ends the iteration with the error of a failing read', async () => {
    const failing: ReadPage = async () => {
      throw new Error('disk I/O error');
    };
    const sub = consume(pollSubscription(failing, { pollIntervalMs: HOUR }));
    await expect(sub.done).rejects.toThrow('disk I/O error');
  });

  it('refuses a batch size that is not a positive integer', () => {
    const log = new MemoryLog();
    expect(() => pollSubscription(log.readPage, { batchSize: 0 })).toThrow(RangeError);
    expect(() => pollSubscription(log.readPage, { batchSize: 2.5 })).toThrow(RangeError);
    expect(() => pollSubscription(log.readPage, { pollIntervalMs: 0 })).toThrow(RangeError);
  });
});

describe('ChangeNotifier', () => {
  it('wakes every pending wait once, and not a wait that starts after the notify', async () => {
    const notifier = new ChangeNotifier();
    const controller = new AbortController();
    let woken = 0;
    const first = notifier.wait(controller.signal).then(() => woken++);
    const second = notifier.wait(controller.signal).then(() => woken++);
    notifier.notify();
    await Promise.all([first, second]);
    expect(woken).toBe(2);

    let late = false;
    void notifier.wait(controller.signal).then(() => (late = true));
    await sleep(10);
    expect(late).toBe(false);
    expect(notifier.waiting).toBe(1);
    controller.abort();
    await sleep(0);
    expect(late).toBe(true);
    expect(notifier.waiting).toBe(0);
  });
});
