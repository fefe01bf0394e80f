import { writeFileSync } from 'node:fs';
import { InvalidBundleRequestError, createConsistencyProof, serializeConsistencyProof } from '@schakel/evidence';
import { loadConfig, openEventStore, loadSigningKey } from '@schakel/infrastructure';
import { UsageError } from '../usage-error';
import { type CliCommand, parse } from './cli-command';

export const consistencyProofCommand: CliCommand = {
  summary: 'prove that the log of an older checkpoint or bundle is a prefix of the log now',
  help: `schakel consistency-proof --from M [--to N] --out FILE
  Writes an RFC 6962 consistency proof that the log's first M events (an older bundle's or
  checkpoint's treeSize) are a prefix of its first N (default: the whole log now), with the head of
  size N signed by the configured key. Check it offline with: schakel verify-consistency OLD FILE`,
  async run(args) {
    const { values } = parse(args, { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } });
    const fromSize = size(values.from, '--from');
    if (fromSize === null) throw new UsageError('consistency-proof needs --from M (the older tree size)');
    const toSize = size(values.to, '--to');
    if (!values.out) throw new UsageError('consistency-proof needs --out FILE');
    const config = loadConfig();
    const signingKey = loadSigningKey(config);
    const store = await openEventStore(config);
    try {
      const proof = await createConsistencyProof({ store, fromSize, toSize, signingKey, now: new Date() });
      writeFileSync(values.out, serializeConsistencyProof(proof));
      process.stdout.write(`wrote ${values.out}: size ${proof.from.treeSize} → ${proof.to.treeSize}, ${proof.proof.length} hashes, signed by ${proof.publicKey.fingerprint}\n`);
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

function size(value: string | undefined, name: string): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(`${name} must be a whole number of events, got "${value}"`);
  return Number(value);
}
