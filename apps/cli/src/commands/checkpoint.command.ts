import { loadConfig, openEventStore, configuredWitnesses, loadSigningKey } from '@schakel/infrastructure';
import { writeLogCheckpoint } from '@schakel/evidence';
import { type CliCommand, parse } from './cli-command';

export const checkpointCommand: CliCommand = {
  summary: 'sign a checkpoint of the log head now and publish it to the witnesses',
  help: `schakel checkpoint [--json]
  Reads the whole log, signs {size, Merkle root, previous checkpoint's hash, time} with the signing
  key, appends it to the log's checkpoint stream and publishes it to SCHAKEL_WITNESS_FILE and/or
  SCHAKEL_WITNESS_URL. The API does the same every SCHAKEL_CHECKPOINT_INTERVAL_SECONDS. Nothing is
  written when the log has not grown since the last checkpoint. Exit code 1 when a witness refused.`,
  async run(args) {
    const { values } = parse(args, { json: { type: 'boolean', default: false } });
    const config = loadConfig();
    const signingKey = loadSigningKey(config);
    const store = await openEventStore(config);
    try {
      const result = await writeLogCheckpoint({ store, signingKey, now: new Date(), witnesses: configuredWitnesses(config) });
      const refused = result.published.filter((p) => p.error !== null);
      if (values.json) {
        process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      } else {
        const c = result.signed.checkpoint;
        process.stdout.write(
          `${result.written ? 'signed' : 'unchanged since'} checkpoint of size ${c.treeSize}, root ${c.rootHash}, issued ${c.issuedAt} by ${c.logId}\n` +
            result.published.map((p) => `  ${p.witness}: ${p.error ?? 'published'}\n`).join(''),
        );
      }
      return refused.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
