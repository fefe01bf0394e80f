import type { ContenderName, ContenderTarget } from './contenders/store-contender';

type Op =
  | { op: 'open'; name: ContenderName; target: ContenderTarget }
  | { op: 'appendNewStreams'; count: number; prefix: string }
  | { op: 'appendSameStream'; count: number; streamId: string; fromVersion: number }
  | { op: 'appendBatches'; batches: number; size: number; streamId: string; fromVersion: number }
  | { op: 'concurrentWriters'; writers: number; perWriter: number; prefix: string }
  | { op: 'fill'; batches: number; size: number; prefix: string }
  | { op: 'readStream'; streamId: string }
  | { op: 'readAll' }
  | { op: 'subscribeAll'; total: number }
  /** The process's peak RSS since the last time it was asked (a PeakReading), and a new peak from now. */
  | { op: 'peakMemory' }
  | { op: 'close' };

export type WorkerOp = Op;
export type WorkerRequest = Op & { id: number };
export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
/** A timed operation's answer: its wall time in the worker and what it returned. */
export type Timed<T = unknown> = { ms: number; value: T };
