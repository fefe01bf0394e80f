import type { DomainCommand } from '../shared/messages';
import type { PartyId } from '../shared/values';
import type { RetentionHold } from './retention';

export type ErasePersonalData = DomainCommand<
  'ErasePersonalData',
  {
    partyId: PartyId;
    subjectId: string;
    reason: string;
    /** The number the key store gave the subject among the erased. */
    erasedAs: number;
    /** The records still holding the subject's data (retentionHolds); any one refuses the erasure. */
    holds: readonly RetentionHold[];
  }
>;
