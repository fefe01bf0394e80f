import type { ChildProcess } from 'node:child_process';
import type { ContenderInfo, ContenderTarget } from './contenders/store-contender';
import { forkBenchScript } from './fork-bench-script';
import type { WorkerOp, WorkerReply } from './worker-protocol';

/** A typed error from a contender's process, naming the contender. */
export class ContenderFailedError extends Error {
  constructor(contender: string, op: string, detail: string) {
    super(`${contender} failed in ${op}: ${detail}`);
    this.name = 'ContenderFailedError';
  }
}

/** A contender living in a child process; calls are answered one at a time. */
export class ContenderProcess {
  private readonly child: ChildProcess;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; op: string }>();

  private constructor(readonly info: ContenderInfo) {
    this.child = forkBenchScript('contender-worker', [info.name]);
    this.child.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new ContenderFailedError(info.name, waiting.op, reply.error));
    });
    this.child.on('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new ContenderFailedError(info.name, waiting.op, `process exited with ${code}`));
      this.pending.clear();
    });
  }

  static async start(info: ContenderInfo, target: ContenderTarget): Promise<ContenderProcess> {
    const contender = new ContenderProcess(info);
    await contender.call({ op: 'open', name: info.name, target });
    return contender;
  }

  call<T = unknown>(op: WorkerOp): Promise<T> {
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, op: op.op });
      this.child.send({ ...op, id });
    });
  }

  async stop(): Promise<void> {
    try {
      await this.call({ op: 'close' });
    } finally {
      this.child.disconnect();
    }
  }
}
