import type { SigningKey } from '@schakel/evidence';
import { APP_CONFIG, loadSigningKey, type AppConfig } from '@schakel/infrastructure';

export const EVIDENCE_SIGNING_KEY = Symbol('EVIDENCE_SIGNING_KEY');

/** The evidence signing key of the configuration (see loadSigningKey), loaded once per process. */
export const evidenceSigningKeyProvider = {
  provide: EVIDENCE_SIGNING_KEY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): SigningKey => loadSigningKey(config),
};
