import { type KeyObject } from 'node:crypto';
import { PublicKeyError, WitnessError, parsePublicKeyPem, readWitnessFile, verifyLog, type LogVerification, type SignedLogCheckpoint } from '@schakel/evidence';
import { loadConfig, openEventStore, findSigningKey } from '@schakel/infrastructure';
import { UsageError } from '../usage-error';
import { type CliCommand, parse } from './cli-command';
import { readPublicKey } from './public-key-argument';
import { progressFor } from '../progress/progress-line';

export const verifyCommand: CliCommand = {
  summary: 'recompute every hash of the event log and check it against every signed checkpoint',
  help: `schakel verify [--witness FILE] [--public-key FILE_OR_PEM] [--json] [--progress]
  Reads the configured store (SCHAKEL_STORE, SQLITE_PATH / DATABASE_URL / KURRENTDB_URL) in global
  order and checks each event's version, prevHash and SHA-256; every checkpoint in the log (its
  signature, its link to the one before, and that the log's first N events still give its root); on
  SQLite that global positions run 1..max without a gap and sqlite_sequence goes no further.
  --witness FILE checks the log against the checkpoints a witness kept (SCHAKEL_WITNESS_FILE's
  lines), which the operator cannot re-sign. --public-key: the key checkpoints must be signed with
  (default: the configured signing key's public half). Exit code 0 when intact, 1 when not.
  Progress (events checked, share done, time left) goes to standard error on a terminal, or always
  with --progress.`,
  async run(args) {
    const { values } = parse(args, { json: { type: 'boolean', default: false }, progress: { type: 'boolean', default: false }, witness: { type: 'string' }, 'public-key': { type: 'string' } });
    const config = loadConfig();
    let publicKey: KeyObject | null;
    let witness: SignedLogCheckpoint[] | undefined;
    try {
      publicKey = values['public-key'] ? parsePublicKeyPem(readPublicKey(values['public-key'])) : (findSigningKey(config)?.publicKey ?? null);
      witness = values.witness ? readWitnessFile(values.witness) : undefined;
    } catch (error) {
      if (error instanceof PublicKeyError || error instanceof WitnessError) {
        process.stderr.write(`schakel: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    if (!publicKey && witness?.length) throw new UsageError('--witness needs the log key: pass --public-key');
    const store = await openEventStore(config);
    try {
      // Without any key there can be no checkpoint to check: a fresh key would only refuse them all.
      const progress = await progressFor('verify', store, values.progress);
      const report = await verifyLog(store, { publicKey: publicKey ?? null, witness, onProgress: (n) => progress?.update(n) });
      progress?.finish();
      if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else process.stdout.write(describe(report, store.kind));
      return report.ok ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};

function describe(report: LogVerification, kind: string): string {
  if (report.ok) {
    const latest = report.latestCheckpoint;
    const checkpoints = latest
      ? `${report.checkpointsChecked} checkpoint(s), the latest of size ${latest.treeSize} issued ${latest.issuedAt}`
      : 'no checkpoint yet (run schakel checkpoint)';
    const witnessed = report.witnessCheckpointsChecked > 0 ? `; ${report.witnessCheckpointsChecked} witness checkpoint(s) hold` : '';
    return `ok: ${report.eventsChecked} events in ${report.streamsChecked} streams verified (${kind}); ${checkpoints}${witnessed}\n`;
  }
  const lines: string[] = [];
  const f = report.firstFailure;
  if (f) {
    lines.push(
      `BROKEN at global position ${f.globalPosition}: ${f.reason} in ${f.streamId} version ${f.streamVersion} (event ${f.eventId})`,
      `  ${f.detail}`,
      `  ${report.eventsChecked} events before it verified.`,
    );
  }
  for (const problem of report.problems) {
    if (problem.reason !== 'HASH_CHAIN_BROKEN') lines.push(`BROKEN: ${problem.reason}`, `  ${problem.detail}`);
  }
  return lines.join('\n') + '\n';
}
