import type { ComplianceRule, FindingDraft } from '../../finding';
import { addHours, deadlineDraft, isAfter, ms } from '../../rule-time';
import { isConstructionSite, onSitePartyOf } from './construction-facts';

/**
 * Evidence that those on site can follow the V&G plan and the coordinator's directions
 * (Arbobesluit 2.35(3), 9.5): the law requires compliance, a recorded receipt is our evidence of it.
 * The party on site is the worker's Arbo employer, or the genuine zzp'er itself.
 */
export const planReceiptRule: ComplianceRule = {
  id: 'NL-BOUW-PLAN-RECEIPT',
  title: 'No recorded receipt of the current V&G plan or an open coordinator direction',
  basis: {
    article: 'evidence for Arbobesluit 2.35(3), 9.5',
    kind: 'CERTIFICATION_OR_CONTRACT',
    text: 'Employers and zzp\'ers on site follow the V&G plan and the coordinator\'s directions (Arbobesluit 2.35(3), 9.5). A recorded receipt is this platform\'s evidence of that, not the law itself.',
  },
  inForceFrom: () => '1997-01-01',
  evaluate: (context) => {
    const { duties } = context.state;
    if (!isConstructionSite(context.state)) return [];
    const grace = context.policy.acknowledgementGraceHours;
    const policyNote = `The law sets no time to take note; ${grace} h after publication is this platform's policy.`;
    const drafts: FindingDraft[] = [];
    const current = duties.planVersions[duties.planVersions.length - 1];
    if (current) {
      const publishedAt = context.time(current.stamp);
      const onSite = new Map<string, { at: string; eventId: string }>();
      for (const w of duties.workStarts) {
        const link = context.state.links.find((l) => l.linkId === w.linkId);
        if (!link || link.kind === 'SUPPLY') continue;
        const partyId = onSitePartyOf(link);
        const at = context.time(w.stamp);
        const seen = onSite.get(partyId);
        if (!seen || ms(at) < ms(seen.at)) onSite.set(partyId, { at, eventId: w.stamp.eventId });
      }
      for (const [partyId, first] of onSite) {
        const graceEnd = addHours(publishedAt, grace);
        const due = isAfter(first.at, graceEnd) ? first.at : graceEnd;
        const ack = duties.planAcknowledgements.find((a) => a.partyId === partyId && a.version === current.version);
        drafts.push(
          ...deadlineDraft(due, ack ? context.time(ack.stamp) : null, context.asOf, {
            partyIds: [partyId],
            evidenceEventIds: [current.stamp.eventId, first.eventId, ...(ack ? [ack.stamp.eventId] : [])],
            explanation: `${context.name(partyId)} works on site but had recorded no receipt of V&G plan version ${current.version} by ${due}.`,
            message: { key: 'NL-BOUW-PLAN-RECEIPT.PLAN', params: { party: context.name(partyId), version: current.version, due: { instant: due }, graceHours: grace } },
            policyNote,
          }),
        );
      }
    }
    for (const direction of duties.directions) {
      const due = addHours(context.time(direction.stamp), grace);
      for (const partyId of direction.addresseePartyIds) {
        const ack = duties.directionAcknowledgements.find((a) => a.directionId === direction.directionId && a.partyId === partyId);
        drafts.push(
          ...deadlineDraft(due, ack ? context.time(ack.stamp) : null, context.asOf, {
            partyIds: [partyId],
            evidenceEventIds: [direction.stamp.eventId, ...(ack ? [ack.stamp.eventId] : [])],
            explanation: `${context.name(partyId)} had recorded no receipt of the coordinator's direction "${direction.text}" by ${due}.`,
            message: { key: 'NL-BOUW-PLAN-RECEIPT.DIRECTION', params: { party: context.name(partyId), direction: direction.text, due: { instant: due }, graceHours: grace } },
            policyNote,
          }),
        );
      }
    }
    return drafts;
  },
};
