import { readFileSync } from 'node:fs';
import { ImportRowRejected } from '@schakel/domain';
import { loadConfig, loadOrCreateJwtSecret, InvalidTokenError, verifyToken, openPersonalDataStore } from '@schakel/infrastructure';
import { ApiError, importChainHistory } from '@schakel/application';
import { uuidv7 } from '@schakel/event-store';
import { UsageError } from '../usage-error';
import { type CliCommand, parse } from './cli-command';

export const importCommand: CliCommand = {
  summary: 'import a chain\'s history (links, instructions, paper lists, incidents) from a file',
  help: `schakel import FILE --token TOKEN
  FILE is a chain history in the format of docs/import.md (JSON, schakel-chain-history/1).
  TOKEN (or SCHAKEL_TOKEN) is a MANAGER token of the importing party, checked with the configured
  secret: the importer must be in the chain, and imports its own acts and those of parties below it.
  Entries keep their claimed dates, are recorded now, and carry the importer and the file's SHA-256.
  A bad row rejects the whole file (exit code 1, row and reason on stderr); nothing is written.`,
  async run(args) {
    const { values, positionals } = parse(args, { token: { type: 'string' } }, true);
    if (positionals.length !== 1) throw new UsageError('import needs exactly one FILE');
    const token = values.token ?? process.env.SCHAKEL_TOKEN;
    if (!token) throw new UsageError('import needs --token (or SCHAKEL_TOKEN): a MANAGER token of the importing party');
    const config = loadConfig();
    let caller;
    try {
      caller = await verifyToken(loadOrCreateJwtSecret(config.dataDir, config.jwtSecret), token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new UsageError(error.message);
      throw error;
    }
    if (caller.role !== 'MANAGER') throw new UsageError(`an import is made with a MANAGER token, not ${caller.role}`);
    let file: Buffer;
    try {
      file = readFileSync(positionals[0]);
    } catch (error) {
      throw new UsageError(`cannot read ${positionals[0]}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const store = await openPersonalDataStore(config);
    try {
      const result = await importChainHistory(store, file, caller, uuidv7());
      process.stdout.write(
        `imported ${result.entries} entries into chain ${result.chainId} (import ${result.importId}, file sha256 ${result.sourceSha256})\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof ImportRowRejected || error instanceof ApiError) {
        const reason = error instanceof ApiError ? error.reason : error.reason;
        process.stderr.write(`schakel: import rejected, nothing written: ${error.message}${error instanceof ApiError ? ` (${reason})` : ''}\n`);
        return 1;
      }
      throw error;
    } finally {
      await store.close();
    }
  },
};
