import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../usage-error';

export interface CliCommand {
  readonly summary: string;
  readonly help: string;
  /** Resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

/** parseArgs with strict options; a mistake becomes a UsageError. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
