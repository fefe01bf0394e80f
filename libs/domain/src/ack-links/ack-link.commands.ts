import type { OpenedChain } from '../chain/chain.state';
import type { DomainCommand } from '../shared/messages';
import type { ChainId, InstructionId, ResolvedWorker } from '../shared/values';

export type MakeAcknowledgementLinks = DomainCommand<
  'MakeAcknowledgementLinks',
  {
    chainId: ChainId;
    batchId: string;
    /** The chain as the log has it now (null: not opened). */
    chain: OpenedChain | null;
    instructionId: InstructionId;
    version: number;
    /** One per link, in the order asked; a worker not found is null. */
    links: { linkIdHash: string; workerId: string; worker: ResolvedWorker | null; expiresAt: string }[];
    maxWorkers: number;
  }
>;

export type RevokeAcknowledgementLink = DomainCommand<'RevokeAcknowledgementLink', { chainId: ChainId; linkId: string; linkIdHash: string }>;

export type AcknowledgementLinkCommand = MakeAcknowledgementLinks | RevokeAcknowledgementLink;
