import { createServer } from 'node:net';
import { InvalidAppendError, StoreUnavailableError } from '../errors';
import { uuidv7 } from '../ids';
import type { NewEvent } from '../envelope';
import { InvalidCheckpointError, InvalidReadError, KurrentDbConfigError } from './kurrentdb-errors';
import { KurrentDbEventStore } from './kurrentdb-event-store';

// No KurrentDB server runs here. These tests use the real client against a port nothing listens on:
// they show what the adapter refuses before it touches the network, and how an unreachable store
// surfaces. Everything that needs a server is in kurrentdb-event-store.int-spec.ts.

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const anEvent = (): NewEvent => ({
  eventId: uuidv7(),
  type: 'ChainOpened',
  schemaVersion: 1,
  data: { name: 'Blok B' },
  occurredAt: new Date().toISOString(),
  actor: { userId: 'u1', partyId: 'p1', role: 'PRINCIPAL' },
  correlationId: uuidv7(),
  causationId: null,
});

const chainId = () => `chain-${uuidv7()}`;

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('KurrentDbEventStore without a server', () => {
  let store: KurrentDbEventStore;

  beforeAll(async () => {
    store = KurrentDbEventStore.connect(`kurrentdb://127.0.0.1:${await closedPort()}?tls=false`, {
      categories: ['chain', 'party'],
      maxResubscribes: 1,
      resubscribeDelayMs: 10,
    });
  });

  afterAll(() => store.close());

  it('is the kurrentdb kind', () => {
    expect(store.kind).toBe('kurrentdb');
  });

  describe('connect', () => {
    it.each(['http://localhost:2113', 'kurrentdb://', 'kurrentdb://localhost:port', 'kurrentdb://localhost:2113?nodePreference=nearest'])(
      'refuses the connection string %s with KurrentDbConfigError',
      (connectionString) => {
        expect(() => KurrentDbEventStore.connect(connectionString)).toThrow(KurrentDbConfigError);
      },
    );

    it('does not repeat a password from the connection string in its error', () => {
      const error = (() => {
        try {
          KurrentDbEventStore.connect('kurrentdb://admin:s3cret-pw@localhost:2113?tls=maybe');
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error).toBeInstanceOf(KurrentDbConfigError);
      expect(error?.message).not.toContain('s3cret-pw');
    });

    it('refuses categories that are not stream categories', () => {
      expect(() => KurrentDbEventStore.connect('kurrentdb://localhost:2113?tls=false', { categories: ['chain-x'] })).toThrow(KurrentDbConfigError);
    });
  });

  describe('refuses before it touches the network', () => {
    it.each([
      ['a stream id without category', () => store.append('nocategory', [anEvent()], -1)],
      ['an empty batch', () => store.append(chainId(), [], -1)],
      ['an event id that is not a UUID', () => store.append(chainId(), [{ ...anEvent(), eventId: 'e-1' }], -1)],
      ['an expected version below -1', () => store.append(chainId(), [anEvent()], -2)],
      ['a stream outside the configured categories', () => store.append(`order-${uuidv7()}`, [anEvent()], -1)],
    ])('an append with %s: InvalidAppendError', async (_name, append) => {
      expect(await failureOf(append())).toBeInstanceOf(InvalidAppendError);
    });

    it('a read with a version that is not an integer: InvalidReadError', async () => {
      expect(await failureOf(store.readStream(chainId(), { fromVersion: 1.5 }))).toBeInstanceOf(InvalidReadError);
    });

    it('a read as of an instant that is not a date: InvalidReadError', async () => {
      expect(await failureOf(store.readStream(chainId(), { toVersion: -1, recordedBefore: 'soon' }))).toBeInstanceOf(InvalidReadError);
    });

    it('a readAll after a checkpoint another adapter wrote: InvalidCheckpointError', async () => {
      expect(await failureOf(store.readAll({ after: '42' }))).toBeInstanceOf(InvalidCheckpointError);
    });

    it('a readAll with a negative limit: InvalidReadError', async () => {
      expect(await failureOf(store.readAll({ limit: -1 }))).toBeInstanceOf(InvalidReadError);
    });

    it('an empty version range reads nothing', async () => {
      await expect(store.readStream(chainId(), { fromVersion: 5, toVersion: 4 })).resolves.toEqual([]);
    });

    it('a stream outside the categories does not exist for this store', async () => {
      await expect(store.readStream(`order-${uuidv7()}`)).resolves.toEqual([]);
      await expect(store.streamVersion(`order-${uuidv7()}`)).resolves.toBe(-1);
    });
  });

  describe('reports an unreachable server as StoreUnavailableError', () => {
    it('on append', async () => {
      expect(await failureOf(store.append(chainId(), [anEvent()], -1))).toBeInstanceOf(StoreUnavailableError);
    });

    it('on append with expected version any', async () => {
      expect(await failureOf(store.append(chainId(), [anEvent()], 'any'))).toBeInstanceOf(StoreUnavailableError);
    });

    it('on readStream and streamVersion', async () => {
      expect(await failureOf(store.readStream(chainId()))).toBeInstanceOf(StoreUnavailableError);
      expect(await failureOf(store.streamVersion(chainId()))).toBeInstanceOf(StoreUnavailableError);
    });

    it('on readAll', async () => {
      expect(await failureOf(store.readAll({ limit: 10 }))).toBeInstanceOf(StoreUnavailableError);
    });

    it('on subscribe, after reconnecting as often as configured', async () => {
      const started = Date.now();
      const iteration = (async () => {
        for await (const _event of store.subscribe({ after: '0:0' })) {
          throw new Error('no event can arrive');
        }
      })();
      expect(await failureOf(iteration)).toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(10_000);
    });
  });

  it('ends a subscription promptly when its signal is aborted, even while it waits to reconnect', async () => {
    const patient = KurrentDbEventStore.connect(`kurrentdb://127.0.0.1:${await closedPort()}?tls=false`, {
      maxResubscribes: 1000,
      resubscribeDelayMs: 60_000,
    });
    const controller = new AbortController();
    const received: unknown[] = [];
    const iteration = (async () => {
      for await (const event of patient.subscribe({ signal: controller.signal })) received.push(event);
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const abortedAt = Date.now();
    controller.abort();
    await iteration;
    expect(Date.now() - abortedAt).toBeLessThan(1000);
    expect(received).toEqual([]);
    await patient.close();
  });

  it('ends an open subscription when the store is closed, and closing twice is harmless', async () => {
    const closing = KurrentDbEventStore.connect(`kurrentdb://127.0.0.1:${await closedPort()}?tls=false`, {
      maxResubscribes: 1000,
      resubscribeDelayMs: 20,
    });
    const iteration = (async () => {
      for await (const _event of closing.subscribe()) throw new Error('no event can arrive');
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await closing.close();
    await closing.close();
    await expect(iteration).resolves.toBeUndefined();
  });
});
