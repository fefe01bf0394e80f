import 'reflect-metadata';
import { ConfigError } from '@schakel/infrastructure';
import { commands, usage } from './commands';
import { UsageError } from './usage-error';

/** `schakel <command> [options]`: a thin command line over the services the API uses. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command.run(rest);
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`schakel: ${error.message}\n\n${usage()}`);
      process.exit(2);
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`schakel: configuration error: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`schakel: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
