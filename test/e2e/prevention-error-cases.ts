// The prevention mutations' expected failures for errors.e2e-spec.ts (the gate, corrective actions,
// toolbox meetings): one case per domain error code they add, against the same given chain (story 1,
// accident INCIDENT_A to lent worker Marek, reported by steel; instruction J passed to steel and the agency).
import type { ApiHarness } from '@schakel/api-harness';
import type { DomainErrorCode } from '@schakel/domain';
import { ok, send, type Cast, type ChainOfStory1 } from './chain-story';

type Code = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BUSINESS_RULE_VIOLATED';
export interface PreventionGiven {
  cast: Cast;
  chain: ChainOfStory1;
  chainId: string;
}
interface PreventionCase {
  what: string;
  mutation: string;
  code: Code;
  reason: string;
  token: (g: PreventionGiven) => string;
  input: (g: PreventionGiven) => Record<string, unknown>;
}

const UNKNOWN = '01900000-0000-7000-8000-000000009951';
/** Filled by preparePrevention. */
const prepared = { open: '', completed: '', full: '', meeting: '', instructionJ: '', ghostWorkerToken: '', revokedPassId: '' };

/** Given-steps: main's actions for steel (one open, one completed, one with a full thread); steel's toolbox meeting on J, attended by Sanne. */
export async function preparePrevention(api: ApiHarness, g: PreventionGiven, incidentId: string, instructionJ: string): Promise<void> {
  const { chainId, cast } = g;
  prepared.instructionJ = instructionJ;
  const assign = async () =>
    (await ok(api, 'assignCorrectiveAction', { chainId, subjectKind: 'INCIDENT', incidentId, assigneePartyId: cast.steel.id, description: 'Randbeveiliging plaatsen', dueAt: new Date(Date.now() + 86_400_000).toISOString() }, cast.main.token)).actionId as string;
  prepared.open = await assign();
  prepared.completed = await assign();
  await ok(api, 'completeCorrectiveAction', { chainId, actionId: prepared.completed, note: 'Geplaatst', evidence: [] }, cast.steel.token);
  prepared.full = await assign();
  for (let i = 0; i < 200; i++) await ok(api, 'commentOnCorrectiveAction', { chainId, actionId: prepared.full, text: `Stand ${i}` }, cast.steel.token);
  prepared.meeting = (
    await ok(api, 'recordToolboxMeeting', { chainId, site: 'Galerij 3', topics: ['WORK_AT_HEIGHT'], instructions: [{ instructionId: instructionJ, version: 1 }], language: 'nl', leaderName: 'Uitvoerder' }, cast.steel.token)
  ).meetingId as string;
  const attended = await send(api, 'attendToolboxMeeting', { chainId, meetingId: prepared.meeting }, cast.workers.sanne.token);
  expect(attended.errors).toBeUndefined();
  prepared.ghostWorkerToken = api.token({ party: cast.agency.id, role: 'WORKER', worker: UNKNOWN });
  const issued = await api.gql('mutation P($input: IssueWorkerPassInput!) { issueWorkerPass(input: $input) { pass { passId } } }', { input: { workerId: cast.workers.jan.id } }, cast.jan.token);
  prepared.revokedPassId = issued.data!.issueWorkerPass.pass.passId as string;
  expect((await send(api, 'revokeWorkerPass', { passId: prepared.revokedPassId }, cast.jan.token)).errors).toBeUndefined();
}

const as = (pick: (c: Cast) => { token: string }) => (g: PreventionGiven) => pick(g.cast).token;
const soon = () => new Date(Date.now() + 3_600_000).toISOString();

export function preventionCases(incidentId: string): PreventionCase[] {
  const assign = (g: PreventionGiven, more: Record<string, unknown> = {}) => ({ chainId: g.chainId, subjectKind: 'INCIDENT', incidentId, description: 'Leuning herstellen', dueAt: soon(), ...more });
  const janStart = (g: PreventionGiven, gate: Record<string, unknown>) => ({ chainId: g.chainId, linkId: g.chain.links.jan, workerPartyId: g.cast.jan.id, workerId: g.cast.workers.jan.id, topics: ['WORK_AT_HEIGHT'], gate });
  const sanneStart = (g: PreventionGiven, gate: Record<string, unknown>) => ({ chainId: g.chainId, linkId: g.chain.links.steel, workerPartyId: g.cast.steel.id, workerId: g.cast.workers.sanne.id, topics: ['WELDING'], gate });
  return [
    { mutation: 'startWork', what: 'through the gate despite NO-GO without a reason (Jan never acknowledged J)', code: 'BAD_USER_INPUT', reason: 'START_OVERRIDE_REASON_REQUIRED', token: as((c) => c.steel), input: (g) => janStart(g, { passScanned: true }) },
    { mutation: 'startWork', what: 'an override reason for a GO start', code: 'BAD_USER_INPUT', reason: 'START_OVERRIDE_NOT_NEEDED', token: as((c) => c.steel), input: (g) => sanneStart(g, { passScanned: true, overrideReason: 'Voor de zekerheid' }) },
    { mutation: 'assignCorrectiveAction', what: 'a description over 1000 characters', code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG', token: as((c) => c.main), input: (g) => assign(g, { description: 'x'.repeat(1001) }) },
    { mutation: 'assignCorrectiveAction', what: 'a finding that did not arise', code: 'NOT_FOUND', reason: 'FINDING_NOT_FOUND', token: as((c) => c.main), input: (g) => assign(g, { subjectKind: 'FINDING', finding: { ruleId: 'NL-ARBO-9-REPORT', arisenAt: '2026-01-01T00:00:00Z' } }) },
    { mutation: 'assignCorrectiveAction', what: 'due before now', code: 'BAD_USER_INPUT', reason: 'ACTION_DUE_NOT_AFTER_ASSIGNMENT', token: as((c) => c.main), input: (g) => assign(g, { dueAt: '2026-01-01T00:00:00Z' }) },
    { mutation: 'assignCorrectiveAction', what: 'to a party outside the chain', code: 'BUSINESS_RULE_VIOLATED', reason: 'ACTION_ASSIGNEE_NOT_IN_CHAIN', token: as((c) => c.main), input: (g) => assign(g, { assigneePartyId: g.cast.outsider.id }) },
    { mutation: 'assignCorrectiveAction', what: 'by steel to main, above it', code: 'FORBIDDEN', reason: 'ACTION_ASSIGNEE_NOT_BELOW', token: as((c) => c.steel), input: (g) => assign(g, { assigneePartyId: g.cast.main.id }) },
    { mutation: 'commentOnCorrectiveAction', what: 'on an action that does not exist', code: 'NOT_FOUND', reason: 'ACTION_NOT_FOUND', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, actionId: UNKNOWN, text: 'Hallo' }) },
    { mutation: 'commentOnCorrectiveAction', what: 'by the principal, who reads but is not involved', code: 'FORBIDDEN', reason: 'ACTION_NOT_INVOLVED', token: as((c) => c.principal), input: (g) => ({ chainId: g.chainId, actionId: prepared.open, text: 'Hallo' }) },
    { mutation: 'commentOnCorrectiveAction', what: 'on a thread of 200 comments', code: 'BUSINESS_RULE_VIOLATED', reason: 'ACTION_THREAD_FULL', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, actionId: prepared.full, text: 'Nog een' }) },
    { mutation: 'completeCorrectiveAction', what: 'by the assigner', code: 'FORBIDDEN', reason: 'ACTION_NOT_ASSIGNEE', token: as((c) => c.main), input: (g) => ({ chainId: g.chainId, actionId: prepared.open, note: 'Klaar', evidence: [] }) },
    { mutation: 'completeCorrectiveAction', what: 'a second time', code: 'CONFLICT', reason: 'ACTION_NOT_OPEN', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, actionId: prepared.completed, note: 'Klaar', evidence: [] }) },
    { mutation: 'verifyCorrectiveAction', what: 'by the assignee', code: 'FORBIDDEN', reason: 'ACTION_NOT_ASSIGNER', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, actionId: prepared.completed }) },
    { mutation: 'verifyCorrectiveAction', what: 'an action still open', code: 'CONFLICT', reason: 'ACTION_NOT_COMPLETED', token: as((c) => c.main), input: (g) => ({ chainId: g.chainId, actionId: prepared.open }) },
    { mutation: 'recordToolboxMeeting', what: 'the same instruction twice', code: 'BAD_USER_INPUT', reason: 'TOOLBOX_INSTRUCTIONS_INVALID', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, site: 'Keet', topics: [], instructions: [{ instructionId: prepared.instructionJ, version: 1 }, { instructionId: prepared.instructionJ, version: 1 }], language: 'nl', leaderName: 'Voorman' }) },
    { mutation: 'attendToolboxMeeting', what: 'a meeting that does not exist', code: 'NOT_FOUND', reason: 'TOOLBOX_MEETING_NOT_FOUND', token: (g) => g.cast.workers.tomasz.token, input: (g) => ({ chainId: g.chainId, meetingId: UNKNOWN }) },
    { mutation: 'attendToolboxMeeting', what: 'Sanne a second time', code: 'CONFLICT', reason: 'TOOLBOX_ALREADY_ATTENDED', token: (g) => g.cast.workers.sanne.token, input: (g) => ({ chainId: g.chainId, meetingId: prepared.meeting }) },
    { mutation: 'attendToolboxMeeting', what: 'a WORKER token for a worker its party does not have', code: 'FORBIDDEN', reason: 'TOOLBOX_ATTENDANCE_NOT_OWN', token: () => prepared.ghostWorkerToken, input: (g) => ({ chainId: g.chainId, meetingId: prepared.meeting }) },
    { mutation: 'recordToolboxAttendanceList', what: 'the same worker twice', code: 'BAD_USER_INPUT', reason: 'TOOLBOX_WORKERS_INVALID', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, meetingId: prepared.meeting, workerPartyId: g.cast.agency.id, workerIds: [g.cast.workers.tomasz.id, g.cast.workers.tomasz.id] }) },
    { mutation: 'issueWorkerPass', what: "a pass for Jan by steel, not his own party", code: 'FORBIDDEN', reason: 'PASS_NOT_OWN_WORKER', token: as((c) => c.steel), input: (g) => ({ workerPartyId: g.cast.jan.id, workerId: g.cast.workers.jan.id }) },
    { mutation: 'issueWorkerPass', what: 'a pass that expired already', code: 'BAD_USER_INPUT', reason: 'PASS_EXPIRY_INVALID', token: as((c) => c.jan), input: (g) => ({ workerId: g.cast.workers.jan.id, expiresAt: '2026-01-01T00:00:00Z' }) },
    { mutation: 'revokeWorkerPass', what: 'a pass that was never issued', code: 'NOT_FOUND', reason: 'PASS_NOT_FOUND', token: as((c) => c.jan), input: () => ({ passId: 'no-such-pass' }) },
    { mutation: 'revokeWorkerPass', what: 'a pass revoked before', code: 'CONFLICT', reason: 'PASS_ALREADY_REVOKED', token: as((c) => c.jan), input: () => ({ passId: prepared.revokedPassId }) },
    { mutation: 'recordToolboxAttendanceList', what: 'by main, neither the organizer nor the workers\' party', code: 'FORBIDDEN', reason: 'TOOLBOX_LIST_NOT_ALLOWED', token: as((c) => c.main), input: (g) => ({ chainId: g.chainId, meetingId: prepared.meeting, workerPartyId: g.cast.agency.id, workerIds: [g.cast.workers.tomasz.id] }) },
  ];
}

export const preventionUnreachable: Partial<Record<DomainErrorCode, string>> = {
  START_CHECK_NO_LINK: 'raised by the startCheck query only (prevention-gate e2e); startWork names its link',
  START_CHECK_LINK_AMBIGUOUS: 'raised by the startCheck query only; startWork names its link',
  ACTION_ALREADY_ASSIGNED: 'action ids are made fresh per call (a retry under the same Idempotency-Key is a replay)',
  TOOLBOX_MEETING_EXISTS: 'meeting ids are made fresh per call (a retry under the same Idempotency-Key is a replay)',
  PASS_ALREADY_ISSUED: 'pass ids derive from a fresh issue id per call (a retry under the same Idempotency-Key is a replay)',
};
