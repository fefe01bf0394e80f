// The compliance mutations' expected failures for errors.e2e-spec.ts: one case per domain error
// code they add, run against the same given chain (story 1, accident INCIDENT_A to lent worker Marek).
import type { ApiHarness } from '@schakel/api-harness';
import type { DomainErrorCode } from '@schakel/domain';
import { ok, type Cast, type ChainOfStory1 } from './chain-story';

type Code = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BUSINESS_RULE_VIOLATED';
export interface ComplianceGiven {
  cast: Cast;
  chain: ChainOfStory1;
  chainId: string;
}
interface ComplianceCase {
  what: string;
  mutation: string;
  code: Code;
  reason: string;
  token: (g: ComplianceGiven) => string;
  input: (g: ComplianceGiven) => Record<string, unknown>;
}

const HASH = 'a'.repeat(64);
const UNKNOWN_DIRECTION = '01900000-0000-7000-8000-000000009901';
/** Filled by prepareCompliance: the direction main (the coordinator) addressed to steel. */
const prepared = { directionId: '' };

/** Given-steps: Marek resumed after INCIDENT_A, V&G plan v1 acknowledged by steel, main coordinates and directed steel. */
export async function prepareCompliance(api: ApiHarness, g: ComplianceGiven, incidentId: string): Promise<void> {
  const { chainId, cast } = g;
  await ok(api, 'resumeWork', { chainId, incidentId }, cast.steel.token);
  await ok(api, 'publishHealthSafetyPlan', { chainId, contentHash: HASH, summary: 'V&G-plan v1' }, cast.principal.token);
  await ok(api, 'acknowledgeHealthSafetyPlan', { chainId, version: 1 }, cast.steel.token);
  await ok(api, 'appointCoordinator', { chainId, phase: 'EXECUTION', coordinatorPartyId: cast.main.id }, cast.principal.token);
  const res = await api.gql(
    'mutation D($input: IssueCoordinatorDirectionInput!) { issueCoordinatorDirection(input: $input) { directionId } }',
    { input: { chainId, addresseePartyIds: [cast.steel.id], text: 'Randbeveiliging galerij 3 direct herstellen' } },
    cast.main.token,
  );
  prepared.directionId = res.data!.issueCoordinatorDirection.directionId as string;
  await ok(api, 'acknowledgeCoordinatorDirection', { chainId, directionId: prepared.directionId }, cast.steel.token);
}

const as = (pick: (c: Cast) => { token: string }) => (g: ComplianceGiven) => pick(g.cast).token;

export function complianceCases(incidentId: string): ComplianceCase[] {
  return [
    { mutation: 'recordIncidentMeasures', what: 'by the agency instead of the hirer', code: 'FORBIDDEN', reason: 'DUTY_NOT_AUTHORITY_HOLDER', token: as((c) => c.agency), input: (g) => ({ chainId: g.chainId, incidentId, description: 'Leuningen', evidence: [] }) },
    { mutation: 'resumeWork', what: 'a second time', code: 'CONFLICT', reason: 'RESUMPTION_ALREADY_RECORDED', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, incidentId }) },
    { mutation: 'deliverRieExtract', what: 'over a zzp link', code: 'BUSINESS_RULE_VIOLATED', reason: 'RIE_LINK_NOT_LENDING', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, linkId: g.chain.links.jan, contentHash: HASH, summary: 'RI&E' }) },
    { mutation: 'startWork', what: 'a lent worker on a zzp link', code: 'BAD_USER_INPUT', reason: 'WORK_WORKER_NOT_ON_LINK', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, linkId: g.chain.links.jan, workerPartyId: g.cast.agency.id, workerId: g.cast.workers.tomasz.id, topics: ['WORK_AT_HEIGHT'] }) },
    { mutation: 'recordDirectSupervision', what: 'on a LENDING link', code: 'BUSINESS_RULE_VIOLATED', reason: 'SUPERVISION_LINK_NOT_SELF_EMPLOYED', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, linkId: g.chain.links.agency, supervisorPartyId: g.cast.steel.id, description: 'Voorman' }) },
    { mutation: 'setLinkRequirements', what: 'ladder step 7', code: 'BAD_USER_INPUT', reason: 'LADDER_STEP_INVALID', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, linkId: g.chain.links.agency, minimumLadderStep: 7 }) },
    { mutation: 'recordCompanyCertificate', what: 'valid until before issued', code: 'BAD_USER_INPUT', reason: 'CREDENTIAL_VALIDITY_INVALID', token: as((c) => c.steel), input: (g) => ({ partyId: g.cast.steel.id, scheme: 'VCA_2STAR', registerNumber: 'VCA-1', issuedOn: '2026-01-01', validUntil: '2025-01-01' }) },
    { mutation: 'fileConstructionNotice', what: 'by the main contractor', code: 'FORBIDDEN', reason: 'CONSTRUCTION_NOT_PRINCIPAL', token: as((c) => c.main), input: (g) => ({ chainId: g.chainId, reference: 'NLA-1' }) },
    { mutation: 'fileConstructionNotice', what: 'before the project is described', code: 'BUSINESS_RULE_VIOLATED', reason: 'CONSTRUCTION_PROJECT_NOT_DESCRIBED', token: as((c) => c.principal), input: (g) => ({ chainId: g.chainId, reference: 'NLA-1' }) },
    { mutation: 'describeConstructionProject', what: 'negative person-days', code: 'BAD_USER_INPUT', reason: 'CONSTRUCTION_FIGURE_INVALID', token: as((c) => c.principal), input: (g) => ({ chainId: g.chainId, estimatedWorkingDays: 40, peakSimultaneousWorkers: 25, personDays: -1, plannedSiteStart: '2026-12-01' }) },
    { mutation: 'acknowledgeHealthSafetyPlan', what: 'a version that is not current', code: 'BUSINESS_RULE_VIOLATED', reason: 'PLAN_VERSION_NOT_CURRENT', token: as((c) => c.jan), input: (g) => ({ chainId: g.chainId, version: 5 }) },
    { mutation: 'acknowledgeHealthSafetyPlan', what: 'a second time', code: 'CONFLICT', reason: 'PLAN_ALREADY_ACKNOWLEDGED', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, version: 1 }) },
    { mutation: 'appointCoordinator', what: 'a design-phase coordinator by the main contractor', code: 'FORBIDDEN', reason: 'CONSTRUCTION_NOT_PRINCIPAL', token: as((c) => c.main), input: (g) => ({ chainId: g.chainId, phase: 'DESIGN', coordinatorPartyId: g.cast.main.id }) },
    { mutation: 'recordExecutionAgreement', what: 'with a party the principal did not engage for the works', code: 'BUSINESS_RULE_VIOLATED', reason: 'CONSTRUCTION_NOT_UITVOERENDE_PARTIJ', token: as((c) => c.principal), input: (g) => ({ chainId: g.chainId, uitvoerendePartyId: g.cast.steel.id, reference: 'Contract 1' }) },
    { mutation: 'recordExecutionAgreement', what: 'by the main contractor', code: 'FORBIDDEN', reason: 'CONSTRUCTION_NOT_PRINCIPAL', token: as((c) => c.main), input: (g) => ({ chainId: g.chainId, uitvoerendePartyId: g.cast.main.id, reference: 'Contract 1' }) },
    { mutation: 'issueCoordinatorDirection', what: 'by a party that is no coordinator', code: 'FORBIDDEN', reason: 'DIRECTION_NOT_COORDINATOR', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, addresseePartyIds: [g.cast.jan.id], text: 'Helm op' }) },
    { mutation: 'acknowledgeCoordinatorDirection', what: 'an unknown direction', code: 'NOT_FOUND', reason: 'DIRECTION_NOT_FOUND', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, directionId: UNKNOWN_DIRECTION }) },
    { mutation: 'acknowledgeCoordinatorDirection', what: 'by a party it is not addressed to', code: 'FORBIDDEN', reason: 'DIRECTION_NOT_ADDRESSED', token: as((c) => c.agency), input: (g) => ({ chainId: g.chainId, directionId: prepared.directionId }) },
    { mutation: 'acknowledgeCoordinatorDirection', what: 'a second time', code: 'CONFLICT', reason: 'DIRECTION_ALREADY_ACKNOWLEDGED', token: as((c) => c.steel), input: (g) => ({ chainId: g.chainId, directionId: prepared.directionId }) },
  ];
}

/** Compliance codes no mutation reaches through the API, and why. */
export const complianceUnreachable: Partial<Record<DomainErrorCode, string>> = {};
