import { registerEnumType } from '@nestjs/graphql';
import {
  acknowledgementChannels,
  authorities,
  chainSectors,
  checkOutcomes,
  checkSubjects,
  incidentKinds,
  incidentSeverities,
  linkKinds,
  memberRoles,
  notificationChannels,
  partyKinds,
  victimRelations,
  workerRelations,
} from '@schakel/domain';

/** A GraphQL enum from one of the domain's const lists, so the API and the domain cannot drift. */
function enumOf<T extends string>(values: readonly T[], name: string, description: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const ChainSectorEnum = enumOf(chainSectors, 'ChainSector', 'The kind of works a chain is for; the construction rules apply to CONSTRUCTION only.');
export const PartyKindEnum = enumOf(partyKinds, 'PartyKind', 'An organisation (with a KvK number where Dutch) or a natural person.');
export const WorkerRelationEnum = enumOf(workerRelations, 'WorkerRelation', 'How a worker belongs to its party.');
export const LinkKindEnum = enumOf(linkKinds, 'LinkKind', 'What kind of engagement a link is.');
export const CheckSubjectEnum = enumOf(checkSubjects, 'VergewisSubject', 'What a vergewis check ascertained.');
export const CheckOutcomeEnum = enumOf(checkOutcomes, 'VergewisOutcome', 'Whether the check confirmed it.');
export const IncidentKindEnum = enumOf(incidentKinds, 'IncidentKind', 'A near miss or an accident.');
export const IncidentSeverityEnum = enumOf(incidentSeverities, 'IncidentSeverity', 'The worst consequence known.');
export const VictimRelationEnum = enumOf(victimRelations, 'VictimRelation', 'How the victim relates to the party holding authority (gezag).');
export const NotificationChannelEnum = enumOf(notificationChannels, 'NotificationChannel', 'How a notification was made (a death is reported by phone).');
export const AuthorityEnum = enumOf(authorities, 'Authority', 'A public authority notified of an incident (NLA: Nederlandse Arbeidsinspectie).');
export const MemberRoleEnum = enumOf(memberRoles, 'MemberRole', 'What a member may do for its party (an installation ADMIN is no member).');
export const AcknowledgementChannelEnum = enumOf(
  acknowledgementChannels,
  'AcknowledgementChannel',
  "Whose act an acknowledgement is: OWN_ACCOUNT (the party's or worker's own account), LINK (the worker's personal link or QR code), PROXY (a manager's entry on the worker's behalf: the employer's statement).",
);
