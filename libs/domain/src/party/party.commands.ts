import type { MembershipCommand } from './membership.commands';
import type { ErasePersonalData } from '../personal-data/personal-data.commands';
import type { DomainCommand } from '../shared/messages';
import type { PartyId, PartyKind, WorkerId } from '../shared/values';
import type { WorkerRelation } from './party.events';

export type RegisterParty = DomainCommand<
  'RegisterParty',
  {
    partyId: PartyId;
    kind: PartyKind;
    name: string;
    /** 8 digits when given. */
    kvkNumber: string | null;
    /** ISO 3166-1 alpha-2; the API defaults it to NL. */
    country: string;
  }
>;

export type RegisterWorker = DomainCommand<
  'RegisterWorker',
  {
    partyId: PartyId;
    workerId: WorkerId;
    name: string;
    /** ISO 639-1, at least one. */
    languages: string[];
    relation: WorkerRelation;
  }
>;

export type PartyCommand = RegisterParty | RegisterWorker | MembershipCommand | ErasePersonalData;
export type PartyCommandType = PartyCommand['type'];
