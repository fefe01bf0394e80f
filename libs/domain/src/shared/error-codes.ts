// Every error the domain can raise: a stable code, its family, and one human message template.
// `{name}` placeholders are filled from the error's params.

export type DomainErrorFamily = 'INVALID' | 'NOT_FOUND' | 'NOT_ALLOWED' | 'CONFLICT' | 'RULE_VIOLATED';

type CatalogEntry = { family: DomainErrorFamily; message: string };

export const domainErrorCatalog = {
  // shared input and time rules
  EVENT_OCCURRED_IN_FUTURE: { family: 'INVALID', message: 'occurredAt {occurredAt} lies in the future (server time {now})' },
  EVENT_OCCURRED_AT_INVALID: { family: 'INVALID', message: 'occurredAt {occurredAt} is not an ISO-8601 instant' },
  INPUT_REQUIRED: { family: 'INVALID', message: '{field} is required' },
  INPUT_DATE_INVALID: { family: 'INVALID', message: '{field} must be a real date YYYY-MM-DD in the years 1900–2199, got {value}' },
  INPUT_INSTANT_INVALID: { family: 'INVALID', message: '{field} must be a real ISO-8601 instant with a time zone in the years 1900–2199, got {value}' },
  INPUT_VALUE_INVALID: { family: 'INVALID', message: '{field} does not allow the value {value}' },
  TOPIC_INVALID: { family: 'INVALID', message: 'Topic {value} must be UPPER_SNAKE_CASE and appear once' },
  LANGUAGE_INVALID: { family: 'INVALID', message: '{value} is not an ISO 639-1 language code' },
  ACTOR_PARTY_REQUIRED: { family: 'NOT_ALLOWED', message: 'This action must be taken on behalf of a party' },

  // parties and workers
  PARTY_ALREADY_REGISTERED: { family: 'CONFLICT', message: 'Party {partyId} is already registered' },
  PARTY_NOT_FOUND: { family: 'NOT_FOUND', message: 'Party {partyId} is not registered' },
  PARTY_NOT_OWN: { family: 'NOT_ALLOWED', message: 'Only party {partyId} itself may do this' },
  PARTY_NAME_REQUIRED: { family: 'INVALID', message: 'A party needs a name' },
  PARTY_KVK_INVALID: { family: 'INVALID', message: 'KvK number {value} must be exactly 8 digits' },
  PARTY_COUNTRY_INVALID: { family: 'INVALID', message: '{value} is not an ISO 3166-1 alpha-2 country code' },
  PARTY_KVK_TAKEN: { family: 'CONFLICT', message: 'KvK number {kvkNumber} is already registered as party {partyId}' },
  MEMBER_EMAIL_INVALID: { family: 'INVALID', message: '{value} is not an e-mail address' },
  MEMBER_NAME_REQUIRED: { family: 'INVALID', message: 'A member needs a name' },
  MEMBER_WORKER_REQUIRED: { family: 'INVALID', message: 'A WORKER member must name the registered worker they are' },
  MEMBER_WORKER_ONLY_FOR_WORKER: { family: 'INVALID', message: 'Only a WORKER member names a worker; this role is {role}' },
  MEMBER_MANAGER_REQUIRED: { family: 'NOT_ALLOWED', message: 'Only a MANAGER of party {partyId} (or an ADMIN) may manage its members' },
  MEMBER_ALREADY_MEMBER: { family: 'CONFLICT', message: '{email} is already a member of, or invited to, party {partyId}' },
  MEMBER_NOT_FOUND: { family: 'NOT_FOUND', message: 'User {userId} is not a member of party {partyId}' },
  MEMBER_ROLE_UNCHANGED: { family: 'CONFLICT', message: 'User {userId} already has role {role}' },
  MEMBER_LAST_MANAGER: { family: 'RULE_VIOLATED', message: 'Party {partyId} must keep at least one active MANAGER' },
  INVITATION_NOT_FOUND: { family: 'NOT_FOUND', message: 'Invitation {invitationId} does not exist' },
  INVITATION_NOT_YOURS: { family: 'NOT_ALLOWED', message: 'Invitation {invitationId} was made for someone else' },
  INVITATION_ALREADY_ACCEPTED: { family: 'CONFLICT', message: 'Invitation {invitationId} has already been accepted' },
  MEMBER_GRANT_INVITES_INSPECTOR: { family: 'NOT_ALLOWED', message: 'A grant lets its grantor invite an INSPECTOR of the inspectorate only, not a {role}' },
  MEMBER_IDENTITY_ISSUER_INVALID: { family: 'INVALID', message: 'The sign-in provider must be named by its issuer URL' },
  MEMBER_IDENTITY_SUBJECT_INVALID: { family: 'INVALID', message: 'The sign-in provider gave no subject (sub) of at most 255 characters' },
  MEMBER_IDENTITY_NOT_YOURS: { family: 'NOT_ALLOWED', message: 'Only the member themselves may link their company sign-in' },
  MEMBER_IDENTITY_UNCHANGED: { family: 'CONFLICT', message: 'This company sign-in is already linked to the member' },
  MEMBER_IDENTITY_ALREADY_LINKED: { family: 'CONFLICT', message: 'The member is already linked to another company sign-in' },
  MEMBER_IDENTITY_TAKEN: { family: 'CONFLICT', message: 'This company sign-in is already linked to another member of the party' },
  WORKER_NAME_REQUIRED: { family: 'INVALID', message: 'A worker needs a name' },
  WORKER_LANGUAGES_REQUIRED: { family: 'INVALID', message: 'A worker must read at least one language' },
  WORKER_ALREADY_REGISTERED: { family: 'CONFLICT', message: 'Worker {workerId} is already registered with party {partyId}' },
  WORKER_SELF_NOT_PERSON: { family: 'RULE_VIOLATED', message: 'Only a person can register itself as worker (relation SELF); party {partyId} is an organisation' },
  WORKER_SELF_ALREADY_REGISTERED: { family: 'CONFLICT', message: 'Party {partyId} already registered itself as worker {workerId}' },
  WORKER_NOT_FOUND: { family: 'NOT_FOUND', message: 'Worker {workerId} is not registered' },
  WORKER_NOT_OWN: { family: 'NOT_ALLOWED', message: 'Worker {workerId} does not belong to party {partyId}' },
  WORKER_NOT_SELF: { family: 'NOT_ALLOWED', message: 'A worker may only act for itself' },

  // personal data
  PERSONAL_DATA_ERASER_NOT_ALLOWED: { family: 'NOT_ALLOWED', message: 'Only an ADMIN or a MANAGER of party {partyId} may erase the personal data of its people' },
  PERSONAL_DATA_ACCESS_NOT_ALLOWED: { family: 'NOT_ALLOWED', message: 'What Schakel holds about a person is for an ADMIN, a MANAGER of their party {partyId}, and the person themself' },
  PERSONAL_DATA_REASON_REQUIRED: { family: 'INVALID', message: 'An erasure needs a reason (without personal data), e.g. "request under GDPR art. 17 of 2026-12-07"' },
  PERSONAL_DATA_SUBJECT_NOT_FOUND: { family: 'NOT_FOUND', message: '{subjectId} is not a worker of party {partyId}, nor the person party itself' },
  PERSONAL_DATA_ALREADY_ERASED: { family: 'CONFLICT', message: 'The personal data of {subjectId} has already been erased' },
  PERSONAL_DATA_RETENTION_HOLD: { family: 'RULE_VIOLATED', message: 'The personal data of {subjectId} must be kept until {until}: {basis}. Erasure is possible after that date' },

  // chains
  CHAIN_NOT_FOUND: { family: 'NOT_FOUND', message: 'Chain {chainId} has not been opened' },
  CHAIN_ALREADY_OPENED: { family: 'CONFLICT', message: 'Chain {chainId} is already opened' },
  CHAIN_PRINCIPAL_NOT_OWN: { family: 'NOT_ALLOWED', message: 'Only the principal {principalPartyId} itself can open a chain for it' },
  CHAIN_NAME_REQUIRED: { family: 'INVALID', message: 'A chain needs a name' },
  CHAIN_PARTY_NOT_IN_CHAIN: { family: 'NOT_ALLOWED', message: 'Party {partyId} is not in this chain' },

  // links (engagements)
  CHAIN_LINK_CYCLE: { family: 'RULE_VIOLATED', message: 'Engaging {toPartyId} from {fromPartyId} would make a cycle: {toPartyId} is already above {fromPartyId} in the chain' },
  CHAIN_LINK_DUPLICATE: { family: 'CONFLICT', message: '{fromPartyId} already holds an active link to {toPartyId} ({linkId})' },
  LINK_ALREADY_EXISTS: { family: 'CONFLICT', message: 'Link {linkId} already exists' },
  LINK_AUTHORITY_NOT_APPLICABLE: { family: 'INVALID', message: 'Authority (gezag) does not apply to a {kind} link' },
  LINK_SELF_EMPLOYED_NOT_PERSON: { family: 'RULE_VIOLATED', message: 'A SELF_EMPLOYED link must engage a person; {partyId} is an organisation' },
  LINK_SCOPE_REQUIRED: { family: 'INVALID', message: 'A link needs a scope' },
  LINK_NOT_FOUND: { family: 'NOT_FOUND', message: 'Link {linkId} does not exist in this chain' },
  LINK_NOT_HELD: { family: 'NOT_ALLOWED', message: 'Party {partyId} does not hold link {linkId}' },
  LINK_NOT_ACTIVE: { family: 'RULE_VIOLATED', message: 'Link {linkId} has ended' },
  LINK_ALREADY_ENDED: { family: 'CONFLICT', message: 'Link {linkId} has already ended' },
  LINK_END_BEFORE_START: { family: 'INVALID', message: 'End date {endDate} lies before the start date {startDate} of link {linkId}' },
  LINK_END_REASON_REQUIRED: { family: 'INVALID', message: 'Ending a link needs a reason' },
  LINK_HAS_ACTIVE_SUBLINKS: { family: 'RULE_VIOLATED', message: 'Link {linkId} cannot end while {partyId} still holds active links below it; end those first' },

  // safety instructions
  INSTRUCTION_ALREADY_ISSUED: { family: 'CONFLICT', message: 'Instruction {instructionId} was already issued' },
  INSTRUCTION_NOT_FOUND: { family: 'NOT_FOUND', message: 'Instruction {instructionId} does not exist in this chain' },
  INSTRUCTION_VERSION_NOT_FOUND: { family: 'NOT_FOUND', message: 'Instruction {instructionId} has no version {version}' },
  INSTRUCTION_NOT_OWN: { family: 'NOT_ALLOWED', message: 'Only the issuer {issuerPartyId} can issue a new version of instruction {instructionId}' },
  INSTRUCTION_CONTENT_REQUIRED: { family: 'INVALID', message: 'An instruction needs content (title and body) in at least one language' },
  INSTRUCTION_LANGUAGE_DUPLICATE: { family: 'INVALID', message: 'Language {language} appears more than once in the instruction content' },
  INSTRUCTION_HASH_INVALID: { family: 'INVALID', message: 'contentHash {value} is not a lowercase SHA-256 hex digest' },
  INSTRUCTION_NOT_RECEIVED: { family: 'RULE_VIOLATED', message: 'Party {partyId} has not received version {version} of instruction {instructionId}' },
  INSTRUCTION_VERSION_SUPERSEDED: { family: 'RULE_VIOLATED', message: 'Version {version} of instruction {instructionId} is superseded by version {currentVersion}' },
  INSTRUCTION_ALREADY_PASSED: { family: 'CONFLICT', message: 'Version {version} of instruction {instructionId} was already passed down link {linkId}' },
  INSTRUCTION_LANGUAGE_UNAVAILABLE: { family: 'INVALID', message: 'Version {version} of instruction {instructionId} has no content in {language}' },
  INSTRUCTION_ALREADY_ACKNOWLEDGED: { family: 'CONFLICT', message: 'Version {version} of instruction {instructionId} was already acknowledged by {subject}' },

  // personal acknowledgement links for workers
  ACK_LINK_WORKERS_INVALID: { family: 'INVALID', message: 'Name from 1 to {max} different workers to make links for' },
  ACK_LINK_NOT_ALLOWED: { family: 'NOT_ALLOWED', message: 'Party {partyId} is neither the Arbo employer of worker {workerId} nor the party that passed the instruction down to its party' },
  ACK_LINK_ALREADY_MADE: { family: 'CONFLICT', message: 'A link with this id was already made' },
  ACK_LINK_NOT_FOUND: { family: 'NOT_FOUND', message: 'No acknowledgement link {linkId} in chain {chainId}' },
  ACK_LINK_ALREADY_REVOKED: { family: 'CONFLICT', message: 'Acknowledgement link {linkId} was already revoked' },

  // workers' personal passes
  PASS_NOT_OWN_WORKER: { family: 'NOT_ALLOWED', message: "Only a manager of party {partyId}, the worker's employer, issues and revokes its workers' passes" },
  PASS_EXPIRY_INVALID: { family: 'INVALID', message: 'A pass expires after now and within {maxDays} days; {expiresAt} does not' },
  PASS_ALREADY_ISSUED: { family: 'CONFLICT', message: 'A pass with this id was already issued' },
  PASS_NOT_FOUND: { family: 'NOT_FOUND', message: 'No such pass of a worker of party {partyId}' },
  PASS_ALREADY_REVOKED: { family: 'CONFLICT', message: 'This pass was already revoked' },

  // vergewis checks
  VERGEWIS_NOT_UPSTREAM: { family: 'NOT_ALLOWED', message: 'Party {partyId} is not upstream of {subjectPartyId} through active links' },
  VERGEWIS_ALREADY_RECORDED: { family: 'CONFLICT', message: 'Check {checkId} was already recorded' },
  VERGEWIS_WORKER_NOT_OF_SUBJECT: { family: 'INVALID', message: 'Worker {workerId} does not belong to the subject party {subjectPartyId}' },
  VERGEWIS_VALID_UNTIL_BEFORE_CHECK: { family: 'INVALID', message: 'validUntil {validUntil} lies before the date of the check {checkDate}' },
  EVIDENCE_HASH_INVALID: { family: 'INVALID', message: 'Evidence {name}: sha256 {value} is not 64 hexadecimal characters' },

  // incidents
  INCIDENT_ALREADY_REPORTED: { family: 'CONFLICT', message: 'Incident {incidentId} was already reported' },
  INCIDENT_NOT_FOUND: { family: 'NOT_FOUND', message: 'Incident {incidentId} does not exist in this chain (or was retracted)' },
  INCIDENT_HAPPENED_IN_FUTURE: { family: 'INVALID', message: 'happenedAt {happenedAt} lies in the future (server time {now})' },
  INCIDENT_KNOWN_IN_FUTURE: { family: 'INVALID', message: 'becameKnownAt {becameKnownAt} lies in the future (server time {now})' },
  INCIDENT_KNOWN_BEFORE_HAPPENED: { family: 'INVALID', message: 'becameKnownAt {becameKnownAt} lies before the incident happened ({happenedAt})' },
  INCIDENT_NEAR_MISS_HAS_VICTIM: { family: 'INVALID', message: 'A near miss has no victim' },
  INCIDENT_NEAR_MISS_HAS_SEVERITY: { family: 'INVALID', message: 'A near miss has severity NONE and no absence days' },
  INCIDENT_VICTIM_REQUIRED: { family: 'INVALID', message: 'An accident names its victim' },
  INCIDENT_VICTIM_NOT_IN_CHAIN: { family: 'RULE_VIOLATED', message: 'Victim party {partyId} is not in this chain' },
  INCIDENT_VICTIM_LINK_REQUIRED: { family: 'INVALID', message: 'Victim party {partyId} was engaged in this chain: name the link that engaged it (employee, lent worker or zzp\'er), so the right employer bears the duty; only the principal\'s own staff stand on no link' },
  INCIDENT_VICTIM_LINK_MISMATCH: { family: 'INVALID', message: 'Link {linkId} does not engage the victim party {partyId}' },
  INCIDENT_VICTIM_NOT_REPORTABLE: { family: 'NOT_ALLOWED', message: 'Party {partyId} may not report about victim party {victimPartyId}: a party reports about itself and the parties below it' },
  INCIDENT_VICTIM_WORKER_NOT_OF_PARTY: { family: 'INVALID', message: 'Worker {workerId} is not a registered worker of the victim party {partyId}' },
  INCIDENT_ABSENCE_DAYS_INVALID: { family: 'INVALID', message: 'absenceDays must be a whole number of 0 or more, got {value}' },
  INCIDENT_RECIPIENT_NOT_IN_CHAIN: { family: 'RULE_VIOLATED', message: 'Recipient party {partyId} is not in this chain' },
  INCIDENT_NOTIFY_SELF: { family: 'INVALID', message: 'A party cannot notify itself' },
  INCIDENT_NOT_OWN: { family: 'NOT_ALLOWED', message: 'Only the reporting party or the principal can reclassify incident {incidentId}' },
  INCIDENT_RECLASSIFY_NO_CHANGE: { family: 'INVALID', message: 'Incident {incidentId} already has severity {severity} with {absenceDays} absence days' },
  INCIDENT_RECLASSIFY_REASON_REQUIRED: { family: 'INVALID', message: 'Reclassifying an incident needs a reason' },

  // duties after an accident, lent workers, work on site
  DUTY_NOT_AUTHORITY_HOLDER: { family: 'NOT_ALLOWED', message: 'Only the party holding gezag over the victim ({authorityHolderPartyId}) records measures and resumption for incident {incidentId}' },
  RESUMPTION_ALREADY_RECORDED: { family: 'CONFLICT', message: 'Resumption of work after incident {incidentId} was already recorded' },
  RIE_LINK_NOT_LENDING: { family: 'RULE_VIOLATED', message: 'An RI&E extract goes from hirer to agency over a LENDING link; link {linkId} is not one' },
  WORK_WORKER_NOT_ON_LINK: { family: 'INVALID', message: 'Worker {workerId} does not belong to the party engaged by link {linkId}' },
  SUPERVISION_LINK_NOT_SELF_EMPLOYED: { family: 'RULE_VIOLATED', message: 'Direct supervision is recorded on a SELF_EMPLOYED link; link {linkId} is not one' },
  LADDER_STEP_INVALID: { family: 'INVALID', message: 'Safety Culture Ladder step {value} must be a whole number 1–5, and goes with scheme SAFETY_CULTURE_LADDER only' },
  CREDENTIAL_VALIDITY_INVALID: { family: 'INVALID', message: 'validUntil {validUntil} lies before issuedOn {issuedOn}' },

  // construction process
  CONSTRUCTION_NOT_PRINCIPAL: { family: 'NOT_ALLOWED', message: 'Only the principal {principalPartyId} (for the V&G plan also an appointed coordinator) may do this' },
  CONSTRUCTION_FIGURE_INVALID: { family: 'INVALID', message: '{field} must be a whole number of 0 or more, got {value}' },
  CONSTRUCTION_NOT_UITVOERENDE_PARTIJ: { family: 'RULE_VIOLATED', message: 'Party {partyId} is not engaged by the principal for the works (the uitvoerende partij)' },
  CONSTRUCTION_PROJECT_NOT_DESCRIBED: { family: 'RULE_VIOLATED', message: 'Chain {chainId} has no construction project description to notify' },
  PLAN_VERSION_NOT_CURRENT: { family: 'RULE_VIOLATED', message: 'V&G plan version {version} is not the current version ({currentVersion})' },
  PLAN_ALREADY_ACKNOWLEDGED: { family: 'CONFLICT', message: 'Party {partyId} already acknowledged V&G plan version {version}' },
  DIRECTION_NOT_COORDINATOR: { family: 'NOT_ALLOWED', message: 'Party {partyId} is not an appointed V&G coordinator of this chain' },
  DIRECTION_NOT_FOUND: { family: 'NOT_FOUND', message: 'Coordinator direction {directionId} does not exist in this chain' },
  DIRECTION_NOT_ADDRESSED: { family: 'NOT_ALLOWED', message: 'Coordinator direction {directionId} is not addressed to party {partyId}' },
  DIRECTION_ALREADY_ACKNOWLEDGED: { family: 'CONFLICT', message: 'Party {partyId} already acknowledged coordinator direction {directionId}' },

  // prevention: the gate and corrective actions
  START_OVERRIDE_REASON_REQUIRED: { family: 'INVALID', message: 'The start check says NO-GO: starting anyway is an override and needs a reason' },
  START_OVERRIDE_NOT_NEEDED: { family: 'INVALID', message: 'The start check says GO: there is nothing to override, so give no override reason' },
  START_CHECK_NO_LINK: { family: 'NOT_FOUND', message: 'The worker\'s party is engaged on no active link in this chain' },
  START_CHECK_LINK_AMBIGUOUS: { family: 'INVALID', message: 'The worker\'s party is engaged on more than one active link in this chain: name the link' },
  TEXT_TOO_LONG: { family: 'INVALID', message: '{field} is longer than {max} characters' },
  FINDING_NOT_FOUND: { family: 'NOT_FOUND', message: 'No finding of that rule arose at that moment among the findings you may see' },
  ACTION_ALREADY_ASSIGNED: { family: 'CONFLICT', message: 'This corrective action was already assigned' },
  ACTION_DUE_NOT_AFTER_ASSIGNMENT: { family: 'INVALID', message: 'The due date {dueAt} must lie after the moment of assignment' },
  ACTION_ASSIGNEE_NOT_IN_CHAIN: { family: 'RULE_VIOLATED', message: 'An action can only be assigned to a party in this chain' },
  ACTION_ASSIGNEE_NOT_BELOW: { family: 'NOT_ALLOWED', message: 'An action goes to your own party or a party below it in the chain' },
  ACTION_NOT_FOUND: { family: 'NOT_FOUND', message: 'No such corrective action among those you may see in this chain' },
  ACTION_NOT_INVOLVED: { family: 'NOT_ALLOWED', message: 'Only the assigning and the assigned party comment on an action; those above them read the thread' },
  ACTION_NOT_ASSIGNEE: { family: 'NOT_ALLOWED', message: 'Only the assigned party completes an action' },
  ACTION_NOT_ASSIGNER: { family: 'NOT_ALLOWED', message: 'Only the assigning party verifies or reopens an action' },
  ACTION_NOT_OPEN: { family: 'CONFLICT', message: 'The action is {status}, not open' },
  ACTION_NOT_COMPLETED: { family: 'CONFLICT', message: 'The action is {status}, not completed' },
  ACTION_THREAD_FULL: { family: 'RULE_VIOLATED', message: 'The action\'s thread holds its maximum of {max} comments' },

  TOOLBOX_MEETING_EXISTS: { family: 'CONFLICT', message: 'This toolbox meeting was already recorded' },
  TOOLBOX_INSTRUCTIONS_INVALID: { family: 'INVALID', message: 'A meeting discusses at most {max} instructions, each once' },
  TOOLBOX_MEETING_NOT_FOUND: { family: 'NOT_FOUND', message: 'No such toolbox meeting in this chain' },
  TOOLBOX_ALREADY_ATTENDED: { family: 'CONFLICT', message: 'The worker\'s attendance of this meeting was already recorded' },
  TOOLBOX_ATTENDANCE_NOT_OWN: { family: 'NOT_ALLOWED', message: 'Attending by the meeting\'s QR code is the worker\'s own act, with its own worker token; a manager types in a paper list instead' },
  TOOLBOX_WORKERS_INVALID: { family: 'INVALID', message: 'A paper list names 1 to {max} workers, each once' },
  TOOLBOX_LIST_NOT_ALLOWED: { family: 'NOT_ALLOWED', message: 'A paper attendance list is typed in by the meeting\'s organizer or by the workers\' own party' },

  // corrections and retractions
  ENTRY_NOT_FOUND: { family: 'NOT_FOUND', message: 'Entry {eventId} does not exist in this chain' },
  ENTRY_NOT_OWN: { family: 'NOT_ALLOWED', message: 'Only the party that recorded entry {eventId} can correct or retract it' },
  ENTRY_ALREADY_RETRACTED: { family: 'CONFLICT', message: 'Entry {eventId} has been retracted' },
  ENTRY_REASON_REQUIRED: { family: 'INVALID', message: 'A correction or retraction needs a reason' },
  ENTRY_CHANGES_REQUIRED: { family: 'INVALID', message: 'A correction must change at least one field' },
  ENTRY_FIELD_NOT_CORRECTABLE: { family: 'INVALID', message: 'Field {field} of {targetType} cannot be corrected' },
  ENTRY_NOT_RETRACTABLE: { family: 'INVALID', message: 'A {targetType} entry cannot be retracted' },

  // inspector access (stream chainaccess-<chainId>)
  ACCESS_GRANTOR_NOT_ALLOWED: { family: 'NOT_ALLOWED', message: 'Party {partyId} may not grant or revoke inspector access to chain {chainId}: only the principal or the Arbo employer of an accident victim on a link can' },
  ACCESS_PERIOD_INVALID: { family: 'INVALID', message: 'validUntil {validUntil} must lie after validFrom {validFrom}' },
  ACCESS_GRANT_ALREADY_EXISTS: { family: 'CONFLICT', message: 'Inspector access {grantId} was already granted' },
  ACCESS_GRANT_NOT_FOUND: { family: 'NOT_FOUND', message: 'Inspector access {grantId} does not exist for chain {chainId}' },
  ACCESS_REVOKER_NOT_ALLOWED: { family: 'NOT_ALLOWED', message: 'Party {partyId} may not revoke inspector access {grantId}: only the party that granted it or the principal can' },
  ACCESS_GRANT_ALREADY_REVOKED: { family: 'CONFLICT', message: 'Inspector access {grantId} has already been revoked' },
  ACCESS_REASON_REQUIRED: { family: 'INVALID', message: 'Revoking inspector access needs a reason' },
  INSPECTOR_ACCESS_NOT_GRANTED: { family: 'NOT_ALLOWED', message: 'Party {partyId} has no inspector access to chain {chainId}' },
  INSPECTOR_ACCESS_REVOKED: { family: 'NOT_ALLOWED', message: 'Inspector access {grantId} to chain {chainId} was revoked at {revokedAt}: {reason}' },
  INSPECTOR_ACCESS_EXPIRED: { family: 'NOT_ALLOWED', message: 'Inspector access {grantId} to chain {chainId} expired at {validUntil}' },
  INSPECTOR_ACCESS_NOT_YET_VALID: { family: 'NOT_ALLOWED', message: 'Inspector access {grantId} to chain {chainId} starts at {validFrom}' },
} as const satisfies Record<string, CatalogEntry>;

export type DomainErrorCode = keyof typeof domainErrorCatalog;

/** Every code as a constant, `DomainErrorCode.CHAIN_LINK_CYCLE === 'CHAIN_LINK_CYCLE'`. */
export const DomainErrorCode = Object.freeze(
  Object.fromEntries(Object.keys(domainErrorCatalog).map((code) => [code, code])),
) as { readonly [K in DomainErrorCode]: K };

/** The codes of one family, so `new Invalid(...)` only accepts INVALID codes. */
export type DomainErrorCodeOf<F extends DomainErrorFamily> = {
  [K in DomainErrorCode]: (typeof domainErrorCatalog)[K]['family'] extends F ? K : never;
}[DomainErrorCode];

export type DomainErrorParams = Readonly<Record<string, string | number | boolean | null>>;

/** The message template of a code with its `{placeholders}` filled in. */
export function domainErrorMessage(code: DomainErrorCode, params: DomainErrorParams = {}): string {
  return domainErrorCatalog[code].message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
