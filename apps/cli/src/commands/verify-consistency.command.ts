import { BundleUnreadableError, PublicKeyError, readEvidenceBundleFile, verifyConsistencyBetween } from '@schakel/evidence';
import { UsageError } from '../usage-error';
import { type CliCommand, parse } from './cli-command';
import { readPublicKey } from './public-key-argument';

export const verifyConsistencyCommand: CliCommand = {
  summary: 'check offline that a newer signed log extends an older one (consistency proof)',
  help: `schakel verify-consistency OLD NEW [--proof FILE] [--public-key FILE_OR_PEM] [--json]
  OLD: an evidence bundle, a consistency proof or a checkpoint line from a witness file, whose signed
  tree head you hold. NEW: a consistency proof from schakel consistency-proof (or the
  consistencyProof query), or a newer bundle with --proof FILE. Needs no server or configuration.
  Checks both heads' signatures (against --public-key when given) and that the proof leads from the
  older root to the newer: nothing the older head covered was rewritten, removed or reordered.
  Exit code 0 when the newer log extends the older, 1 when not, 2 when a file cannot be read.`,
  async run(args) {
    const { values, positionals } = parse(args, { proof: { type: 'string' }, 'public-key': { type: 'string' }, json: { type: 'boolean', default: false } }, true);
    if (positionals.length !== 2) throw new UsageError('verify-consistency needs OLD and NEW');
    let result;
    try {
      const [older, newer] = positionals.map(readEvidenceBundleFile);
      const proof = values.proof === undefined ? null : readEvidenceBundleFile(values.proof);
      const publicKeyPem = values['public-key'] === undefined ? undefined : readPublicKey(values['public-key']);
      result = verifyConsistencyBetween(older, newer, proof, { publicKeyPem });
    } catch (error) {
      if (error instanceof BundleUnreadableError || error instanceof PublicKeyError) {
        process.stderr.write(`schakel: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    else process.stdout.write(result.ok ? `ok: ${result.detail}\n` : `BROKEN: ${result.reason}\n  ${result.detail}\n`);
    return result.ok ? 0 : 1;
  },
};
