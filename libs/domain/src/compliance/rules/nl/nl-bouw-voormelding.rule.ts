import type { ComplianceRule, FindingDraft } from '../../finding';
import { addHours, deadlineDraft, isAfter, ms } from '../../rule-time';
import { ARBOBESLUIT_FROM, crossesNoticeThreshold, isConstructionSite, latestDescription, siteStart } from './construction-facts';

export const voormeldingRule: ComplianceRule = {
  id: 'NL-BOUW-VOORMELDING',
  title: 'No prior notice (voormelding) to the NLA before site start, or no update after a change',
  basis: { article: 'Arbobesluit 2.27', kind: 'LAW', text: 'Above >30 working days with >20 workers at once, or >500 person-days, the principal gives prior notice to the NLA before work starts, and updates it after changes.' },
  inForceFrom: () => ARBOBESLUIT_FROM,
  evaluate: (context) => {
    const { state, asOf } = context;
    const description = latestDescription(state);
    const start = siteStart(context);
    if (!description || !start || !isConstructionSite(state) || !crossesNoticeThreshold(description)) return [];
    const principal = context.name(state.principalPartyId);
    const notices = state.duties.notices.map((n) => ({ n, at: context.time(n.stamp) })).sort((a, b) => ms(a.at) - ms(b.at));
    // the duty arises when the estimate crossed the threshold, or at site start if that is later
    const crossing = state.duties.projectDescriptions.find((d) => crossesNoticeThreshold(d)) ?? description;
    const crossedAt = context.time(crossing.stamp);
    const due = isAfter(crossedAt, start) ? crossedAt : start;
    const drafts: FindingDraft[] = deadlineDraft(due, notices[0]?.at ?? null, asOf, {
      partyIds: [state.principalPartyId],
      evidenceEventIds: [crossing.stamp.eventId, ...(notices[0] ? [notices[0].n.stamp.eventId] : [])],
      explanation: `The project crosses the notice threshold (${crossing.estimatedWorkingDays} working days, ${crossing.peakSimultaneousWorkers} at once, ${crossing.personDays} person-days); ${principal}, the principal, had filed no prior notice by ${due}.`,
    });
    // a description changed after a notice needs an updated notice, within a grace that is policy
    if (notices.length > 0) {
      const grace = context.policy.acknowledgementGraceHours;
      const descriptions = state.duties.projectDescriptions;
      descriptions.forEach((d, index) => {
        const at = context.time(d.stamp);
        const previous = descriptions[index - 1];
        const changed =
          previous !== undefined &&
          (previous.estimatedWorkingDays !== d.estimatedWorkingDays ||
            previous.peakSimultaneousWorkers !== d.peakSimultaneousWorkers ||
            previous.personDays !== d.personDays ||
            previous.plannedSiteStart !== d.plannedSiteStart);
        if (!changed || !isAfter(at, notices[0].at) || !crossesNoticeThreshold(d)) return;
        const update = notices.find((n) => !isAfter(at, n.at));
        drafts.push(
          ...deadlineDraft(addHours(at, grace), update?.at ?? null, asOf, {
            partyIds: [state.principalPartyId],
            evidenceEventIds: [d.stamp.eventId, ...(update ? [update.n.stamp.eventId] : [])],
            explanation: `The project description changed at ${at} after the prior notice; ${principal} filed no updated notice within ${grace} h.`,
            policyNote: `The law asks for an update without a number of hours; ${grace} h is this platform's policy.`,
          }),
        );
      });
    }
    return drafts;
  },
};
