import { uitvoerendePartijLinks } from '../../../chain/construction/uitvoerende-partij';
import type { ComplianceRule } from '../../finding';
import { deadlineDraft, isAfter, ms } from '../../rule-time';
import { ARBOBESLUIT_FROM, coordinatorsRequiredSince, isConstructionSite, siteStart } from './construction-facts';

/**
 * Arbobesluit 2.29: once two or more employers, an employer and a zelfstandige, or two or more
 * zelfstandigen work on site (counted by Arbo standing), the principal appoints the design-phase
 * coordinator and the uitvoerende partij (the main contractor engaged for the works; the principal
 * when it engaged none) the execution-phase one. Read from the links and work starts alone: a site
 * nobody described is no excuse. Both are due by site start (or when the count is reached, if later),
 * as is the principal's record of its written agreement with the uitvoerende partij (2.32(2)).
 */
export const coordinatorRule: ComplianceRule = {
  id: 'NL-BOUW-COORDINATOR',
  title: 'No V&G coordinator for the design or execution phase',
  basis: {
    article: 'Arbobesluit 2.29, 2.32(2)',
    kind: 'LAW',
    text: 'With two or more employers, an employer and a zelfstandige, or two or more zelfstandigen on site, the principal appoints a coordinator for the design phase and the uitvoerende partij, under its written agreement with the principal, one for the execution phase.',
  },
  inForceFrom: () => ARBOBESLUIT_FROM,
  evaluate: (context) => {
    const { state } = context;
    const required = coordinatorsRequiredSince(context);
    const start = siteStart(context);
    if (!isConstructionSite(state) || !required || !start) return [];
    const due = isAfter(required.at, start) ? required.at : start;
    const drafts = (['DESIGN', 'EXECUTION'] as const).flatMap((phase) => {
      const executors = uitvoerendePartijLinks(state).filter((l) => !isAfter(context.time(l.engaged), due));
      const bearers = phase === 'DESIGN' || executors.length === 0 ? [state.principalPartyId] : [...new Set(executors.map((l) => l.toPartyId))];
      const appointed = state.duties.coordinators
        .filter((c) => c.phase === phase)
        .map((c) => ({ c, at: context.time(c.stamp) }))
        .sort((a, b) => ms(a.at) - ms(b.at))[0];
      const names = bearers.map((p) => context.name(p)).join(' and ');
      const role = phase === 'DESIGN' ? 'the principal' : executors.length ? 'the uitvoerende partij' : 'the principal, which engaged no main contractor';
      return deadlineDraft(due, appointed?.at ?? null, context.asOf, {
        partyIds: bearers,
        evidenceEventIds: [required.eventId, ...(appointed ? [appointed.c.stamp.eventId] : [])],
        explanation: `More than one employer or zelfstandige works on site since ${required.at}; ${names} (${role}) had appointed no ${phase.toLowerCase()}-phase coordinator by ${due}.`,
      });
    });
    // Arbobesluit 2.32(2): the principal records its written agreement with the uitvoerende partij
    const executors = [...new Set(uitvoerendePartijLinks(state).filter((l) => !isAfter(context.time(l.engaged), due)).map((l) => l.toPartyId))];
    const agreement = state.duties.executionAgreements
      .filter((a) => executors.includes(a.uitvoerendePartyId))
      .map((a) => ({ a, at: context.time(a.stamp) }))
      .sort((x, y) => ms(x.at) - ms(y.at))[0];
    if (executors.length > 0) {
      drafts.push(
        ...deadlineDraft(due, agreement?.at ?? null, context.asOf, {
          partyIds: [state.principalPartyId],
          evidenceEventIds: [required.eventId, ...(agreement ? [agreement.a.stamp.eventId] : [])],
          explanation: `${context.name(state.principalPartyId)}, the principal, had recorded no written agreement with ${executors.map((p) => context.name(p)).join(' or ')} (the uitvoerende partij) by ${due}.`,
        }),
      );
    }
    return drafts;
  },
};
