import type { InstructionId, PartyId, WorkerId } from '../shared/values';

export type AcknowledgementLinkState = {
  linkIdHash: string;
  batchId: string;
  instructionId: InstructionId;
  version: number;
  workerId: WorkerId;
  workerPartyId: PartyId;
  madeByPartyId: PartyId;
  madeAt: string;
  expiresAt: string;
  revoked: boolean;
};

export type AcknowledgementLinksState = { links: Map<string, AcknowledgementLinkState> };

export function initialAcknowledgementLinksState(): AcknowledgementLinksState {
  return { links: new Map() };
}
