import { fork, type ChildProcess, type ForkOptions, type Serializable } from 'node:child_process';
import { join } from 'node:path';

/**
 * Forks one of the bench's own scripts (`name` relative to test/bench, without extension) with an
 * IPC channel. Run from dist (node) the script is .js; run through ts-node it is .ts and needs the
 * same hooks as this process.
 */
export function forkBenchScript(name: string, args: readonly string[] = [], options: ForkOptions & { nodeArgs?: readonly string[] } = {}): ChildProcess {
  const ts = __filename.endsWith('.ts');
  const { nodeArgs = [], ...rest } = options;
  const execArgv = [...(ts ? ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'] : []), ...nodeArgs];
  return fork(join(__dirname, `${name}${ts ? '.ts' : '.js'}`), [...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...rest, execArgv });
}

/** Sends one message to a forked script and waits for its one answer (or its exit). */
export function askChild<T>(child: ChildProcess, message: Serializable, failure: (detail: string) => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (answer: T) => {
      child.off('exit', onExit);
      resolve(answer);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(failure(`process exited with ${code}`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
    child.send(message);
  });
}
