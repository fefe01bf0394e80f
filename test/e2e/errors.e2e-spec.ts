import { signHs256 } from '@schakel/infrastructure';
import { domainErrorCatalog, type DomainErrorCode } from '@schakel/domain';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import {
  buildStory1,
  daysAgo,
  instructionV1,
  instructionV2,
  ok,
  registerCast,
  send,
  type Cast,
  type ChainOfStory1,
} from './chain-story';
import { complianceCases, complianceUnreachable, prepareCompliance } from './compliance-error-cases';
import { inspectorCases, inspectorUnreachable, prepareInspector } from './inspector-error-cases';
import { preparePrevention, preventionCases, preventionUnreachable } from './prevention-error-cases';

// Every expected failure of every chain mutation, over HTTP: the stable code in extensions.code,
// the domain's (or the shell's) reason in extensions.reason, never INTERNAL_SERVER_ERROR, and not
// one event written.

/** A UUID nothing in the store has. */
const unknown = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const INSTRUCTION_I = unknown(101);
const INSTRUCTION_J = unknown(102);
const CHECK_C = unknown(103);
const INCIDENT_A = unknown(104);
const INCIDENT_N = unknown(105);
const HASH = 'a'.repeat(64);

interface Given {
  cast: Cast & { inspector: string; unregistered: { id: string; token: string } };
  chain: ChainOfStory1;
  chainId: string;
  /** eventIds of entries, for corrections and retractions. */
  entries: { chainOpened: string; accident: string; nearMiss: string; instructionIssued: string; retracted: string; ack: string };
  /** A personal acknowledgement link steel made for Tomasz and revoked. */
  revokedLinkId: string;
}

type Code = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BUSINESS_RULE_VIOLATED';

interface Case {
  /** What is wrong. */
  readonly what: string;
  readonly mutation: string;
  readonly input: (g: Given) => Record<string, unknown>;
  /** The token sent; none when it returns null. */
  readonly token: (g: Given) => string | null;
  readonly code: Code;
  /** extensions.reason; null when Apollo refuses the request before a resolver runs (no reason). */
  readonly reason: string | null;
}

const manager = (pick: (c: Cast) => { token: string }) => (g: Given) => pick(g.cast).token;
const asPrincipal = manager((c) => c.principal);
const asMain = manager((c) => c.main);
const asSteel = manager((c) => c.steel);
const asJan = manager((c) => c.jan);
const asAgency = manager((c) => c.agency);
const asOutsider = manager((c) => c.outsider);

function failure(mutation: string, what: string, code: Code, reason: string | null, token: Case['token'], input: Case['input']): Case {
  return { mutation, what, code, reason, token, input };
}

/** A valid input of each mutation in the given chain, to break one thing at a time. */
const valid: Record<string, (g: Given) => Record<string, unknown>> = {
  openChain: (g) => ({ name: 'Nieuw project', principalPartyId: g.cast.principal.id }),
  engageParty: (g) => ({ chainId: g.chainId, partyId: g.cast.outsider.id, kind: 'SUBCONTRACT', scope: 'Schilderwerk', startDate: '2026-10-01' }),
  endEngagement: (g) => ({ chainId: g.chainId, linkId: g.chain.links.jan, endDate: '2026-11-01', reason: 'Gereed' }),
  issueSafetyInstruction: (g) => ({ chainId: g.chainId, ...instructionV1 }),
  passDownInstruction: (g) => ({ chainId: g.chainId, instructionId: INSTRUCTION_J, linkId: g.chain.links.jan }),
  acknowledgeInstruction: (g) => ({ chainId: g.chainId, instructionId: INSTRUCTION_J, version: 1, workerId: g.cast.workers.marek.id, language: 'pl' }),
  recordVergewisCheck: (g) => ({
    chainId: g.chainId,
    subjectPartyId: g.cast.jan.id,
    subject: 'CERTIFICATE',
    outcome: 'CONFIRMED',
    summary: 'VCA-diploma gezien',
    evidence: [{ name: 'vca.pdf', sha256: HASH }],
    validUntil: '2030-01-01',
  }),
  reportIncident: (g) => ({
    chainId: g.chainId,
    kind: 'ACCIDENT',
    happenedAt: daysAgo(1),
    location: 'Blok C',
    description: 'Hand bekneld',
    topics: ['HAND_INJURY'],
    victim: { partyId: g.cast.jan.id, workerId: g.cast.workers.jan.id, linkId: g.chain.links.jan },
    severity: 'ABSENCE',
    absenceDays: 2,
  }),
  notifyIncident: (g) => ({ chainId: g.chainId, incidentId: INCIDENT_A, authority: 'NLA', channel: 'ONLINE' }),
  reclassifyIncident: (g) => ({
    chainId: g.chainId,
    incidentId: INCIDENT_A,
    severity: 'PERMANENT_INJURY',
    absenceDays: 10,
    becameKnownAt: daysAgo(0.5),
    reason: 'Blijvend letsel',
  }),
  correctEntry: (g) => ({ chainId: g.chainId, targetEventId: g.entries.accident, reason: 'Plaats verkeerd', changes: { location: 'Blok D' } }),
  retractEntry: (g) => ({ chainId: g.chainId, targetEventId: g.entries.ack, reason: 'Verkeerd ingevoerd' }),
};

/** The token that would make each valid input succeed. */
const validToken: Record<string, Case['token']> = {
  openChain: asPrincipal,
  engageParty: asSteel,
  endEngagement: asSteel,
  issueSafetyInstruction: asMain,
  passDownInstruction: asSteel,
  acknowledgeInstruction: asAgency,
  recordVergewisCheck: asSteel,
  reportIncident: asSteel,
  notifyIncident: asSteel,
  reclassifyIncident: asSteel,
  correctEntry: asSteel,
  retractEntry: asAgency,
};

const mutations = Object.keys(valid);
const linksFor = (g: Given, workerIds: string[]) => ({ chainId: g.chainId, instructionId: INSTRUCTION_J, version: 1, workerPartyId: g.cast.agency.id, workerIds });
const chainMutations = mutations.filter((m) => m !== 'openChain');
const managerOnly = mutations.filter((m) => m !== 'acknowledgeInstruction' && m !== 'reportIncident');
const change = (mutation: string, patch: (g: Given) => Record<string, unknown>) => (g: Given) => ({ ...valid[mutation](g), ...patch(g) });

const cases: Case[] = [
  // --- authentication and roles, for every mutation
  ...mutations.map((m) => failure(m, 'no token', 'UNAUTHENTICATED', 'AUTH_TOKEN_MISSING', () => null, valid[m])),
  ...mutations.map((m) => failure(m, 'a token signed with another secret', 'UNAUTHENTICATED', 'AUTH_TOKEN_INVALID', () => FORGED_TOKEN, valid[m])),
  ...mutations.map((m) => failure(m, 'an INSPECTOR token', 'FORBIDDEN', 'ROLE_NOT_ALLOWED', (g) => g.cast.inspector, valid[m])),
  ...mutations.map((m) => failure(m, 'an ADMIN token', 'FORBIDDEN', 'ROLE_NOT_ALLOWED', (g) => g.cast.admin, valid[m])),
  ...managerOnly.map((m) => failure(m, 'a WORKER token', 'FORBIDDEN', 'ROLE_NOT_ALLOWED', (g) => g.cast.workers.sanne.token, valid[m])),

  // --- malformed ids, unknown chain, stale version, valid time: for every mutation on a chain
  ...chainMutations.map((m) => failure(m, 'a chainId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', validToken[m], change(m, () => ({ chainId: 'chain-1' })))),
  ...chainMutations.map((m) => failure(m, 'a chain that was never opened', 'NOT_FOUND', 'CHAIN_NOT_FOUND', validToken[m], change(m, () => ({ chainId: unknown(999) })))),
  ...mutations.map((m) => failure(m, 'a stale expectedVersion', 'CONFLICT', 'STREAM_VERSION_CONFLICT', validToken[m], change(m, () => ({ expectedVersion: 1 })))),
  ...mutations.map((m) =>
    failure(m, 'occurredAt in the future', 'BAD_USER_INPUT', 'EVENT_OCCURRED_IN_FUTURE', validToken[m], change(m, () => ({ occurredAt: daysAgo(-1) }))),
  ),
  ...mutations.map((m) =>
    failure(m, 'occurredAt that is no instant', 'BAD_USER_INPUT', 'INPUT_INSTANT_INVALID', validToken[m], change(m, () => ({ occurredAt: 'gisteren' }))),
  ),

  // --- openChain
  failure('openChain', 'a chainId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asPrincipal, change('openChain', () => ({ chainId: '42' }))),
  failure('openChain', 'a principalPartyId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asPrincipal, change('openChain', () => ({ principalPartyId: 'x' }))),
  failure('openChain', 'an empty name', 'BAD_USER_INPUT', 'CHAIN_NAME_REQUIRED', asPrincipal, change('openChain', () => ({ name: '  ' }))),
  failure('openChain', 'a chain id already opened', 'CONFLICT', 'CHAIN_ALREADY_OPENED', asPrincipal, change('openChain', (g) => ({ chainId: g.chainId }))),
  failure('openChain', 'another party as principal', 'FORBIDDEN', 'CHAIN_PRINCIPAL_NOT_OWN', asMain, valid.openChain),
  failure('openChain', 'a principal that is not registered', 'NOT_FOUND', 'PARTY_NOT_FOUND', (g) => g.cast.unregistered.token, (g) => ({ name: 'X', principalPartyId: g.cast.unregistered.id })),
  failure('openChain', 'no name at all (GraphQL validation)', 'BAD_USER_INPUT', null, asPrincipal, (g) => ({ principalPartyId: g.cast.principal.id })),

  // --- engageParty
  failure('engageParty', 'a partyId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('engageParty', () => ({ partyId: 'steel' }))),
  failure('engageParty', 'a linkId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('engageParty', () => ({ linkId: 'link-1' }))),
  failure('engageParty', 'a caller whose party is not in the chain', 'FORBIDDEN', 'CHAIN_PARTY_NOT_IN_CHAIN', asOutsider, change('engageParty', (g) => ({ partyId: g.cast.jan.id }))),
  failure('engageParty', 'a caller whose link has ended', 'FORBIDDEN', 'CHAIN_PARTY_NOT_IN_CHAIN', manager((c) => c.piotr), valid.engageParty),
  failure('engageParty', 'a party that is not registered', 'NOT_FOUND', 'PARTY_NOT_FOUND', asSteel, change('engageParty', () => ({ partyId: unknown(201) }))),
  failure('engageParty', 'engaging a party above you', 'BUSINESS_RULE_VIOLATED', 'CHAIN_LINK_CYCLE', asSteel, change('engageParty', (g) => ({ partyId: g.cast.main.id }))),
  failure('engageParty', 'engaging yourself', 'BUSINESS_RULE_VIOLATED', 'CHAIN_LINK_CYCLE', asSteel, change('engageParty', (g) => ({ partyId: g.cast.steel.id }))),
  failure('engageParty', 'a second active link to the same party', 'CONFLICT', 'CHAIN_LINK_DUPLICATE', asSteel, change('engageParty', (g) => ({ partyId: g.cast.jan.id, kind: 'SELF_EMPLOYED' }))),
  failure('engageParty', 'a linkId already used', 'CONFLICT', 'LINK_ALREADY_EXISTS', asSteel, change('engageParty', (g) => ({ linkId: g.chain.links.jan }))),
  failure('engageParty', 'gezag on a SUBCONTRACT link', 'BAD_USER_INPUT', 'LINK_AUTHORITY_NOT_APPLICABLE', asSteel, change('engageParty', () => ({ underAuthority: true }))),
  failure('engageParty', 'SELF_EMPLOYED for an organisation', 'BUSINESS_RULE_VIOLATED', 'LINK_SELF_EMPLOYED_NOT_PERSON', asSteel, change('engageParty', () => ({ kind: 'SELF_EMPLOYED' }))),
  failure('engageParty', 'an empty scope', 'BAD_USER_INPUT', 'LINK_SCOPE_REQUIRED', asSteel, change('engageParty', () => ({ scope: '' }))),
  failure('engageParty', 'a start date that does not exist', 'BAD_USER_INPUT', 'INPUT_DATE_INVALID', asSteel, change('engageParty', () => ({ startDate: '2026-02-30' }))),
  failure('engageParty', 'a start date in another format', 'BAD_USER_INPUT', 'INPUT_DATE_INVALID', asSteel, change('engageParty', () => ({ startDate: '01-10-2026' }))),
  failure('engageParty', 'an unknown link kind (GraphQL validation)', 'BAD_USER_INPUT', null, asSteel, change('engageParty', () => ({ kind: 'FRIENDSHIP' }))),

  // --- endEngagement
  failure('endEngagement', 'a linkId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('endEngagement', () => ({ linkId: 'jan' }))),
  failure('endEngagement', 'an unknown link', 'NOT_FOUND', 'LINK_NOT_FOUND', asSteel, change('endEngagement', () => ({ linkId: unknown(301) }))),
  failure('endEngagement', 'another party\'s link', 'FORBIDDEN', 'LINK_NOT_HELD', asJan, valid.endEngagement),
  failure('endEngagement', 'a link above you', 'FORBIDDEN', 'LINK_NOT_HELD', asSteel, change('endEngagement', (g) => ({ linkId: g.chain.links.steel }))),
  failure('endEngagement', 'a link that already ended', 'CONFLICT', 'LINK_ALREADY_ENDED', asSteel, change('endEngagement', (g) => ({ linkId: g.chain.links.piotr }))),
  failure('endEngagement', 'an end date before the start', 'BAD_USER_INPUT', 'LINK_END_BEFORE_START', asSteel, change('endEngagement', () => ({ endDate: '2026-08-31' }))),
  failure('endEngagement', 'an end date that does not exist', 'BAD_USER_INPUT', 'INPUT_DATE_INVALID', asSteel, change('endEngagement', () => ({ endDate: '2026-11-31' }))),
  failure('endEngagement', 'no reason', 'BAD_USER_INPUT', 'LINK_END_REASON_REQUIRED', asSteel, change('endEngagement', () => ({ reason: ' ' }))),
  failure('endEngagement', 'a link whose party still holds links below', 'BUSINESS_RULE_VIOLATED', 'LINK_HAS_ACTIVE_SUBLINKS', asMain, change('endEngagement', (g) => ({ linkId: g.chain.links.steel }))),

  // --- issueSafetyInstruction
  failure('issueSafetyInstruction', 'an instructionId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asMain, change('issueSafetyInstruction', () => ({ instructionId: 'i-1' }))),
  failure('issueSafetyInstruction', 'a supersedesInstructionId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asMain, change('issueSafetyInstruction', () => ({ supersedesInstructionId: 'v1' }))),
  failure('issueSafetyInstruction', 'a new version under another id', 'BAD_USER_INPUT', 'INPUT_INSTRUCTION_ID_AMBIGUOUS', asMain, change('issueSafetyInstruction', () => ({ instructionId: unknown(401), supersedesInstructionId: INSTRUCTION_I }))),
  failure('issueSafetyInstruction', 'a caller whose party is not in the chain', 'FORBIDDEN', 'CHAIN_PARTY_NOT_IN_CHAIN', asOutsider, valid.issueSafetyInstruction),
  failure('issueSafetyInstruction', 'an instruction id already issued', 'CONFLICT', 'INSTRUCTION_ALREADY_ISSUED', asMain, change('issueSafetyInstruction', () => ({ instructionId: INSTRUCTION_J }))),
  failure('issueSafetyInstruction', 'superseding an unknown instruction', 'NOT_FOUND', 'INSTRUCTION_NOT_FOUND', asMain, change('issueSafetyInstruction', () => ({ supersedesInstructionId: unknown(402) }))),
  failure('issueSafetyInstruction', 'superseding another party\'s instruction', 'FORBIDDEN', 'INSTRUCTION_NOT_OWN', asSteel, change('issueSafetyInstruction', () => ({ supersedesInstructionId: INSTRUCTION_I }))),
  failure('issueSafetyInstruction', 'no content', 'BAD_USER_INPUT', 'INSTRUCTION_CONTENT_REQUIRED', asMain, change('issueSafetyInstruction', () => ({ content: [] }))),
  failure('issueSafetyInstruction', 'an empty body', 'BAD_USER_INPUT', 'INSTRUCTION_CONTENT_REQUIRED', asMain, change('issueSafetyInstruction', () => ({ content: [{ language: 'nl', title: 'T', body: '' }] }))),
  failure('issueSafetyInstruction', 'a language twice', 'BAD_USER_INPUT', 'INSTRUCTION_LANGUAGE_DUPLICATE', asMain, change('issueSafetyInstruction', () => ({ content: [instructionV1.content[0], { ...instructionV1.content[0], language: 'NL' }] }))),
  failure('issueSafetyInstruction', 'a language code that does not exist', 'BAD_USER_INPUT', 'LANGUAGE_INVALID', asMain, change('issueSafetyInstruction', () => ({ content: [{ language: 'xx', title: 'T', body: 'B' }] }))),
  failure('issueSafetyInstruction', 'a topic not in UPPER_SNAKE_CASE', 'BAD_USER_INPUT', 'TOPIC_INVALID', asMain, change('issueSafetyInstruction', () => ({ topics: ['work at height'] }))),

  // --- passDownInstruction
  failure('passDownInstruction', 'an instructionId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('passDownInstruction', () => ({ instructionId: 'j' }))),
  failure('passDownInstruction', 'a linkId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('passDownInstruction', () => ({ linkId: 'j' }))),
  failure('passDownInstruction', 'an unknown instruction', 'NOT_FOUND', 'INSTRUCTION_NOT_FOUND', asSteel, change('passDownInstruction', () => ({ instructionId: unknown(501) }))),
  failure('passDownInstruction', 'a version that was never issued', 'NOT_FOUND', 'INSTRUCTION_VERSION_NOT_FOUND', asSteel, change('passDownInstruction', () => ({ version: 7 }))),
  failure('passDownInstruction', 'an unknown link', 'NOT_FOUND', 'LINK_NOT_FOUND', asSteel, change('passDownInstruction', () => ({ linkId: unknown(502) }))),
  failure('passDownInstruction', 'another party\'s link', 'FORBIDDEN', 'LINK_NOT_HELD', asMain, valid.passDownInstruction),
  failure('passDownInstruction', 'a link that ended', 'BUSINESS_RULE_VIOLATED', 'LINK_NOT_ACTIVE', asSteel, change('passDownInstruction', (g) => ({ linkId: g.chain.links.piotr }))),
  failure('passDownInstruction', 'a superseded version', 'BUSINESS_RULE_VIOLATED', 'INSTRUCTION_VERSION_SUPERSEDED', asSteel, change('passDownInstruction', () => ({ instructionId: INSTRUCTION_I, version: 1 }))),
  failure('passDownInstruction', 'a version the caller has not received', 'BUSINESS_RULE_VIOLATED', 'INSTRUCTION_NOT_RECEIVED', asSteel, change('passDownInstruction', () => ({ instructionId: INSTRUCTION_I }))),
  failure('passDownInstruction', 'the same version down the same link again', 'CONFLICT', 'INSTRUCTION_ALREADY_PASSED', asSteel, change('passDownInstruction', (g) => ({ linkId: g.chain.links.agency }))),

  // --- acknowledgeInstruction
  failure('acknowledgeInstruction', 'a workerId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asAgency, change('acknowledgeInstruction', () => ({ workerId: 'marek' }))),
  failure('acknowledgeInstruction', 'a worker acknowledging for another worker', 'FORBIDDEN', 'WORKER_NOT_SELF', (g) => g.cast.workers.tomasz.token, valid.acknowledgeInstruction),
  failure('acknowledgeInstruction', 'a worker that is not registered with the caller\'s party', 'NOT_FOUND', 'WORKER_NOT_FOUND', asAgency, change('acknowledgeInstruction', (g) => ({ workerId: g.cast.workers.jan.id }))),
  failure('acknowledgeInstruction', 'an unknown instruction', 'NOT_FOUND', 'INSTRUCTION_NOT_FOUND', asAgency, change('acknowledgeInstruction', () => ({ instructionId: unknown(601) }))),
  failure('acknowledgeInstruction', 'a version that was never issued', 'NOT_FOUND', 'INSTRUCTION_VERSION_NOT_FOUND', asAgency, change('acknowledgeInstruction', () => ({ version: 3 }))),
  failure('acknowledgeInstruction', 'a language the instruction is not written in', 'BAD_USER_INPUT', 'INSTRUCTION_LANGUAGE_UNAVAILABLE', asAgency, change('acknowledgeInstruction', () => ({ language: 'de' }))),
  failure('acknowledgeInstruction', 'a language code that does not exist', 'BAD_USER_INPUT', 'LANGUAGE_INVALID', asAgency, change('acknowledgeInstruction', () => ({ language: 'zz' }))),
  failure('acknowledgeInstruction', 'the same version by the same party twice', 'CONFLICT', 'INSTRUCTION_ALREADY_ACKNOWLEDGED', asAgency, change('acknowledgeInstruction', () => ({ workerId: null, language: 'nl' }))),

  // --- recordVergewisCheck
  failure('recordVergewisCheck', 'a subjectPartyId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('recordVergewisCheck', () => ({ subjectPartyId: 'jan' }))),
  failure('recordVergewisCheck', 'a relatedIncidentId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('recordVergewisCheck', () => ({ relatedIncidentId: 'A' }))),
  failure('recordVergewisCheck', 'a check on a party above you', 'FORBIDDEN', 'VERGEWIS_NOT_UPSTREAM', asJan, change('recordVergewisCheck', (g) => ({ subjectPartyId: g.cast.steel.id }))),
  failure('recordVergewisCheck', 'a check id already recorded', 'CONFLICT', 'VERGEWIS_ALREADY_RECORDED', asSteel, change('recordVergewisCheck', () => ({ checkId: CHECK_C }))),
  failure('recordVergewisCheck', 'a worker not registered with the subject party', 'NOT_FOUND', 'WORKER_NOT_FOUND', asSteel, change('recordVergewisCheck', (g) => ({ subjectWorkerId: g.cast.workers.marek.id }))),
  failure('recordVergewisCheck', 'validUntil before the check', 'BAD_USER_INPUT', 'VERGEWIS_VALID_UNTIL_BEFORE_CHECK', asSteel, change('recordVergewisCheck', () => ({ validUntil: '2020-01-01' }))),
  failure('recordVergewisCheck', 'validUntil in another format', 'BAD_USER_INPUT', 'INPUT_DATE_INVALID', asSteel, change('recordVergewisCheck', () => ({ validUntil: '31-12-2030' }))),
  failure('recordVergewisCheck', 'evidence with a bad hash', 'BAD_USER_INPUT', 'EVIDENCE_HASH_INVALID', asSteel, change('recordVergewisCheck', () => ({ evidence: [{ name: 'vca.pdf', sha256: 'abc' }] }))),
  failure('recordVergewisCheck', 'evidence without a name', 'BAD_USER_INPUT', 'INPUT_REQUIRED', asSteel, change('recordVergewisCheck', () => ({ evidence: [{ name: ' ', sha256: HASH }] }))),
  failure('recordVergewisCheck', 'an empty summary', 'BAD_USER_INPUT', 'INPUT_REQUIRED', asSteel, change('recordVergewisCheck', () => ({ summary: '' }))),
  failure('recordVergewisCheck', 'an unknown related incident', 'NOT_FOUND', 'INCIDENT_NOT_FOUND', asSteel, change('recordVergewisCheck', () => ({ relatedIncidentId: unknown(701) }))),
  failure('recordVergewisCheck', 'an unknown related instruction', 'NOT_FOUND', 'INSTRUCTION_NOT_FOUND', asSteel, change('recordVergewisCheck', () => ({ relatedInstructionId: unknown(702) }))),
  failure('recordVergewisCheck', 'an unknown subject (GraphQL validation)', 'BAD_USER_INPUT', null, asSteel, change('recordVergewisCheck', () => ({ subject: 'GOSSIP' }))),

  // --- reportIncident
  failure('reportIncident', 'a victim partyId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('reportIncident', () => ({ victim: { partyId: 'jan' } }))),
  failure('reportIncident', 'a caller whose party is not in the chain', 'FORBIDDEN', 'CHAIN_PARTY_NOT_IN_CHAIN', asOutsider, valid.reportIncident),
  failure('reportIncident', 'an incident id already reported', 'CONFLICT', 'INCIDENT_ALREADY_REPORTED', asSteel, change('reportIncident', () => ({ incidentId: INCIDENT_A }))),
  failure('reportIncident', 'happenedAt in the future', 'BAD_USER_INPUT', 'INCIDENT_HAPPENED_IN_FUTURE', asSteel, change('reportIncident', () => ({ happenedAt: daysAgo(-1) }))),
  failure('reportIncident', 'happenedAt that is no instant', 'BAD_USER_INPUT', 'INPUT_INSTANT_INVALID', asSteel, change('reportIncident', () => ({ happenedAt: 'vorige week' }))),
  failure('reportIncident', 'a near miss with a victim', 'BAD_USER_INPUT', 'INCIDENT_NEAR_MISS_HAS_VICTIM', asSteel, change('reportIncident', () => ({ kind: 'NEAR_MISS', severity: 'NONE', absenceDays: 0 }))),
  failure('reportIncident', 'a near miss with a severity', 'BAD_USER_INPUT', 'INCIDENT_NEAR_MISS_HAS_SEVERITY', asSteel, change('reportIncident', () => ({ kind: 'NEAR_MISS', victim: null }))),
  failure('reportIncident', 'an accident without a victim', 'BAD_USER_INPUT', 'INCIDENT_VICTIM_REQUIRED', asSteel, change('reportIncident', () => ({ victim: null }))),
  failure('reportIncident', 'a victim of an engaged party without the link that engaged it', 'BAD_USER_INPUT', 'INCIDENT_VICTIM_LINK_REQUIRED', asSteel, change('reportIncident', (g) => ({ victim: { partyId: g.cast.agency.id, workerId: g.cast.workers.marek.id } }))),
  failure('reportIncident', 'a victim who was never in the chain', 'BUSINESS_RULE_VIOLATED', 'INCIDENT_VICTIM_NOT_IN_CHAIN', asSteel, change('reportIncident', (g) => ({ victim: { partyId: g.cast.outsider.id } }))),
  failure('reportIncident', 'a victim link that engages another party', 'BAD_USER_INPUT', 'INCIDENT_VICTIM_LINK_MISMATCH', asSteel, change('reportIncident', (g) => ({ victim: { partyId: g.cast.jan.id, linkId: g.chain.links.agency } }))),
  failure('reportIncident', 'an unknown victim link', 'NOT_FOUND', 'LINK_NOT_FOUND', asSteel, change('reportIncident', (g) => ({ victim: { partyId: g.cast.jan.id, linkId: unknown(801) } }))),
  failure('reportIncident', 'a victim below the principal on no link', 'BAD_USER_INPUT', 'INCIDENT_VICTIM_LINK_REQUIRED', asSteel, change('reportIncident', (g) => ({ victim: { partyId: g.cast.jan.id, workerId: g.cast.workers.jan.id, linkId: null } }))),
  failure('reportIncident', 'a zzp\'er reporting about a sibling\'s lent worker', 'FORBIDDEN', 'INCIDENT_VICTIM_NOT_REPORTABLE', asJan, change('reportIncident', (g) => ({ victim: { partyId: g.cast.agency.id, workerId: g.cast.workers.marek.id, linkId: g.chain.links.agency } }))),
  failure('reportIncident', 'a victim worker of another party', 'BAD_USER_INPUT', 'INCIDENT_VICTIM_WORKER_NOT_OF_PARTY', asSteel, change('reportIncident', (g) => ({ victim: { partyId: g.cast.jan.id, workerId: g.cast.workers.marek.id, linkId: g.chain.links.jan } }))),
  failure('reportIncident', 'negative absence days', 'BAD_USER_INPUT', 'INCIDENT_ABSENCE_DAYS_INVALID', asSteel, change('reportIncident', () => ({ absenceDays: -1 }))),
  failure('reportIncident', 'an empty location', 'BAD_USER_INPUT', 'INPUT_REQUIRED', asSteel, change('reportIncident', () => ({ location: '' }))),
  failure('reportIncident', 'a topic twice', 'BAD_USER_INPUT', 'TOPIC_INVALID', asSteel, change('reportIncident', () => ({ topics: ['HAND_INJURY', 'HAND_INJURY'] }))),
  failure('reportIncident', 'absence days that are no whole number (GraphQL validation)', 'BAD_USER_INPUT', null, asSteel, change('reportIncident', () => ({ absenceDays: 1.5 }))),

  // --- notifyIncident
  failure('notifyIncident', 'both a party and an authority', 'BAD_USER_INPUT', 'INPUT_RECIPIENT_AMBIGUOUS', asSteel, change('notifyIncident', (g) => ({ recipientPartyId: g.cast.agency.id }))),
  failure('notifyIncident', 'no recipient', 'BAD_USER_INPUT', 'INPUT_RECIPIENT_AMBIGUOUS', asSteel, change('notifyIncident', () => ({ authority: null }))),
  failure('notifyIncident', 'a recipientPartyId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('notifyIncident', () => ({ authority: null, recipientPartyId: 'agency' }))),
  failure('notifyIncident', 'an unknown incident', 'NOT_FOUND', 'INCIDENT_NOT_FOUND', asSteel, change('notifyIncident', () => ({ incidentId: unknown(901) }))),
  failure('notifyIncident', 'notifying yourself', 'BAD_USER_INPUT', 'INCIDENT_NOTIFY_SELF', asSteel, change('notifyIncident', (g) => ({ authority: null, recipientPartyId: g.cast.steel.id }))),
  failure('notifyIncident', 'a recipient not in the chain', 'BUSINESS_RULE_VIOLATED', 'INCIDENT_RECIPIENT_NOT_IN_CHAIN', asSteel, change('notifyIncident', (g) => ({ authority: null, recipientPartyId: g.cast.outsider.id }))),
  failure('notifyIncident', 'a caller whose party is not in the chain', 'FORBIDDEN', 'CHAIN_PARTY_NOT_IN_CHAIN', asOutsider, valid.notifyIncident),
  failure('notifyIncident', 'an unknown authority (GraphQL validation)', 'BAD_USER_INPUT', null, asSteel, change('notifyIncident', () => ({ authority: 'POLICE' }))),

  // --- reclassifyIncident
  failure('reclassifyIncident', 'an incidentId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('reclassifyIncident', () => ({ incidentId: 'A' }))),
  failure('reclassifyIncident', 'an unknown incident', 'NOT_FOUND', 'INCIDENT_NOT_FOUND', asSteel, change('reclassifyIncident', () => ({ incidentId: unknown(1001) }))),
  failure('reclassifyIncident', 'a party that neither reported it nor is the principal', 'FORBIDDEN', 'INCIDENT_NOT_OWN', asMain, valid.reclassifyIncident),
  failure('reclassifyIncident', 'becameKnownAt in the future', 'BAD_USER_INPUT', 'INCIDENT_KNOWN_IN_FUTURE', asSteel, change('reclassifyIncident', () => ({ becameKnownAt: daysAgo(-1) }))),
  failure('reclassifyIncident', 'becameKnownAt before it happened', 'BAD_USER_INPUT', 'INCIDENT_KNOWN_BEFORE_HAPPENED', asSteel, change('reclassifyIncident', () => ({ becameKnownAt: daysAgo(30) }))),
  failure('reclassifyIncident', 'becameKnownAt that is no instant', 'BAD_USER_INPUT', 'INPUT_INSTANT_INVALID', asSteel, change('reclassifyIncident', () => ({ becameKnownAt: 'eergisteren' }))),
  failure('reclassifyIncident', 'the severity it already has', 'BAD_USER_INPUT', 'INCIDENT_RECLASSIFY_NO_CHANGE', asSteel, change('reclassifyIncident', () => ({ severity: 'HOSPITAL_ADMISSION', absenceDays: 0 }))),
  failure('reclassifyIncident', 'no reason', 'BAD_USER_INPUT', 'INCIDENT_RECLASSIFY_REASON_REQUIRED', asSteel, change('reclassifyIncident', () => ({ reason: '' }))),
  failure('reclassifyIncident', 'a severity for a near miss', 'BAD_USER_INPUT', 'INCIDENT_NEAR_MISS_HAS_SEVERITY', asSteel, change('reclassifyIncident', () => ({ incidentId: INCIDENT_N, severity: 'ABSENCE', absenceDays: 1 }))),
  failure('reclassifyIncident', 'negative absence days', 'BAD_USER_INPUT', 'INCIDENT_ABSENCE_DAYS_INVALID', asSteel, change('reclassifyIncident', () => ({ absenceDays: -3 }))),

  // --- correctEntry
  failure('correctEntry', 'a targetEventId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, change('correctEntry', () => ({ targetEventId: 'event-1' }))),
  failure('correctEntry', 'an unknown entry', 'NOT_FOUND', 'ENTRY_NOT_FOUND', asSteel, change('correctEntry', () => ({ targetEventId: unknown(1101) }))),
  failure('correctEntry', 'an entry another party recorded', 'FORBIDDEN', 'ENTRY_NOT_OWN', asMain, valid.correctEntry),
  failure('correctEntry', 'a retracted entry', 'CONFLICT', 'ENTRY_ALREADY_RETRACTED', asSteel, change('correctEntry', (g) => ({ targetEventId: g.entries.retracted, changes: { reference: 'X-1' } }))),
  failure('correctEntry', 'no reason', 'BAD_USER_INPUT', 'ENTRY_REASON_REQUIRED', asSteel, change('correctEntry', () => ({ reason: ' ' }))),
  failure('correctEntry', 'no changes', 'BAD_USER_INPUT', 'ENTRY_CHANGES_REQUIRED', asSteel, change('correctEntry', () => ({ changes: {} }))),
  failure('correctEntry', 'only values it already has', 'BAD_USER_INPUT', 'ENTRY_CHANGES_REQUIRED', asSteel, change('correctEntry', () => ({ changes: { location: 'Galerij blok B' } }))),
  failure('correctEntry', 'a field the entry does not have', 'BAD_USER_INPUT', 'ENTRY_FIELD_NOT_CORRECTABLE', asSteel, change('correctEntry', () => ({ changes: { scope: 'Anders' } }))),
  failure('correctEntry', 'an entry that cannot be corrected', 'BAD_USER_INPUT', 'ENTRY_FIELD_NOT_CORRECTABLE', asMain, change('correctEntry', (g) => ({ targetEventId: g.entries.instructionIssued, changes: { topics: ['SCAFFOLDING'] } }))),
  failure('correctEntry', 'an empty chain name', 'BAD_USER_INPUT', 'CHAIN_NAME_REQUIRED', asPrincipal, change('correctEntry', (g) => ({ targetEventId: g.entries.chainOpened, changes: { name: ' ' } }))),
  failure('correctEntry', 'happenedAt in the future', 'BAD_USER_INPUT', 'INCIDENT_HAPPENED_IN_FUTURE', asSteel, change('correctEntry', () => ({ changes: { happenedAt: daysAgo(-1) } }))),
  failure('correctEntry', 'happenedAt that is no instant', 'BAD_USER_INPUT', 'INPUT_INSTANT_INVALID', asSteel, change('correctEntry', () => ({ changes: { happenedAt: 'ooit' } }))),
  failure('correctEntry', 'a severity for a near miss', 'BAD_USER_INPUT', 'INCIDENT_NEAR_MISS_HAS_SEVERITY', asSteel, change('correctEntry', (g) => ({ targetEventId: g.entries.nearMiss, changes: { severity: 'DEATH' } }))),
  failure('correctEntry', 'negative absence days', 'BAD_USER_INPUT', 'INCIDENT_ABSENCE_DAYS_INVALID', asSteel, change('correctEntry', () => ({ changes: { absenceDays: -1 } }))),
  failure('correctEntry', 'a topic not in UPPER_SNAKE_CASE', 'BAD_USER_INPUT', 'TOPIC_INVALID', asSteel, change('correctEntry', () => ({ changes: { topics: ['steiger'] } }))),

  // --- retractEntry
  failure('retractEntry', 'a targetEventId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asAgency, change('retractEntry', () => ({ targetEventId: 'ack' }))),
  failure('retractEntry', 'an unknown entry', 'NOT_FOUND', 'ENTRY_NOT_FOUND', asAgency, change('retractEntry', () => ({ targetEventId: unknown(1201) }))),
  failure('retractEntry', 'an entry another party recorded', 'FORBIDDEN', 'ENTRY_NOT_OWN', asSteel, valid.retractEntry),
  failure('retractEntry', 'an entry retracted before', 'CONFLICT', 'ENTRY_ALREADY_RETRACTED', asSteel, change('retractEntry', (g) => ({ targetEventId: g.entries.retracted }))),
  failure('retractEntry', 'no reason', 'BAD_USER_INPUT', 'ENTRY_REASON_REQUIRED', asAgency, change('retractEntry', () => ({ reason: '' }))),
  failure('retractEntry', 'an entry that cannot be retracted', 'BAD_USER_INPUT', 'ENTRY_NOT_RETRACTABLE', asPrincipal, change('retractEntry', (g) => ({ targetEventId: g.entries.chainOpened }))),

  // --- personal acknowledgement links
  failure('createAcknowledgementLinks', 'no workers', 'BAD_USER_INPUT', 'ACK_LINK_WORKERS_INVALID', asSteel, (g) => linksFor(g, [])),
  failure('createAcknowledgementLinks', 'the same worker twice', 'BAD_USER_INPUT', 'ACK_LINK_WORKERS_INVALID', asSteel, (g) => linksFor(g, [g.cast.workers.marek.id, g.cast.workers.marek.id])),
  failure('createAcknowledgementLinks', 'a workerId that is no UUID', 'BAD_USER_INPUT', 'INPUT_ID_INVALID', asSteel, (g) => linksFor(g, ['marek'])),
  failure('createAcknowledgementLinks', 'an unknown worker', 'NOT_FOUND', 'WORKER_NOT_FOUND', asSteel, (g) => linksFor(g, [unknown(1401)])),
  failure('createAcknowledgementLinks', 'a party neither Arbo employer of the worker nor passing the instruction to it', 'FORBIDDEN', 'ACK_LINK_NOT_ALLOWED', asMain, (g) => linksFor(g, [g.cast.workers.marek.id])),
  failure('revokeAcknowledgementLink', 'an unknown link', 'NOT_FOUND', 'ACK_LINK_NOT_FOUND', asSteel, (g) => ({ chainId: g.chainId, linkId: 'no-such-link' })),
  failure('revokeAcknowledgementLink', 'another party\'s link', 'NOT_FOUND', 'ACK_LINK_NOT_FOUND', asAgency, (g) => ({ chainId: g.chainId, linkId: g.revokedLinkId })),
  failure('revokeAcknowledgementLink', 'a link revoked before', 'CONFLICT', 'ACK_LINK_ALREADY_REVOKED', asSteel, (g) => ({ chainId: g.chainId, linkId: g.revokedLinkId })),

  // --- compliance mutations
  ...complianceCases(INCIDENT_A).map((c) => failure(c.mutation, c.what, c.code, c.reason, c.token, c.input)),
  ...inspectorCases().map((c) => failure(c.mutation, c.what, c.code, c.reason, c.token, c.input)),
  ...preventionCases(INCIDENT_A).map((c) => failure(c.mutation, c.what, c.code, c.reason, c.token, c.input)),
];

/**
 * Domain codes no chain mutation can reach through the API, and why. Every other code must be
 * walked above, so a new rule in the domain fails this suite until it is tested here.
 */
const unreachable: Partial<Record<DomainErrorCode, string>> = {
  ACTOR_PARTY_REQUIRED: 'the roles that may call a chain mutation (MANAGER, WORKER) always carry a party',
  INSTRUCTION_HASH_INVALID: 'the API computes the content hash itself',
  ACK_LINK_ALREADY_MADE: 'link ids derive from a fresh batch id per call (a retry under the same Idempotency-Key is a replay, not a second batch)',
  WORKER_NOT_OWN: 'workers are looked up in the caller\'s own party: another party\'s worker is WORKER_NOT_FOUND',
  VERGEWIS_WORKER_NOT_OF_SUBJECT: 'workers are looked up in the subject party: another party\'s worker is WORKER_NOT_FOUND',
  INPUT_VALUE_INVALID: 'GraphQL enums and types refuse such values before the domain sees them',
  EVENT_OCCURRED_AT_INVALID: 'the DateTime scalar refuses an occurredAt that is no real instant (INPUT_INSTANT_INVALID) before a command is built',
  // party mutations (PartyResolver), not chain mutations
  PARTY_ALREADY_REGISTERED: 'registerParty',
  PARTY_NOT_OWN: 'registerWorker',
  PARTY_NAME_REQUIRED: 'registerParty',
  PARTY_KVK_INVALID: 'registerParty',
  PARTY_COUNTRY_INVALID: 'registerParty',
  WORKER_NAME_REQUIRED: 'registerWorker',
  WORKER_LANGUAGES_REQUIRED: 'registerWorker',
  WORKER_ALREADY_REGISTERED: 'registerWorker',
  WORKER_SELF_NOT_PERSON: 'registerWorker',
  WORKER_SELF_ALREADY_REGISTERED: 'registerWorker',
  PARTY_KVK_TAKEN: 'registerParty',
  // erasePersonalData, a party mutation: walked in personal-data-erasure.e2e-spec.ts and the domain's erase-personal-data.spec.ts
  PERSONAL_DATA_ERASER_NOT_ALLOWED: 'erasePersonalData',
  // subjectAccess, a query: walked in subject-access.e2e-spec.ts and the domain's subject-access-allowed.spec.ts
  PERSONAL_DATA_ACCESS_NOT_ALLOWED: 'subjectAccess',
  PERSONAL_DATA_REASON_REQUIRED: 'erasePersonalData',
  PERSONAL_DATA_SUBJECT_NOT_FOUND: 'erasePersonalData',
  PERSONAL_DATA_ALREADY_ERASED: 'erasePersonalData',
  PERSONAL_DATA_RETENTION_HOLD: 'erasePersonalData',
  // membership mutations (IdentityResolver): identity-members.e2e-spec.ts and the membership decider spec
  MEMBER_EMAIL_INVALID: 'inviteMember',
  MEMBER_NAME_REQUIRED: 'inviteMember',
  MEMBER_WORKER_REQUIRED: 'inviteMember',
  MEMBER_WORKER_ONLY_FOR_WORKER: 'inviteMember',
  MEMBER_MANAGER_REQUIRED: 'inviteMember, changeMemberRole, removeMember',
  MEMBER_ALREADY_MEMBER: 'inviteMember',
  MEMBER_NOT_FOUND: 'changeMemberRole, removeMember',
  MEMBER_ROLE_UNCHANGED: 'changeMemberRole',
  MEMBER_LAST_MANAGER: 'changeMemberRole, removeMember',
  INVITATION_NOT_FOUND: 'acceptInvitation: identity-invitations.e2e-spec.ts',
  INVITATION_NOT_YOURS: 'acceptInvitation: identity-invitations.e2e-spec.ts',
  INVITATION_ALREADY_ACCEPTED: 'acceptInvitation: identity-invitations.e2e-spec.ts',
  MEMBER_GRANT_INVITES_INSPECTOR: 'grantInspectorAccess invites the inspector it names as INSPECTOR only (the membership decider spec)',
  // company sign-in links the subject as the person themselves, once per membership not yet linked
  // (identity-oidc.e2e-spec.ts and the membership decider spec); no mutation takes these values
  MEMBER_IDENTITY_ISSUER_INVALID: 'the issuer is OIDC_ISSUER, checked at start-up',
  MEMBER_IDENTITY_SUBJECT_INVALID: 'openid-client refuses an ID token without sub',
  MEMBER_IDENTITY_NOT_YOURS: 'the sign-in links as the person who signed in',
  MEMBER_IDENTITY_UNCHANGED: 'only memberships not yet linked are linked',
  MEMBER_IDENTITY_ALREADY_LINKED: 'an address linked to another subject is refused first (OIDC_IDENTITY_MISMATCH)',
  MEMBER_IDENTITY_TAKEN: 'a linked subject is found as its member before any address is looked at',
  ...complianceUnreachable,
  ...inspectorUnreachable,
  ...preventionUnreachable,
};

/** A token with the right claims, signed with a secret the API does not have. */
let FORGED_TOKEN = '';

describe('every expected failure of the chain mutations', () => {
  let api: ApiHarness;
  let given: Given;

  beforeAll(async () => {
    api = await startApi();
    const cast = await registerCast(api);
    const chain = await buildStory1(api, cast);
    const chainId = chain.chainId;
    const [opened] = await api.store.readStream(chain.streamId, { toVersion: 0 });

    // piotr's link ended; instruction I at v2 of which steel holds only v1; instruction J passed to
    // steel and the agency, acknowledged by the agency
    await ok(api, 'endEngagement', { chainId, linkId: chain.links.piotr, endDate: '2026-11-01', reason: 'Gereed' }, cast.steel.token);
    const issued = await ok(api, 'issueSafetyInstruction', { chainId, instructionId: INSTRUCTION_I, ...instructionV1 }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId: INSTRUCTION_I, linkId: chain.links.steel }, cast.main.token);
    await ok(api, 'issueSafetyInstruction', { chainId, supersedesInstructionId: INSTRUCTION_I, ...instructionV2 }, cast.main.token);
    await ok(api, 'issueSafetyInstruction', { chainId, instructionId: INSTRUCTION_J, ...instructionV1 }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId: INSTRUCTION_J, linkId: chain.links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId: INSTRUCTION_J, linkId: chain.links.agency }, cast.steel.token);
    const ack = await ok(api, 'acknowledgeInstruction', { chainId, instructionId: INSTRUCTION_J, version: 1, language: 'nl' }, cast.agency.token);
    await ok(
      api,
      'recordVergewisCheck',
      { chainId, checkId: CHECK_C, subjectPartyId: cast.agency.id, subject: 'CERTIFICATE', outcome: 'CONFIRMED', summary: 'VCU', evidence: [] },
      cast.steel.token,
    );
    const accident = await ok(
      api,
      'reportIncident',
      {
        chainId,
        incidentId: INCIDENT_A,
        kind: 'ACCIDENT',
        happenedAt: daysAgo(2),
        location: 'Galerij blok B',
        description: 'Val van steiger',
        victim: { partyId: cast.agency.id, workerId: cast.workers.marek.id, linkId: chain.links.agency },
        severity: 'HOSPITAL_ADMISSION',
      },
      cast.steel.token,
    );
    const nearMiss = await ok(
      api,
      'reportIncident',
      { chainId, incidentId: INCIDENT_N, kind: 'NEAR_MISS', happenedAt: daysAgo(3), location: 'Blok B', description: 'Losse plank' },
      cast.steel.token,
    );
    const notified = await ok(api, 'notifyIncident', { chainId, incidentId: INCIDENT_A, authority: 'NLA', channel: 'EMAIL' }, cast.steel.token);
    await ok(api, 'retractEntry', { chainId, targetEventId: notified.eventIds[0], reason: 'Niet verstuurd' }, cast.steel.token);

    const unregisteredId = unknown(1301);
    const now = Math.floor(Date.now() / 1000);
    FORGED_TOKEN = signHs256('not-the-secret-not-the-secret-not-the', {
      party: cast.steel.id,
      role: 'MANAGER',
      sub: 'mallory',
      iss: 'schakel',
      iat: now,
      exp: now + 3600,
    });
    given = {
      cast: {
        ...cast,
        inspector: api.token({ party: cast.principal.id, role: 'INSPECTOR' }),
        unregistered: { id: unregisteredId, token: api.token({ party: unregisteredId, role: 'MANAGER' }) },
      },
      chain,
      chainId,
      entries: {
        chainOpened: opened.eventId,
        accident: accident.eventIds[0],
        nearMiss: nearMiss.eventIds[0],
        instructionIssued: issued.eventIds[0],
        retracted: notified.eventIds[0],
        ack: ack.eventIds[0],
      },
      revokedLinkId: '',
    };
    const made = await api.gql(
      'mutation L($input: CreateAcknowledgementLinksInput!) { createAcknowledgementLinks(input: $input) { links { linkId } } }',
      { input: linksFor(given, [cast.workers.tomasz.id]) },
      cast.steel.token,
    );
    given.revokedLinkId = made.data!.createAcknowledgementLinks.links[0].linkId;
    await api.gql('mutation R($input: RevokeAcknowledgementLinkInput!) { revokeAcknowledgementLink(input: $input) { eventIds } }', { input: { chainId, linkId: given.revokedLinkId } }, cast.steel.token);
    await prepareCompliance(api, given, INCIDENT_A);
    await prepareInspector(api, given);
    await preparePrevention(api, given, INCIDENT_A, INSTRUCTION_J);
  });
  afterAll(() => api?.close());

  it.each(cases.map((c) => [`${c.mutation}: ${c.what} → ${c.code}${c.reason ? ` (${c.reason})` : ''}`, c] as const))('%s', async (_, c) => {
    const before = await api.eventCount();
    const res = await send(api, c.mutation, c.input(given), c.token(given) ?? undefined);
    expect(res.errors).toHaveLength(1);
    const extensions = res.errors![0].extensions ?? {};
    expect({ code: extensions.code, reason: extensions.reason ?? null }).toEqual({ code: c.code, reason: c.reason });
    expect(res.data?.[c.mutation] ?? null).toBeNull();
    expect(await api.eventCount()).toBe(before);
  });

  it('walks every domain error code a chain mutation can reach', () => {
    const walked = new Set(cases.map((c) => c.reason));
    const missing = (Object.keys(domainErrorCatalog) as DomainErrorCode[]).filter((code) => !walked.has(code) && !(code in unreachable));
    expect(missing).toEqual([]);
    // and the list of unreachable codes holds no code that is walked after all
    expect(Object.keys(unreachable).filter((code) => walked.has(code))).toEqual([]);
  });

  it('the valid inputs succeed where the cases fail', async () => {
    // run last: these write. Each proves its mutation's base input is right, so the cases above
    // fail only for what they change. Ending Jan's link comes last: other inputs use it.
    const before = await api.eventCount();
    for (const mutation of [...mutations.filter((m) => m !== 'endEngagement'), 'endEngagement']) {
      const res = await send(api, mutation, valid[mutation](given), validToken[mutation](given)!);
      expect({ mutation, errors: res.errors }).toEqual({ mutation, errors: undefined });
    }
    expect(await api.eventCount()).toBe(before + mutations.length);
  });
});
