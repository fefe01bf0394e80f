import type { DomainEvent } from '../shared/messages';
import { membershipEventTypes, type MembershipEvent } from './membership.events';
import type { PersonalDataErased } from '../personal-data/personal-data.events';
import type { CountryCode, LanguageCode, PartyId, PartyKind, WorkerId } from '../shared/values';

export const workerRelations = ['EMPLOYEE', 'LENT_WORKER', 'SELF'] as const;
export type WorkerRelation = (typeof workerRelations)[number];

/** Stream `party-<partyId>`. */
export type PartyRegistered = DomainEvent<
  'PartyRegistered',
  {
    partyId: PartyId;
    kind: PartyKind;
    name: string;
    kvkNumber: string | null;
    country: CountryCode;
    /** The acting party that registered it (null when a new user registers its own party). */
    registeredBy: PartyId | null;
  }
>;

export type WorkerRegistered = DomainEvent<
  'WorkerRegistered',
  {
    partyId: PartyId;
    workerId: WorkerId;
    name: string;
    languages: LanguageCode[];
    relation: WorkerRelation;
  }
>;

export type PartyEvent = PartyRegistered | WorkerRegistered | MembershipEvent | PersonalDataErased;
export type PartyEventType = PartyEvent['type'];

export const partyEventTypes = ['PartyRegistered', 'WorkerRegistered', ...membershipEventTypes, 'PersonalDataErased'] as const satisfies readonly PartyEventType[];

const partyStreamCategory = 'party';
export function partyStreamId(partyId: PartyId): string {
  return `${partyStreamCategory}-${partyId}`;
}
