import type { ComplianceRule, FindingDraft } from '../../finding';
import { isAfter, ms } from '../../rule-time';

/**
 * The hirer gives the agency its RI&E extract strictly before the lent worker starts. A new task
 * (a work start on the link with a topic not worked on there before) starts the duty again: it needs
 * an extract delivered after the previous task began and before it starts. A new workplace is a new
 * link, with a duty of its own.
 */
export const rieExtractRule: ComplianceRule = {
  id: 'NL-ARBO-5-RIE',
  title: 'RI&E extract did not reach the agency before the lent worker started',
  basis: { article: 'Arbowet 5(5)', kind: 'LAW', text: 'The hirer gives the agency, in time before the lent worker starts, the parts of its RI&E on the job\'s risks.' },
  inForceFrom: () => '2007-01-01',
  evaluate: (context) =>
    context.state.links
      .filter((l) => l.kind === 'LENDING')
      .flatMap((link): FindingDraft[] => {
        const starts = context.state.duties.workStarts
          .filter((w) => w.linkId === link.linkId)
          .map((w) => ({ w, at: context.time(w.stamp) }))
          .sort((a, b) => ms(a.at) - ms(b.at));
        const extracts = context.state.duties.rieExtracts
          .filter((r) => r.linkId === link.linkId)
          .map((r) => ({ r, at: context.time(r.stamp) }))
          .sort((a, b) => ms(a.at) - ms(b.at));
        // the starts that begin a task: the first, and each bringing a topic new on this link
        const seen = new Set<string>();
        const taskStarts = starts.filter(({ w }) => {
          const isNew = seen.size === 0 || w.topics.some((t) => !seen.has(t));
          for (const t of w.topics) seen.add(t);
          return isNew;
        });
        return taskStarts.flatMap((task, index): FindingDraft[] => {
          const previous = taskStarts[index - 1];
          const inWindow = extracts.filter((e) => previous === undefined || isAfter(e.at, previous.at));
          if (inWindow.some((e) => ms(e.at) < ms(task.at))) return [];
          if (!isAfter(context.asOf, task.at) && inWindow.length === 0) return [];
          const late = inWindow[0];
          return [
            {
              partyIds: [link.fromPartyId],
              arisenAt: task.at,
              resolvedAt: late?.at ?? null,
              evidenceEventIds: [task.w.stamp.eventId, ...(late ? [late.r.stamp.eventId] : [])],
              explanation:
                `${context.name(task.w.workerId)} of agency ${context.name(link.toPartyId)} started ${previous ? `a new task (${task.w.topics.join(', ')})` : 'work'} at ${task.at} ` +
                `before hirer ${context.name(link.fromPartyId)} delivered its RI&E extract${previous ? ' for it' : ''}.`,
              message: {
                key: previous ? 'NL-ARBO-5-RIE.NEW_TASK' : 'NL-ARBO-5-RIE',
                params: { worker: context.name(task.w.workerId), agency: context.name(link.toPartyId), hirer: context.name(link.fromPartyId), topics: task.w.topics.join(', '), at: { instant: task.at } },
              },
            },
          ];
        });
      }),
};
