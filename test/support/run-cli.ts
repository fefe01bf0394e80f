import { commands } from '../../apps/cli/src/commands';

/** Runs a `schakel` command in this process with extra environment; its exit code and what it printed (`err`: on standard error). */
export async function runCli(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let out = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  let err = '';
  const writeErr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const [name, ...rest] = argv;
    return { code: await commands[name].run(rest), out, err };
  } finally {
    write.mockRestore();
    writeErr.mockRestore();
    process.env = saved;
  }
}
