import { openContender } from './contenders/open-contender';
import type { StoreContender } from './contenders/store-contender';
import { takePeakRss } from './peak-memory';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

// One contender per process: each gets its own heap and event loop, and a library's process-wide
// settings (Emmett's dumbo changes pg's type parsers) cannot touch the others.
let contender: StoreContender | undefined;

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
};

function open(): StoreContender {
  if (!contender) throw new Error('the contender is not open');
  return contender;
}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'open':
      contender = await openContender(request.name, request.target);
      return null;
    case 'appendNewStreams':
      return timed(async () => {
        for (let i = 0; i < request.count; i++) await open().appendOne(`${request.prefix}-${i}`, -1);
      });
    case 'appendSameStream':
      return timed(async () => {
        for (let i = 0; i < request.count; i++) await open().appendOne(request.streamId, request.fromVersion + i);
      });
    case 'appendBatches':
      return timed(async () => {
        for (let i = 0; i < request.batches; i++) await open().appendBatch(request.streamId, request.size, request.fromVersion + i * request.size);
      });
    case 'concurrentWriters':
      return timed(async () => {
        await Promise.all(
          Array.from({ length: request.writers }, async (_, w) => {
            for (let i = 0; i < request.perWriter; i++) await open().appendOne(`${request.prefix}-${w}`, i - 1);
          }),
        );
      });
    case 'fill':
      for (let i = 0; i < request.batches; i++) await open().appendBatch(`${request.prefix}-${i}`, request.size, -1);
      return null;
    case 'readStream':
      return timed(() => open().readStream(request.streamId));
    case 'readAll':
      return timed(() => open().readAll());
    case 'subscribeAll': {
      const subscription = open().subscribeAll(request.total);
      return subscription ? timed(() => subscription) : null;
    }
    case 'peakMemory':
      return takePeakRss();
    case 'close':
      await contender?.close();
      contender = undefined;
      return null;
  }
}

process.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (result) => process.send!({ id: request.id, ok: true, result } satisfies WorkerReply),
    (error: unknown) => process.send!({ id: request.id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies WorkerReply),
  );
});
