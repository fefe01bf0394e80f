import { accessStreamId, chainStreamId } from '@schakel/domain';
import type { EventStore } from '@schakel/event-store';
import { createEvidenceBundle, type EvidenceBundle, type SigningKey } from '@schakel/evidence';

/**
 * A chain's evidence bundle: its own stream and its access stream (grants and every inspector
 * read), with inclusion proofs into a signed tree over the whole log, optionally up to `upTo`.
 * Shared by the API and `schakel export-bundle`.
 */
export function exportChainBundle(
  store: EventStore,
  signingKey: SigningKey,
  chainId: string,
  upTo: string | null,
  now: Date,
  signal?: { throwIfAborted(): void },
  onProgress?: (eventsRead: number) => void,
): Promise<EvidenceBundle> {
  return createEvidenceBundle({ store, streamIds: [chainStreamId(chainId), accessStreamId(chainId)], upTo, signingKey, now, signal, onProgress });
}
