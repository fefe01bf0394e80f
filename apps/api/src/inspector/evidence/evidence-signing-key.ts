import { loadOrCreateSigningKey, type SigningKey } from '@schakel/evidence';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../infrastructure/tokens';

export const EVIDENCE_SIGNING_KEY = Symbol('EVIDENCE_SIGNING_KEY');

/** The Ed25519 key that signs bundle checkpoints: SCHAKEL_SIGNING_KEY_FILE, else generated in the data folder on first start. */
export const evidenceSigningKeyProvider = {
  provide: EVIDENCE_SIGNING_KEY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): SigningKey => loadOrCreateSigningKey(config.dataDir, config.signingKeyFile),
};
