import type { Finding } from '../compliance/finding';
import type { NoticeTrigger } from './notice.events';

/** Rules whose deadline has a reminder of its own (NLA_REPORT_DUE, 4 h before): not warned of twice. */
const REMINDED_ELSEWHERE: readonly string[] = ['NL-ARBO-9-REPORT'];

/**
 * A finding's identity across evaluations (the live feed's too): its rule, its duty bearers, the
 * instant it arose (its deadline) and the entry it arose from. The same log gives the same key, so
 * a message keyed on it is derived once however often the findings are weighed.
 */
export function findingIdentity(finding: Pick<Finding, 'ruleId' | 'partyIds' | 'arisenAt' | 'evidenceEventIds'>): string {
  return [finding.ruleId, [...finding.partyIds].sort().join(','), finding.arisenAt, finding.evidenceEventIds[0] ?? ''].join('|');
}

/** One message a finding asks for: to the managers of one duty bearer. */
export type FindingNotice = { trigger: Extract<NoticeTrigger, 'FINDING_AROSE' | 'FINDING_DEADLINE_NEAR'>; identity: string; partyId: string; finding: Finding };

/**
 * What the findings of a chain ask Schakel to tell, weighed at `now`:
 *
 * - `FINDING_AROSE`: each open finding (`current`, evaluated as of now) that arose at or after
 *   `watchingSince` — the moment Schakel began telling of findings; what arose before (an
 *   installation's history, an imported past) is for the queries, not for a mail.
 * - `FINDING_DEADLINE_NEAR`: each finding that is not there yet but is in `forecast` (the same log
 *   evaluated as of `now` + the warning time): a duty whose deadline falls within the warning time
 *   and is not done. Rules with their own reminder are left out.
 *
 * One message per finding and duty bearer; a finding with two duty bearers tells both.
 */
export function findingNotices(current: readonly Finding[], forecast: readonly Finding[], now: string, watchingSince: string): FindingNotice[] {
  const nowMs = Date.parse(now);
  const sinceMs = Date.parse(watchingSince);
  const notices: FindingNotice[] = [];
  const each = (trigger: FindingNotice['trigger'], finding: Finding) => {
    for (const partyId of finding.partyIds) notices.push({ trigger, identity: findingIdentity(finding), partyId, finding });
  };
  for (const finding of current) {
    if (finding.resolvedAt === null && Date.parse(finding.arisenAt) >= sinceMs) each('FINDING_AROSE', finding);
  }
  for (const finding of forecast) {
    if (finding.resolvedAt === null && Date.parse(finding.arisenAt) > nowMs && !REMINDED_ELSEWHERE.includes(finding.ruleId)) each('FINDING_DEADLINE_NEAR', finding);
  }
  return notices;
}

/**
 * A finding's message weighed again when it is due: the finding as it stands (evaluated as of now
 * for `FINDING_AROSE`, as of its deadline for a warning), or null when there is nothing left to tell —
 * resolved before it was told, or the duty done before its deadline. `isIt` recognises the finding
 * by its identity.
 */
export function findingStillOpen(findings: readonly Finding[], isIt: (identity: string) => boolean): Finding | null {
  return findings.find((f) => f.resolvedAt === null && isIt(findingIdentity(f))) ?? null;
}
