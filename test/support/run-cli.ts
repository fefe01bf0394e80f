import { commands } from '../../apps/cli/src/commands';

/** Runs a `schakel` command in this process with extra environment; its exit code and what it printed. */
export async function runCli(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let out = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    const [name, ...rest] = argv;
    return { code: await commands[name].run(rest), out };
  } finally {
    write.mockRestore();
    process.env = saved;
  }
}
