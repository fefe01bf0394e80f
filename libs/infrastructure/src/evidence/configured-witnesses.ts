import { fileWitness, webhookWitness, type Witness } from '@schakel/evidence';
import type { AppConfig } from '../config/app-config';

/** The witnesses every checkpoint is published to: SCHAKEL_WITNESS_FILE and/or SCHAKEL_WITNESS_URL. */
export function configuredWitnesses(config: AppConfig): Witness[] {
  return [...(config.witnessFile ? [fileWitness(config.witnessFile)] : []), ...(config.witnessUrl ? [webhookWitness(config.witnessUrl)] : [])];
}
