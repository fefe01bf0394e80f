import {
  BundleUnreadableError,
  PublicKeyError,
  readEvidenceBundleFile,
  verifyEvidenceBundle,
  type BundleProblem,
  type BundleVerification,
} from '@schakel/evidence';
import { UsageError } from '../usage-error';
import { readPublicKey } from './public-key-argument';
import { type CliCommand, parse } from './cli-command';

export const verifyBundleCommand: CliCommand = {
  summary: 'check an evidence bundle offline: signatures, hashes, inclusion proofs, completeness',
  help: `schakel verify-bundle FILE [--public-key FILE_OR_PEM] [--json]
  Needs no server, database or configuration. Checks the bundle's signed checkpoint and statement,
  recomputes every event's hash, its inclusion path to the signed Merkle root, the order, each
  stream's versions and prevHash links, and the signed per-stream counts. With --public-key the
  bundle must be signed by that key: the operator's published Ed25519 key, as a PEM file or as the
  PEM itself (--public-key="$(cat key.pem)").
  Exit code 0 when intact, 1 when not (naming the first bad event), 2 when the file cannot be read.`,
  async run(args) {
    const { values, positionals } = parse(args, { 'public-key': { type: 'string' }, json: { type: 'boolean', default: false } }, true);
    if (positionals.length !== 1) throw new UsageError('verify-bundle needs exactly one FILE');
    const [file] = positionals;
    let bundle: unknown;
    let publicKeyPem: string | undefined;
    let result: BundleVerification;
    try {
      bundle = readEvidenceBundleFile(file);
      publicKeyPem = values['public-key'] === undefined ? undefined : readPublicKey(values['public-key']);
      result = verifyEvidenceBundle(bundle, { publicKeyPem });
    } catch (error) {
      if (error instanceof BundleUnreadableError || error instanceof PublicKeyError) {
        process.stderr.write(`schakel: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    if (values.json) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    } else if (result.ok) {
      const s = result.summary!;
      process.stdout.write(
        `ok: bundle of ${s.eventCount} events in ${s.streamCount} streams, checkpoint of size ${s.treeSize} signed by ${s.keyFingerprint}\n` +
          (s.keyPinned ? '' : `  the key was not pinned: compare ${s.keyFingerprint} with the operator's published key, or pass --public-key\n`),
      );
    } else {
      process.stdout.write(`BROKEN: ${describe(result.firstProblem!)}\n  ${result.firstProblem!.detail}\n`);
    }
    return result.ok ? 0 : 1;
  },
};

function describe(problem: BundleProblem): string {
  const version = problem.streamVersion === undefined ? '' : ` v${problem.streamVersion}`;
  if (problem.eventId) return `${problem.reason} at event ${problem.eventId} (${problem.streamId ?? '?'}${version})`;
  // A missing event has no id to name: its stream and version are what is known of it.
  if (problem.streamId) return `${problem.reason} at ${problem.streamId}${version}`;
  return problem.reason;
}
