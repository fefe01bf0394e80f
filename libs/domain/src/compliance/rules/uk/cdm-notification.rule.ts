import type { ComplianceRule } from '../../finding';
import { deadlineDraft, earliest, ms, startOfDay } from '../../rule-time';

/** CDM 2015 reg. 6: notifiable above >30 working days with >20 workers at once, or >500 person-days. */
export const cdmNotificationRule: ComplianceRule = {
  id: 'UK-CDM-F10',
  title: 'Notifiable project without an F10 notice to the HSE before construction starts',
  basis: { article: 'CDM 2015 reg. 6', kind: 'LAW', text: 'The client notifies the HSE (form F10) before the construction phase of a project lasting more than 30 working days with more than 20 workers at once, or exceeding 500 person-days.' },
  inForceFrom: () => '2015-04-06',
  evaluate: (context) => {
    const { duties, principalPartyId } = context.state;
    const d = duties.projectDescriptions[duties.projectDescriptions.length - 1];
    if (!d) return [];
    const notifiable = (d.estimatedWorkingDays > 30 && d.peakSimultaneousWorkers > 20) || d.personDays > 500;
    if (!notifiable) return [];
    const start = earliest([startOfDay(d.plannedSiteStart), ...duties.workStarts.map((w) => context.time(w.stamp))]) as string;
    const notice = duties.notices.map((n) => ({ n, at: context.time(n.stamp) })).sort((a, b) => ms(a.at) - ms(b.at))[0];
    return deadlineDraft(start, notice?.at ?? null, context.asOf, {
      partyIds: [principalPartyId],
      evidenceEventIds: [d.stamp.eventId, ...(notice ? [notice.n.stamp.eventId] : [])],
      explanation: `The project is notifiable (${d.estimatedWorkingDays} working days, ${d.peakSimultaneousWorkers} at once, ${d.personDays} person-days) and no F10 was filed before ${start}.`,
    });
  },
};
