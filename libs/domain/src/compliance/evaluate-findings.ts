import { foldChainEvents } from '../replay/fold-chain-events';
import type { ChainEvent } from '../chain/chain.events';
import type { EntryStamp } from '../chain/chain.state';
import { stampOf } from '../chain/chain-guards';
import { toUtcInstant } from '../shared/time';
import {
  DEFAULT_POLICY,
  type ComplianceClock,
  type ComplianceFacts,
  type CompliancePolicy,
  type EvaluationOptions,
  type Finding,
  type RuleContext,
} from './finding';
import { ruleSetOf } from './rule-sets';
import { isAfter, ms, startOfDay } from './rule-time';

function timeOf(clock: ComplianceClock, meta: { occurredAt: string; recordedAt: string }): string {
  return clock === 'RECORDED' ? meta.recordedAt : meta.occurredAt;
}

/**
 * Every finding of the chain as of `asOf`: the events visible then under the clock (RECORDED: what
 * the records said; OCCURRED: what had happened) are folded, and each rule in force is applied.
 */
export function evaluateFindings(facts: ComplianceFacts, options: EvaluationOptions): Finding[] {
  const asOf = toUtcInstant(options.asOf, 'asOf');
  const clock = options.clock ?? 'RECORDED';
  const policy: CompliancePolicy = { ...DEFAULT_POLICY, ...options.policy };
  const ruleSet = ruleSetOf(options.jurisdiction ?? 'nl');
  const visible = <E extends { meta?: { occurredAt: string; recordedAt: string } }>(e: E) =>
    e.meta !== undefined && !isAfter(timeOf(clock, e.meta), asOf);

  options.interrupt?.throwIfAborted();
  const chainEvents = facts.chainEvents.filter(visible) as ChainEvent[];
  const state = foldChainEvents(chainEvents);
  if (state.status !== 'Opened') return [];

  const context: RuleContext = {
    state,
    asOf,
    clock,
    policy,
    // an imported entry becomes known when it was imported (visible above), but the rules judge it on
    // the date its source claims: a paper list signed in March is not "late" for being imported in June
    time: (stamp: EntryStamp) => (stamp.imported ? stamp.occurredAt : timeOf(clock, stamp)),
    certificates: facts.credentialEvents
      .filter(visible)
      .flatMap((e) => (e.type === 'CompanyCertificateRecorded' ? [{ ...e.data, stamp: stampOf(e) }] : [])),
    diplomas: facts.credentialEvents.filter(visible).flatMap((e) => (e.type === 'WorkerDiplomaRecorded' ? [{ ...e.data, stamp: stampOf(e) }] : [])),
    name: (id) => (id === null ? 'an unknown party' : (facts.names?.[id] ?? id)),
  };

  const findings: Finding[] = [];
  for (const rule of ruleSet.rules) {
    options.interrupt?.throwIfAborted();
    const inForceFrom = rule.inForceFrom(policy);
    const inForceAt = startOfDay(inForceFrom);
    if (isAfter(inForceAt, asOf)) continue;
    for (const draft of rule.evaluate(context)) {
      // a duty that arose before the rule came into force is judged by the rules of its time
      if (isAfter(inForceAt, draft.arisenAt) || isAfter(draft.arisenAt, asOf)) continue;
      findings.push({
        ruleId: rule.id,
        title: rule.title,
        basis: { ...rule.basis, inForceFrom },
        partyIds: [...new Set(draft.partyIds)],
        arisenAt: draft.arisenAt,
        resolvedAt: draft.resolvedAt,
        evidenceEventIds: [...new Set(draft.evidenceEventIds.filter((id) => id !== ''))],
        explanation: draft.explanation,
        message: draft.message ?? null,
        policyNote: draft.policyNote ?? null,
      });
    }
  }
  return findings.sort((a, b) => ms(a.arisenAt) - ms(b.arisenAt) || a.ruleId.localeCompare(b.ruleId));
}
