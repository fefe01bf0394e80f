import type { EventStore } from '../src/event-store.port';
import { appendContract } from './contract/append.contract';
import { concurrencyContract } from './contract/concurrency.contract';
import type { ContractContext } from './contract/contract-context';
import { idempotencyContract } from './contract/idempotency.contract';
import { readContract } from './contract/read.contract';
import { subscribeContract } from './contract/subscribe.contract';
import { LogCursor } from './log-reading';

/** A store opened for the contract suite. */
export interface ContractSubject {
  store: EventStore;
  /** Optional cleanup (drop a database, delete a file), called after the suite has closed the store. */
  dispose?(): Promise<void>;
}

/**
 * The behaviour every EventStore adapter must show, as one jest suite. `open` is called once (in
 * beforeAll); every test writes to fresh stream ids, so the store may hold other data and be shared.
 * With `skipReason` the suite is skipped and the reason printed once.
 */
export function describeEventStoreContract(
  name: string,
  open: () => Promise<ContractSubject>,
  options: { skipReason?: string } = {},
): void {
  const title = `EventStore contract: ${name}`;
  if (options.skipReason) console.warn(`${title} is skipped: ${options.skipReason}`);

  (options.skipReason ? describe.skip : describe)(title, () => {
    let subject: ContractSubject | undefined;
    let cursor: LogCursor | undefined;
    const ctx: ContractContext = {
      store: () => {
        if (!subject) throw new Error(`${title}: the store did not open`);
        return subject.store;
      },
      cursor: () => (cursor ??= new LogCursor(ctx.store())),
    };

    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      if (!subject) return;
      try {
        await subject.store.close();
      } finally {
        await subject.dispose?.();
      }
    });

    appendContract(ctx);
    idempotencyContract(ctx);
    readContract(ctx);
    concurrencyContract(ctx);
    subscribeContract(ctx);
  });
}
