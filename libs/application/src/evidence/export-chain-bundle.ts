import { accessStreamId, chainStreamId } from '@schakel/domain';
import type { EventStore } from '@schakel/event-store';
import { createEvidenceBundle, type EvidenceBundle, type SigningKey } from '@schakel/evidence';

/** How an export is watched: asked whether to stop, told how far it is, in pages of what size. */
export interface ExportWatch {
  /** Asked between pages whether to stop (an AbortSignal, or the API's request budget): it throws to stop. */
  readonly signal?: { throwIfAborted(): void };
  /** Told after each page how many events of the log have been read. */
  readonly onProgress?: (eventsRead: number) => void;
  /** Events per page of the log (default 5000): smaller pages tell progress more often. */
  readonly pageSize?: number;
}

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
  watch: ExportWatch = {},
): Promise<EvidenceBundle> {
  return createEvidenceBundle({ store, streamIds: [chainStreamId(chainId), accessStreamId(chainId)], upTo, signingKey, now, ...watch });
}
