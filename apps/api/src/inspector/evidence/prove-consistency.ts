import type { EventStore } from '@schakel/event-store';
import { InvalidBundleRequestError, createConsistencyProof, type ConsistencyProofFile, type SigningKey } from '@schakel/evidence';
import { badInput } from '@schakel/application';

/** The consistency proof between two sizes of the log; a size outside the log is the caller's mistake. */
export async function proveConsistency(store: EventStore, signingKey: SigningKey, fromSize: number, toSize: number | null): Promise<ConsistencyProofFile> {
  try {
    return await createConsistencyProof({ store, fromSize, toSize, signingKey, now: new Date() });
  } catch (error) {
    if (error instanceof InvalidBundleRequestError) throw badInput('CONSISTENCY_SIZE_OUT_OF_RANGE', `No consistency proof: ${error.message}.`);
    throw error;
  }
}
