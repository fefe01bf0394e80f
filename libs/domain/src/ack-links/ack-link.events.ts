import type { DomainEvent } from '../shared/messages';
import type { ChainId, InstructionId, PartyId, WorkerId } from '../shared/values';

/** One personal link: for whom, until when. Only a hash of the link id is kept, never the link. */
export type AcknowledgementLinkRecord = {
  /** SHA-256 (hex) of the link id. */
  linkIdHash: string;
  workerId: WorkerId;
  workerPartyId: PartyId;
  expiresAt: string;
};

export type AcknowledgementLinksMade = DomainEvent<
  'AcknowledgementLinksMade',
  {
    chainId: ChainId;
    /** Names the links made together (one printed sheet). */
    batchId: string;
    instructionId: InstructionId;
    version: number;
    madeByPartyId: PartyId;
    links: AcknowledgementLinkRecord[];
  }
>;

export type AcknowledgementLinkRevoked = DomainEvent<
  'AcknowledgementLinkRevoked',
  { chainId: ChainId; linkIdHash: string; workerId: WorkerId; revokedByPartyId: PartyId }
>;

export type AcknowledgementLinkEvent = AcknowledgementLinksMade | AcknowledgementLinkRevoked;
export type AcknowledgementLinkEventType = AcknowledgementLinkEvent['type'];

export const acknowledgementLinkEventTypes = ['AcknowledgementLinksMade', 'AcknowledgementLinkRevoked'] as const satisfies readonly AcknowledgementLinkEventType[];

// A stream of its own beside the chain: the chain's entries and replay stay as they were.
const acknowledgementLinkStreamCategory = 'acklinks';
export function acknowledgementLinkStreamId(chainId: ChainId): string {
  return `${acknowledgementLinkStreamCategory}-${chainId}`;
}
