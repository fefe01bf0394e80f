import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SIGNING_KEY_FILE, loadOrCreateSigningKey, readSigningKey, signingKeyFromPem, type SigningKey } from '@schakel/evidence';
import type { AppConfig } from '../config/app-config';

/**
 * The Ed25519 key that signs checkpoints and bundles: SCHAKEL_SIGNING_KEY (the PEM itself), else
 * SCHAKEL_SIGNING_KEY_FILE, else generated in the data folder on first start. A configured key that
 * cannot be read or is not Ed25519 stops the start (SigningKeyError).
 */
export function loadSigningKey(config: AppConfig): SigningKey {
  if (config.signingKeyPem) return signingKeyFromPem(config.signingKeyPem, 'SCHAKEL_SIGNING_KEY');
  return loadOrCreateSigningKey(config.dataDir, config.signingKeyFile);
}

/** The configured key, or null when none is configured and none was generated yet: for checkers, which must not create one. */
export function findSigningKey(config: AppConfig): SigningKey | null {
  if (config.signingKeyPem || config.signingKeyFile) return loadSigningKey(config);
  const generated = join(config.dataDir, SIGNING_KEY_FILE);
  return existsSync(generated) ? readSigningKey(generated) : null;
}
