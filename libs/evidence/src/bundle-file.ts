import { readFileSync, writeFileSync } from 'node:fs';
import { serializeEvidenceBundle, type EvidenceBundle } from './bundle-format';
import { BundleUnreadableError } from './evidence-errors';

/** The parsed JSON of a bundle file, not yet checked: hand it to verifyEvidenceBundle. */
export function readEvidenceBundleFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BundleUnreadableError(file, error instanceof Error ? error.message : String(error), error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BundleUnreadableError(file, `not JSON (${error instanceof Error ? error.message : String(error)})`, error);
  }
}

export function writeEvidenceBundleFile(file: string, bundle: EvidenceBundle): void {
  writeFileSync(file, serializeEvidenceBundle(bundle));
}
