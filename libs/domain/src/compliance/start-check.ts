import { foldChainEvents } from '../replay/fold-chain-events';
import type { ChainEvent } from '../chain/chain.events';
import type { OpenedChain } from '../chain/chain.state';
import { WorkerMustBeOnLink } from '../chain/work/decide-work-duties';
import { requireActiveLink } from '../chain/duties/duty-guards';
import type { WorkStarted } from '../chain/duties/duty.events';
import type { StartVerdict } from '../chain/prevention/prevention.events';
import { activeLinksTo } from '../chain/queries/chain-links';
import { Invalid, NotFound } from '../shared/errors';
import { formatInstant, toUtcInstant } from '../shared/time';
import { requireTopics } from '../shared/values';
import { evaluateFindings } from './evaluate-findings';
import type { ComplianceFacts, CompliancePolicy, Finding } from './finding';
import type { Interruption } from '../replay/interruption';
import { isAfter, ms } from './rule-time';

/** The event id of the start a check imagines: never an id of the log. */
const IMAGINED_START_EVENT_ID = 'start-check:imagined-start';

export type StartCheckRequest = {
  workerPartyId: string;
  workerId: string;
  topics: readonly string[];
  /** The link the worker would start on; null: the one active link that engages the worker's party. */
  linkId: string | null;
  /** The moment of the start (what was recorded by then counts). */
  at: string;
};

export type StartCheckOptions = { policy?: Partial<CompliancePolicy>; jurisdiction?: string; interrupt?: Interruption };

export type StartCheck = {
  verdict: StartVerdict;
  at: string;
  linkId: string;
  workerPartyId: string;
  workerId: string;
  topics: string[];
  /** The findings that would be open the moment the worker started: each names its rule, basis and duty bearers. */
  reasons: Finding[];
};

/** The link the start would be on: the one given, or the only active link engaging the worker's party. */
function linkOfStart(state: OpenedChain, request: StartCheckRequest): string {
  if (request.linkId !== null) {
    const link = requireActiveLink(state, request.linkId);
    WorkerMustBeOnLink(request.workerPartyId, link.toPartyId, request.workerId, link.linkId);
    return link.linkId;
  }
  const links = activeLinksTo(state, request.workerPartyId);
  if (links.length === 0) throw new NotFound('START_CHECK_NO_LINK', {});
  if (links.length > 1) throw new Invalid('START_CHECK_LINK_AMBIGUOUS', {});
  return links[0].linkId;
}

/**
 * The findings that concern a start: open at the moment of the start, and about the start itself,
 * an earlier start of the same worker on the same link (a rule flags a worker's task once), or the
 * contract requirements of the link (a company certificate that has lapsed). The start check and
 * the property test that holds it to the findings both select with this.
 */
export function findingsOfStart(
  findings: readonly Finding[],
  state: OpenedChain,
  start: { eventId: string; linkId: string; workerPartyId: string; workerId: string; at: string },
): Finding[] {
  const related = new Set<string>([start.eventId]);
  for (const w of state.duties.workStarts) {
    if (w.linkId === start.linkId && w.workerId === start.workerId && w.partyId === start.workerPartyId) related.add(w.stamp.eventId);
  }
  for (const r of state.duties.requirements) if (r.linkId === start.linkId) related.add(r.stamp.eventId);
  return findings.filter(
    (f) => f.resolvedAt === null && !isAfter(f.arisenAt, start.at) && f.evidenceEventIds.some((id) => related.has(id)),
  );
}

/**
 * GO or NO-GO for a worker starting a task at `at`, by the rules engine itself: the start is added
 * to the chain as known at `at`, the findings are evaluated just after it, and those concerning the
 * start (findingsOfStart) are the reasons. No rule is written twice.
 */
export function startCheck(facts: ComplianceFacts, request: StartCheckRequest, options: StartCheckOptions = {}): StartCheck {
  const at = toUtcInstant(request.at, 'at');
  const topics = requireTopics(request.topics);
  const known = <E extends { meta?: { recordedAt: string } }>(e: E) => e.meta !== undefined && !isAfter(e.meta.recordedAt, at);
  const chainEvents = facts.chainEvents.filter(known);
  const state = foldChainEvents(chainEvents);
  if (state.status !== 'Opened') throw new NotFound('CHAIN_NOT_FOUND', { chainId: '' });
  const linkId = linkOfStart(state, request);
  const imagined: WorkStarted = {
    type: 'WorkStarted',
    data: { workStartId: IMAGINED_START_EVENT_ID, linkId, partyId: request.workerPartyId, workerId: request.workerId, topics, startedByPartyId: request.workerPartyId },
    meta: { eventId: IMAGINED_START_EVENT_ID, occurredAt: at, recordedAt: at, actorPartyId: null },
  };
  const withStart = [...chainEvents, imagined] as ChainEvent[];
  const findings = evaluateFindings(
    { ...facts, chainEvents: withStart, credentialEvents: facts.credentialEvents.filter(known) },
    { asOf: formatInstant(ms(at) + 1), clock: 'RECORDED', policy: options.policy, jurisdiction: options.jurisdiction, interrupt: options.interrupt },
  );
  const start = { eventId: IMAGINED_START_EVENT_ID, linkId, workerPartyId: request.workerPartyId, workerId: request.workerId, at };
  const reasons = findingsOfStart(findings, state, start).map((f) => ({
    ...f,
    evidenceEventIds: f.evidenceEventIds.filter((id) => id !== IMAGINED_START_EVENT_ID),
  }));
  return { verdict: reasons.length ? 'NO_GO' : 'GO', at, linkId, workerPartyId: request.workerPartyId, workerId: request.workerId, topics, reasons };
}
