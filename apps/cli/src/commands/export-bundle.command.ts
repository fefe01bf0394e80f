import { writeFileSync } from 'node:fs';
import { isUuid } from '@schakel/event-store';
import { InvalidBundleRequestError, publicKeyOf, writeEvidenceBundleFile } from '@schakel/evidence';
import { loadConfig, openEventStore, loadSigningKey } from '@schakel/infrastructure';
import { exportChainBundle } from '@schakel/application';
import { UsageError } from '../usage-error';
import { type CliCommand, parse } from './cli-command';
import { progressFor } from '../progress/progress-line';

export const exportBundleCommand: CliCommand = {
  summary: 'write a signed evidence bundle of one chain (and its inspector access log)',
  help: `schakel export-bundle --chain ID [--up-to INSTANT] --out FILE [--public-key-out FILE] [--progress]
  Reads the configured store and signs with the configured key (SCHAKEL_SIGNING_KEY or SCHAKEL_SIGNING_KEY_FILE, else the
  key in the data folder, generated on first use: the same key the API publishes as
  evidencePublicKey). The bundle holds the streams chain-ID and chainaccess-ID with inclusion
  proofs into a signed Merkle tree over the whole log, up to --up-to (recorded time) if given.
  Check it anywhere with: schakel verify-bundle FILE --public-key KEY.pem
  Progress (events of the log read, share done, time left) goes to standard error on a terminal, or
  always with --progress.`,
  async run(args) {
    const { values } = parse(args, {
      chain: { type: 'string' },
      'up-to': { type: 'string' },
      out: { type: 'string' },
      'public-key-out': { type: 'string' },
      progress: { type: 'boolean', default: false },
    });
    if (!values.chain || !isUuid(values.chain)) throw new UsageError('export-bundle needs --chain with the chain id (a UUID)');
    if (!values.out) throw new UsageError('export-bundle needs --out FILE');
    const upTo = values['up-to'] ?? null;
    if (upTo !== null && Number.isNaN(Date.parse(upTo))) throw new UsageError(`--up-to must be an ISO-8601 instant, got "${upTo}"`);
    const config = loadConfig();
    const key = loadSigningKey(config);
    const store = await openEventStore(config);
    try {
      const progress = await progressFor('export-bundle', store, values.progress);
      const bundle = await exportChainBundle(store, key, values.chain.toLowerCase(), upTo === null ? null : new Date(upTo).toISOString(), new Date(), {
        onProgress: (n) => progress?.update(n),
      });
      progress?.finish();
      if (bundle.manifest.every((m) => m.eventCount === 0)) {
        process.stderr.write(`schakel: chain ${values.chain} has no events in this store\n`);
        return 1;
      }
      writeEvidenceBundleFile(values.out, bundle);
      if (values['public-key-out']) writeFileSync(values['public-key-out'], publicKeyOf(key).pem);
      process.stdout.write(
        `wrote ${values.out}: ${bundle.events.length} events, checkpoint of size ${bundle.checkpoint.treeSize} signed by ${bundle.publicKey.fingerprint}\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof InvalidBundleRequestError) {
        process.stderr.write(`schakel: ${error.message}\n`);
        return 2;
      }
      throw error;
    } finally {
      await store.close();
    }
  },
};
