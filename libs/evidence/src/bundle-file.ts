import { readFileSync, writeFileSync } from 'node:fs';
import { serializeEvidenceBundle, type EvidenceBundle } from './bundle-format';
import { BundleUnreadableError } from './evidence-errors';

/** The parsed JSON of a bundle file, not yet checked: hand it to verifyEvidenceBundle. */
export function readEvidenceBundleFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BundleUnreadableError(file, messageOf(error), error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BundleUnreadableError(file, `not JSON (${messageOf(error)})`, error);
  }
}

export function writeEvidenceBundleFile(file: string, bundle: EvidenceBundle): void {
  // A bundle names people and incidents: readable by its owner only until handed over.
  writeFileSync(file, serializeEvidenceBundle(bundle), { mode: 0o600 });
}

// Not `instanceof Error`: errors from node:fs may come from another realm (a test runner's sandbox).
function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}
