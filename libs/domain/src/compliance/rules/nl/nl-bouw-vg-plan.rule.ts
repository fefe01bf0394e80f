import type { ComplianceRule } from '../../finding';
import { deadlineDraft, ms } from '../../rule-time';
import { ARBOBESLUIT_FROM, crossesNoticeThreshold, isConstructionSite, latestDescription, siteStart } from './construction-facts';

/**
 * A V&G plan is required for works with special hazards (Annex II of Directive 92/57/EEC) or for
 * notifiable works (Arbobesluit 2.28(1)); nothing else triggers it — two employers alone do not.
 */
export const vgPlanRule: ComplianceRule = {
  id: 'NL-BOUW-VG-PLAN',
  title: 'V&G plan missing before work starts',
  basis: {
    article: 'Arbobesluit 2.28(1), 2.32(1)(c)',
    kind: 'LAW',
    text: 'For works with special hazards (Annex II of Directive 92/57/EEC) or notifiable works, the principal has a health and safety plan drawn up that is available before the works start.',
  },
  inForceFrom: () => ARBOBESLUIT_FROM,
  evaluate: (context) => {
    const description = latestDescription(context.state);
    const start = siteStart(context);
    if (!description || !start || !isConstructionSite(context.state)) return [];
    const hazards = description.specialHazards ?? [];
    const notifiable = crossesNoticeThreshold(description);
    if (hazards.length === 0 && !notifiable) return [];
    const plan = context.state.duties.planVersions.map((p) => ({ p, at: context.time(p.stamp) })).sort((a, b) => ms(a.at) - ms(b.at))[0];
    const why = [...(hazards.length ? [`special hazards (${hazards.join(', ')})`] : []), ...(notifiable ? ['notifiable works'] : [])].join(' and ');
    return deadlineDraft(start, plan?.at ?? null, context.asOf, {
      partyIds: [context.state.principalPartyId],
      evidenceEventIds: [description.stamp.eventId, ...(plan ? [plan.p.stamp.eventId] : [])],
      explanation: `The works have ${why}; ${context.name(context.state.principalPartyId)}, the principal, had no V&G plan published before site start ${start}.`,
    });
  },
};
