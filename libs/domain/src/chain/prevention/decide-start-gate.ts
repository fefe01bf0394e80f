import { Invalid } from '../../shared/errors';
import { requireOneOf, requireText } from '../../shared/values';
import type { PartyId } from '../../shared/values';
import type { WorkStarted } from '../duties/duty.events';
import type { StartGate } from './prevention.commands';
import { startVerdicts, type WorkStartChecked } from './prevention.events';

/** Starting despite NO-GO is an override, and an override needs a reason; a GO start needs none. */
function OverrideNeedsReason(verdict: string, overrideReason: string | null): string | null {
  const given = overrideReason !== null && overrideReason.trim() !== '';
  if (verdict === 'NO_GO' && !given) throw new Invalid('START_OVERRIDE_REASON_REQUIRED', {}, 'OverrideNeedsReason');
  if (verdict === 'GO' && given) throw new Invalid('START_OVERRIDE_NOT_NEEDED', {}, 'OverrideNeedsReason');
  return verdict === 'NO_GO' ? requireText(overrideReason, 'overrideReason') : null;
}

/** The gate's record of a start: the check's result, and the override when it went ahead despite NO-GO. */
export function decideStartGate(gate: StartGate, started: WorkStarted, checkedByPartyId: PartyId): WorkStartChecked {
  const verdict = requireOneOf(gate.verdict, startVerdicts, 'verdict');
  // the verdict follows from the reasons: the application computes both with the rules engine
  if ((verdict === 'NO_GO') !== gate.reasons.length > 0) throw new Invalid('INPUT_VALUE_INVALID', { field: 'verdict', value: verdict });
  const overrideReason = OverrideNeedsReason(verdict, gate.overrideReason);
  const { workStartId, linkId, partyId, workerId, topics } = started.data;
  return {
    type: 'WorkStartChecked',
    data: {
      workStartId,
      linkId,
      partyId,
      workerId,
      topics,
      verdict,
      reasons: gate.reasons.map((r) => ({ ruleId: r.ruleId, partyIds: [...r.partyIds], explanation: r.explanation })),
      checkedAt: gate.checkedAt,
      // a verified pass is a scanned pass
      passScanned: gate.passScanned === true || gate.passIdHash !== null,
      passIdHash: gate.passIdHash,
      overrideReason,
      checkedByPartyId,
    },
  };
}
