import type { DomainEvent } from '../shared/messages';
import type { PartyId } from '../shared/values';

/**
 * Stream `party-<partyId>` of the subject's employer (or of the zzp'er themself): the subject's key
 * was destroyed. Carries no personal data, only who the subject now reads as.
 */
export type PersonalDataErased = DomainEvent<
  'PersonalDataErased',
  {
    partyId: PartyId;
    /** The worker (or the person party) whose data was erased. */
    subjectId: string;
    /** The subject's number among the erased: they read as "erased person #n". */
    erasedAs: number;
    /** Why (a request under GDPR art. 17, the end of a retention period); must hold no personal data. */
    reason: string;
    /** The user who erased it. */
    erasedBy: string;
  }
>;
