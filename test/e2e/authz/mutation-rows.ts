// The mutation matrix: every mutation of the schema, sent by every identity of the world, and what
// comes back: OK, or the error's `code/reason`. Rows run in this order and identities in WHO
// order, each against the state the calls before it left (a refused call writes nothing).
import type { GqlResponse } from '@schakel/api-harness';
import { daysAgo, instructionV1 } from '../chain-story';
import { WHO, type Who, type World } from './authz-world';

export const OK = 'OK';
export interface MutationRow {
  readonly mutation: string;
  readonly what: string;
  input(world: World, who: Who): Record<string, unknown>;
  readonly expect: Readonly<Record<Who, string>>;
  /** For a mutation that takes no `input` or answers no command payload: how to send it. */
  send?(world: World, who: Who): Promise<GqlResponse>;
}

/** Sends a mutation of any shape with `who`'s bearer token. */
const raw = (text: string, variables: (world: World, who: Who) => Record<string, unknown> = () => ({})) => (world: World, who: Who) =>
  world.api.gql(text, variables(world, who), world.token(who));
const MANAGER_OF = 'FORBIDDEN/MEMBER_MANAGER_REQUIRED';

const HASH = 'd'.repeat(64);
const ROLE = 'FORBIDDEN/ROLE_NOT_ALLOWED';
const NOT_IN_CHAIN = 'FORBIDDEN/CHAIN_PARTY_NOT_IN_CHAIN';
const NOT_REPORTABLE = 'FORBIDDEN/INCIDENT_VICTIM_NOT_REPORTABLE';
const INCIDENT_HIDDEN = 'NOT_FOUND/INCIDENT_NOT_FOUND';
const NOT_GRANTOR = 'FORBIDDEN/ACCESS_GRANTOR_NOT_ALLOWED';
const NOT_REVOKER = 'FORBIDDEN/ACCESS_REVOKER_NOT_ALLOWED';
const NOT_PRINCIPAL = 'FORBIDDEN/CONSTRUCTION_NOT_PRINCIPAL';
const NOT_HELD = 'FORBIDDEN/LINK_NOT_HELD';
const NOT_UPSTREAM = 'FORBIDDEN/VERGEWIS_NOT_UPSTREAM';
const NOT_OWN_ENTRY = 'FORBIDDEN/ENTRY_NOT_OWN';
const NOT_HOLDER = 'FORBIDDEN/DUTY_NOT_AUTHORITY_HOLDER';
const LINK_NOT_ALLOWED = 'FORBIDDEN/ACK_LINK_NOT_ALLOWED';
const ACTION_HIDDEN = 'NOT_FOUND/ACTION_NOT_FOUND';
const NOT_ASSIGNER = 'FORBIDDEN/ACTION_NOT_ASSIGNER';
const NOT_OWN_PARTY = 'FORBIDDEN/NOTICE_PARTY_NOT_OWN';

/** Every identity gets `rest`, except those named in `cells`. */
function table(rest: string, cells: Partial<Record<Who, string>>): Record<Who, string> {
  return Object.fromEntries(WHO.map((who) => [who, cells[who] ?? rest])) as Record<Who, string>;
}

/** A MANAGER-only mutation: WORKER, INSPECTOR and ADMIN tokens are refused by role; the managers get `rest` unless named. */
function managers(rest: string, cells: Partial<Record<Who, string>>): Record<Who, string> {
  return table(rest, { admin: ROLE, marek: ROLE, sanne: ROLE, inspector: ROLE, inspectorNoGrant: ROLE, ...cells });
}

const chain = (w: World) => ({ chainId: w.chainId });
const severities = ['ABSENCE', 'HOSPITAL_ADMISSION', 'PERMANENT_INJURY'];

/** A history file with one instruction, issued by the importer's own party, unique per identity. */
const historyFile = (w: World, who: Who) =>
  JSON.stringify({
    format: 'schakel-chain-history/1',
    source: `toolbox map van ${who}`,
    chain: { chainId: w.chainId },
    entries: [{ type: 'ISSUE_INSTRUCTION', ref: 'i', occurredAt: daysAgo(30), content: instructionV1.content, topics: instructionV1.topics }],
  });

export const mutationRows: MutationRow[] = [
  {
    mutation: 'registerParty',
    what: 'an administrator, or a manager registering a party it works with',
    input: (_w, who) => ({ kind: 'ORGANISATION', name: `Partij van ${who}` }),
    expect: table(OK, { marek: ROLE, sanne: ROLE, inspector: ROLE, inspectorNoGrant: ROLE }),
  },
  {
    mutation: 'registerWorker',
    what: 'a worker of its own party',
    input: (w, who) => ({ partyId: w.partyOf(who), name: `Collega van ${who}`, languages: ['nl'], relation: 'EMPLOYEE' }),
    expect: managers(OK, {}),
  },
  {
    mutation: 'openChain',
    what: 'a chain with its own party as principal',
    input: (w, who) => ({ name: `Keten van ${who}`, principalPartyId: w.partyOf(who) }),
    expect: managers(OK, {}),
  },
  {
    mutation: 'engageParty',
    what: 'a new party below its own',
    input: (w, who) => ({ ...chain(w), partyId: w.party[`spare-${who}`], kind: 'SUBCONTRACT', scope: 'Extra werk', startDate: '2026-10-01' }),
    expect: managers(OK, { outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'issueSafetyInstruction',
    what: 'a new instruction',
    input: (w) => ({ ...chain(w), ...instructionV1 }),
    expect: managers(OK, { outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'passDownInstruction',
    what: 'the instruction steel holds, down steel\'s link to the agency',
    input: (w) => ({ ...chain(w), instructionId: w.instruction.steelOnly, linkId: w.link.agency }),
    expect: managers(NOT_HELD, { steel: OK }),
  },
  {
    mutation: 'acknowledgeInstruction',
    what: 'the instruction passed down to steel, the agency and Jan, for its own party (a WORKER: for itself)',
    input: (w) => ({ ...chain(w), instructionId: w.instruction.passedDown, version: 1, language: 'nl' }),
    // record, then flag: a party in the chain that never received the version may still sign for it
    // (CHAIN-FLOWDOWN stays open); only a party outside the chain is refused
    expect: table(OK, { admin: ROLE, marek: 'CONFLICT/INSTRUCTION_ALREADY_ACKNOWLEDGED', outsider: NOT_IN_CHAIN, inspector: ROLE, inspectorNoGrant: ROLE }),
  },
  {
    mutation: 'createAcknowledgementLinks',
    what: "a link for the agency's lent worker Marek: his Arbo employer (the hirer, steel), his own party, or the party that passed the instruction down",
    input: (w) => ({ ...chain(w), instructionId: w.instruction.passedDown, version: 1, workerPartyId: w.party.agency, workerIds: [w.worker.marek] }),
    expect: managers(LINK_NOT_ALLOWED, { steel: OK, agency: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'revokeAcknowledgementLink',
    what: "the agency's link for Tomasz: only the party that made it (to anyone else it does not exist)",
    input: (w) => ({ ...chain(w), linkId: w.ackLinkId }),
    expect: managers('NOT_FOUND/ACK_LINK_NOT_FOUND', { agency: OK }),
  },
  {
    mutation: 'issueWorkerPass',
    what: "a personal pass for the agency's lent worker Tomasz: only his own party (the agency)",
    input: (w) => ({ workerPartyId: w.party.agency, workerId: w.worker.tomasz }),
    expect: managers('FORBIDDEN/PASS_NOT_OWN_WORKER', { agency: OK }),
  },
  {
    mutation: 'revokeWorkerPass',
    what: "a pass of Tomasz: only his own party revokes it",
    input: (w) => ({ workerPartyId: w.party.agency, passId: w.pass.spareId }),
    expect: managers('FORBIDDEN/PASS_NOT_OWN_WORKER', { agency: OK }),
  },
  {
    mutation: 'recordVergewisCheck',
    what: 'a check of Jan (below steel)',
    input: (w) => ({ ...chain(w), subjectPartyId: w.party.jan, subject: 'CERTIFICATE', outcome: 'CONFIRMED', summary: 'VCA gezien', evidence: [{ name: 'vca.pdf', sha256: HASH }], validUntil: '2030-01-01' }),
    expect: managers(NOT_UPSTREAM, { principal: OK, main: OK, steel: OK }),
  },
  {
    mutation: 'reportIncident',
    what: 'an accident to the agency\'s lent worker: only a party that sees the agency\'s link',
    input: (w) => ({
      ...chain(w),
      kind: 'ACCIDENT',
      happenedAt: daysAgo(1),
      location: 'Blok C',
      description: 'Hand bekneld',
      topics: ['HAND_INJURY'],
      victim: { partyId: w.party.agency, workerId: w.worker.marek, linkId: w.link.agency },
      severity: 'ABSENCE',
      absenceDays: 1,
    }),
    expect: table(OK, { admin: ROLE, sibling: NOT_REPORTABLE, jan: NOT_REPORTABLE, piotr: NOT_REPORTABLE, outsider: NOT_IN_CHAIN, inspector: ROLE, inspectorNoGrant: ROLE }),
  },
  {
    mutation: 'reportIncident',
    what: 'a death in the principal\'s staff, naming a worker of another party',
    input: (w) => ({
      ...chain(w),
      kind: 'ACCIDENT',
      happenedAt: daysAgo(1),
      location: 'Kantoor',
      description: 'Valse melding',
      topics: [],
      victim: { partyId: w.party.principal, workerId: w.worker.bob, linkId: null },
      severity: 'DEATH',
      absenceDays: 0,
    }),
    expect: table(NOT_REPORTABLE, { admin: ROLE, principal: 'BAD_USER_INPUT/INCIDENT_VICTIM_WORKER_NOT_OF_PARTY', outsider: NOT_IN_CHAIN, inspector: ROLE, inspectorNoGrant: ROLE }),
  },
  {
    mutation: 'reportIncident',
    what: 'a harmless accident to its own party on no link',
    input: (w, who) => ({
      ...chain(w),
      kind: 'ACCIDENT',
      happenedAt: daysAgo(1),
      location: 'Bouwkeet',
      description: 'Splinter',
      topics: [],
      victim: { partyId: w.partyOf(who), workerId: null, linkId: null },
      severity: 'ABSENCE',
      absenceDays: 0,
    }),
    expect: table('BAD_USER_INPUT/INCIDENT_VICTIM_LINK_REQUIRED', { admin: ROLE, principal: OK, outsider: NOT_IN_CHAIN, inspector: ROLE, inspectorNoGrant: ROLE }),
  },
  {
    mutation: 'reportIncident',
    what: 'a harmless accident to its own party on the link that engaged it',
    input: (w, who) => {
      const into: Record<string, string | null> = {
        principal: null,
        main: w.link.main,
        steel: w.link.steel,
        sibling: w.link.sibling,
        agency: w.link.agency,
        jan: w.link.jan,
        piotr: w.link.piotr,
        outsider: null,
      };
      const party = w.partyOf(who);
      const name = Object.keys(w.party).find((key) => w.party[key] === party) ?? '';
      return {
        ...chain(w),
        kind: 'ACCIDENT',
        happenedAt: daysAgo(1),
        location: 'Bouwkeet',
        description: 'Splinter',
        topics: [],
        victim: { partyId: party, workerId: null, linkId: into[name] ?? null },
        severity: 'ABSENCE',
        absenceDays: 0,
      };
    },
    expect: table(OK, { admin: ROLE, outsider: NOT_IN_CHAIN, inspector: ROLE, inspectorNoGrant: ROLE }),
  },
  {
    mutation: 'notifyIncident',
    what: 'the NLA of the accident to the agency\'s lent worker',
    input: (w) => ({ ...chain(w), incidentId: w.incident.marek, authority: 'NLA', channel: 'ONLINE' }),
    expect: managers(OK, { sibling: INCIDENT_HIDDEN, jan: INCIDENT_HIDDEN, piotr: INCIDENT_HIDDEN, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'notifyIncident',
    what: 'the principal of the accident to the sibling\'s employee',
    input: (w) => ({ ...chain(w), incidentId: w.incident.bob, recipientPartyId: w.party.principal, channel: 'EMAIL' }),
    expect: managers(INCIDENT_HIDDEN, { principal: 'BAD_USER_INPUT/INCIDENT_NOTIFY_SELF', main: OK, sibling: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'reclassifyIncident',
    what: 'the accident steel reported about its own employee',
    input: (w, who) => ({
      ...chain(w),
      incidentId: w.incident.sanne,
      severity: severities[WHO.indexOf(who) % severities.length],
      absenceDays: 10 + WHO.indexOf(who),
      becameKnownAt: daysAgo(0.5),
      reason: 'Later bekend',
    }),
    expect: managers('FORBIDDEN/INCIDENT_NOT_OWN', { principal: OK, steel: OK }),
  },
  {
    mutation: 'correctEntry',
    what: 'steel\'s check of Jan',
    input: (w, who) => ({ ...chain(w), targetEventId: w.entry.checkJan, reason: 'Typfout', changes: { summary: `Gezien door ${who}` } }),
    expect: managers(NOT_OWN_ENTRY, { steel: OK }),
  },
  {
    mutation: 'retractEntry',
    what: 'the main contractor\'s near miss',
    input: (w) => ({ ...chain(w), targetEventId: w.entry.nearMiss, reason: 'Dubbel ingevoerd' }),
    expect: managers(NOT_OWN_ENTRY, { main: OK }),
  },
  {
    mutation: 'grantInspectorAccess',
    what: 'the NLA: only the principal and the Arbo employer of an accident victim',
    input: (w) => ({ ...chain(w), inspectorPartyId: w.party.nla, validFrom: daysAgo(1), validUntil: daysAgo(-30) }),
    expect: managers(OK, { agency: NOT_GRANTOR, jan: NOT_GRANTOR, piotr: NOT_GRANTOR, outsider: NOT_GRANTOR }),
  },
  {
    mutation: 'acknowledgeHealthSafetyPlan',
    what: 'the current V&G plan',
    input: (w) => ({ ...chain(w), version: 1 }),
    expect: managers(OK, { outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'publishHealthSafetyPlan',
    what: 'a new V&G plan version',
    input: (w) => ({ ...chain(w), contentHash: HASH, summary: 'V&G-plan' }),
    expect: managers(NOT_PRINCIPAL, { principal: OK, main: OK }),
  },
  {
    mutation: 'appointCoordinator',
    what: 'the design-phase coordinator',
    input: (w) => ({ ...chain(w), phase: 'DESIGN', coordinatorPartyId: w.party.main }),
    expect: managers(NOT_PRINCIPAL, { principal: OK }),
  },
  {
    mutation: 'appointCoordinator',
    what: 'the execution-phase coordinator: the principal, or the uitvoerende partij (main) its own',
    input: (w) => ({ ...chain(w), phase: 'EXECUTION', coordinatorPartyId: w.party.main }),
    expect: managers(NOT_PRINCIPAL, { principal: OK, main: OK }),
  },
  {
    mutation: 'recordExecutionAgreement',
    what: 'the written agreement with the uitvoerende partij (Arbobesluit 2.32(2))',
    input: (w, who) => ({ ...chain(w), uitvoerendePartyId: w.party.main, reference: `AGR-${who}` }),
    expect: managers(NOT_PRINCIPAL, { principal: OK }),
  },
  {
    mutation: 'issueCoordinatorDirection',
    what: 'a direction to steel',
    input: (w) => ({ ...chain(w), addresseePartyIds: [w.party.steel], text: 'Helm op' }),
    expect: managers('FORBIDDEN/DIRECTION_NOT_COORDINATOR', { main: OK }),
  },
  {
    mutation: 'acknowledgeCoordinatorDirection',
    what: 'the direction addressed to steel, the sibling, Jan and the agency',
    input: (w) => ({ ...chain(w), directionId: w.direction }),
    expect: managers('FORBIDDEN/DIRECTION_NOT_ADDRESSED', { steel: OK, sibling: OK, agency: OK, jan: OK }),
  },
  {
    mutation: 'describeConstructionProject',
    what: 'the construction project',
    input: (w) => ({ ...chain(w), estimatedWorkingDays: 40, peakSimultaneousWorkers: 25, personDays: 600, plannedSiteStart: '2026-12-01' }),
    expect: managers(NOT_PRINCIPAL, { principal: OK }),
  },
  {
    mutation: 'fileConstructionNotice',
    what: 'the prior notice',
    input: (w, who) => ({ ...chain(w), reference: `NLA-${who}` }),
    expect: managers(NOT_PRINCIPAL, { principal: OK }),
  },
  {
    mutation: 'recordCompanyCertificate',
    what: 'a certificate of its own party',
    input: (w, who) => ({ partyId: w.partyOf(who), scheme: 'VCA_2STAR', registerNumber: `VCA-${who}`, issuedOn: '2026-01-01', validUntil: '2029-01-01' }),
    expect: managers(OK, {}),
  },
  {
    mutation: 'recordWorkerDiploma',
    what: 'a diploma of steel\'s employee',
    input: (w, who) => ({ partyId: w.party.steel, workerId: w.worker.sanne, diploma: 'B_VCA', registerNumber: `D-${who}`, issuedOn: '2025-01-01' }),
    expect: managers('FORBIDDEN/PARTY_NOT_OWN', { steel: OK }),
  },
  {
    mutation: 'recordIncidentMeasures',
    what: 'measures after the accident to the lent worker: its Arbo employer (the hirer)',
    input: (w) => ({ ...chain(w), incidentId: w.incident.marek, description: 'Leuningen geplaatst', evidence: [] }),
    expect: managers(NOT_HOLDER, { steel: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'resumeWork',
    what: 'the lent worker resumes: its Arbo employer (the hirer)',
    input: (w) => ({ ...chain(w), incidentId: w.incident.marek }),
    expect: managers(NOT_HOLDER, { steel: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'deliverRieExtract',
    what: 'the RI&E extract over the lending link: the hirer',
    input: (w) => ({ ...chain(w), linkId: w.link.agency, contentHash: HASH, summary: 'RI&E' }),
    expect: managers(NOT_HELD, { steel: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'startWork',
    what: 'a lent worker starts on the lending link',
    input: (w) => ({ ...chain(w), linkId: w.link.agency, workerPartyId: w.party.agency, workerId: w.worker.tomasz, topics: ['WORK_AT_HEIGHT'] }),
    expect: managers(NOT_HELD, { steel: OK, agency: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'assignCorrectiveAction',
    what: "an action on the accident to steel's employee, to its own party: those who see the incident",
    input: (w, who) => ({ ...chain(w), subjectKind: 'INCIDENT', incidentId: w.incident.sanne, assigneePartyId: w.partyOf(who), description: 'Steiger keuren', dueAt: daysAgo(-5) }),
    expect: managers(INCIDENT_HIDDEN, { principal: OK, main: OK, steel: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'commentOnCorrectiveAction',
    what: "the thread of main's action for steel: the two parties involved; above them read only",
    input: (w) => ({ ...chain(w), actionId: w.action, text: 'Wanneer klaar?' }),
    expect: managers(ACTION_HIDDEN, { principal: 'FORBIDDEN/ACTION_NOT_INVOLVED', main: OK, steel: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'completeCorrectiveAction',
    what: 'completing the action: the assignee (steel)',
    input: (w) => ({ ...chain(w), actionId: w.action, note: 'Gedaan', evidence: [{ name: 'foto.jpg', sha256: HASH }] }),
    expect: managers(ACTION_HIDDEN, { principal: 'FORBIDDEN/ACTION_NOT_ASSIGNEE', main: 'FORBIDDEN/ACTION_NOT_ASSIGNEE', steel: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'verifyCorrectiveAction',
    what: 'verifying the completed action: the assigner (main)',
    input: (w) => ({ ...chain(w), actionId: w.action }),
    expect: managers(ACTION_HIDDEN, { principal: NOT_ASSIGNER, main: OK, steel: NOT_ASSIGNER, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'reopenCorrectiveAction',
    what: 'reopening the verified action: the assigner (main)',
    input: (w) => ({ ...chain(w), actionId: w.action, reason: 'Plank zit weer los' }),
    expect: managers(ACTION_HIDDEN, { principal: NOT_ASSIGNER, main: OK, steel: NOT_ASSIGNER, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'recordToolboxMeeting',
    what: 'a toolbox meeting: any manager of a party in the chain',
    input: (w) => ({ ...chain(w), site: 'Keet', topics: ['WORK_AT_HEIGHT'], instructions: [], language: 'nl', leaderName: 'Voorman' }),
    expect: managers(OK, { outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'recordToolboxAttendanceList',
    what: "a paper list with Tomasz for steel's meeting: the organizer or the worker's party (Tomasz is then on it)",
    input: (w) => ({ ...chain(w), meetingId: w.meeting, workerPartyId: w.party.agency, workerIds: [w.worker.tomasz] }),
    expect: managers('FORBIDDEN/TOOLBOX_LIST_NOT_ALLOWED', { steel: OK, agency: 'CONFLICT/TOOLBOX_ALREADY_ATTENDED', outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'attendToolboxMeeting',
    what: "attending steel's meeting by its QR code: a worker's own act (WORKER token)",
    input: (w) => ({ ...chain(w), meetingId: w.meeting }),
    expect: table(ROLE, { marek: OK, sanne: OK }),
  },
  {
    mutation: 'recordDirectSupervision',
    what: 'supervising the zzp\'er without gezag',
    input: (w, who) => ({ ...chain(w), linkId: w.link.piotr, supervisorPartyId: w.partyOf(who), description: 'Voorman stuurt direct aan' }),
    expect: managers(NOT_UPSTREAM, { principal: OK, main: OK, steel: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'setLinkRequirements',
    what: 'contract minimums of the lending link',
    input: (w) => ({ ...chain(w), linkId: w.link.agency, minimumLadderStep: 3 }),
    expect: managers(NOT_HELD, { steel: OK, outsider: NOT_IN_CHAIN }),
  },
  {
    mutation: 'revokeInspectorAccess',
    what: 'the principal\'s grant to the NLA: only the principal (its grantor)',
    input: (w) => ({ ...chain(w), grantId: w.grant, reason: 'Onderzoek afgerond' }),
    expect: managers(NOT_GRANTOR, { principal: OK, main: NOT_REVOKER, steel: NOT_REVOKER, sibling: NOT_REVOKER }),
  },
  {
    mutation: 'endEngagement',
    what: 'steel\'s supply link (the principal: the main contractor\'s)',
    input: (w, who) => ({ ...chain(w), linkId: who === 'principal' ? w.link.leafMain : w.link.leafSteel, endDate: '2026-11-01', reason: 'Gereed' }),
    expect: managers(NOT_HELD, { principal: OK, steel: OK }),
  },
  {
    mutation: 'importChainHistory',
    what: 'a history file into the chain: a manager of a party in it, about its own party',
    input: (w, who) => ({ content: historyFile(w, who) }),
    expect: managers(OK, { outsider: 'FORBIDDEN/IMPORT_NOT_IN_CHAIN' }),
  },
  {
    mutation: 'inviteMember',
    what: 'a person into its own party (an ADMIN: into steel)',
    input: (w, who) => ({ partyId: who === 'admin' ? w.party.steel : w.partyOf(who), email: `${who}-collega@example.test`, name: `Collega van ${who}`, role: 'MANAGER', language: 'nl' }),
    expect: managers(OK, { admin: OK }),
  },
  {
    mutation: 'inviteMember',
    what: 'a person into steel\'s party: only steel and an ADMIN',
    input: (w, who) => ({ partyId: w.party.steel, email: `${who}-bij-staal@example.test`, name: `Gast van ${who}`, role: 'MANAGER', language: 'nl' }),
    expect: managers(MANAGER_OF, { admin: OK, steel: OK }),
  },
  {
    mutation: 'changeMemberRole',
    what: 'of someone in steel\'s party who is no member: steel and an ADMIN get as far as NOT_FOUND',
    input: (w) => ({ partyId: w.party.steel, userId: 'niemand', role: 'INSPECTOR' }),
    expect: managers(MANAGER_OF, { admin: 'NOT_FOUND/MEMBER_NOT_FOUND', steel: 'NOT_FOUND/MEMBER_NOT_FOUND' }),
  },
  {
    mutation: 'removeMember',
    what: 'someone of steel\'s party who is no member: steel and an ADMIN get as far as NOT_FOUND',
    input: (w) => ({ partyId: w.party.steel, userId: 'niemand' }),
    expect: managers(MANAGER_OF, { admin: 'NOT_FOUND/MEMBER_NOT_FOUND', steel: 'NOT_FOUND/MEMBER_NOT_FOUND' }),
  },
  {
    mutation: 'setNoticePreference',
    what: "the agency's notification choice: its members (a MANAGER, or its worker Marek), for themselves",
    input: (w) => ({ partyId: w.party.agency, trigger: 'INCIDENT_NOTIFIED', mode: 'OFF' }),
    send: raw('mutation S($input: SetNoticePreferenceInput!) { setNoticePreference(input: $input) { mode } }', (w) => ({ input: { partyId: w.party.agency, trigger: 'INCIDENT_NOTIFIED', mode: 'OFF' } })),
    expect: table(NOT_OWN_PARTY, { admin: ROLE, agency: OK, marek: OK, inspector: ROLE, inspectorNoGrant: ROLE }),
  },
  {
    mutation: 'registerWebhookEndpoint',
    what: "a webhook for steel: only steel's MANAGER gets past the gate, to the URL check (a private address is refused)",
    input: () => ({}),
    send: raw('mutation W($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { secret } }', (w) => ({
      input: { partyId: w.party.steel, url: 'https://10.0.0.5/hooks', triggers: ['INCIDENT_NOTIFIED'] },
    })),
    expect: managers(NOT_OWN_PARTY, { steel: 'BAD_USER_INPUT/WEBHOOK_URL_INTERNAL' }),
  },
  {
    mutation: 'redeliverWebhook',
    what: 'a webhook delivery that is not the caller\'s party\'s: as unknown as none',
    input: () => ({}),
    send: raw('mutation { redeliverWebhook(deliveryId: "0190b8a0-0000-7000-8000-00000000dead") { id } }'),
    expect: managers('NOT_FOUND/NOTICE_DELIVERY_NOT_FOUND', {}),
  },
  {
    mutation: 'acceptInvitation',
    what: 'an invitation never made: nobody\'s to accept (the invited person\'s own is in identity-invitations)',
    input: (w) => ({ partyId: w.party.steel, invitationId: '0190b8a0-0000-7000-8000-00000000beef' }),
    expect: table('NOT_FOUND/INVITATION_NOT_FOUND', {}),
  },
  {
    mutation: 'requestSignIn',
    what: 'public: the same answer for anyone and any address',
    input: () => ({}),
    send: raw('mutation { requestSignIn(email: "onbekend@example.test") }'),
    expect: table(OK, {}),
  },
  {
    mutation: 'completeSignIn',
    what: 'public: a code that was never issued signs nobody in',
    input: () => ({}),
    send: raw('mutation { completeSignIn(code: "nooit-uitgegeven-code-nooit-uitgegeven") { sessionId } }'),
    expect: table('UNAUTHENTICATED/SIGN_IN_CODE_INVALID', {}),
  },
  {
    mutation: 'signOut',
    what: 'a bearer token has no session to end (answers false)',
    input: () => ({}),
    send: raw('mutation { signOut }'),
    expect: table(OK, {}),
  },
  {
    mutation: 'revokeSession',
    what: 'a session that is not the caller\'s',
    input: () => ({}),
    send: raw('mutation { revokeSession(id: "0190b8a0-0000-7000-8000-00000000dead") }'),
    expect: table('NOT_FOUND/SESSION_NOT_FOUND', {}),
  },
  {
    mutation: 'erasePersonalData',
    what: "the agency's lent worker Tomasz: an ADMIN (first, so it is erased), or a MANAGER of the agency (then: already erased, past the access check)",
    input: (w) => ({ partyId: w.party.agency, subjectId: w.worker.tomasz, reason: 'Verzoek art. 17 AVG' }),
    expect: table('FORBIDDEN/PERSONAL_DATA_ERASER_NOT_ALLOWED', {
      admin: OK,
      agency: 'CONFLICT/PERSONAL_DATA_ALREADY_ERASED',
      marek: ROLE,
      sanne: ROLE,
      inspector: ROLE,
      inspectorNoGrant: ROLE,
    }),
  },
];
