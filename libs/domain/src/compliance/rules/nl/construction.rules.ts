import type { ComplianceRule, FindingDraft } from '../../finding';
import { addHours, deadlineDraft, isAfter, ms } from '../../rule-time';
import { coordinatorsRequiredSince, crossesNoticeThreshold, latestDescription, siteStart } from './construction-facts';

const ARBOBESLUIT_FROM = '1997-01-01';

export const voormeldingRule: ComplianceRule = {
  id: 'NL-BOUW-VOORMELDING',
  title: 'No prior notice (voormelding) to the NLA before site start, or no update after a change',
  basis: { article: 'Arbobesluit art. 2.27', kind: 'LAW', text: 'Above >30 working days with >20 workers at once, or >500 person-days, the client gives prior notice to the NLA before work starts, and updates it after changes.' },
  inForceFrom: () => ARBOBESLUIT_FROM,
  evaluate: (context) => {
    const { state, asOf } = context;
    const description = latestDescription(state);
    const start = siteStart(context);
    if (!description || !start || !crossesNoticeThreshold(description)) return [];
    const notices = state.duties.notices.map((n) => ({ n, at: context.time(n.stamp) })).sort((a, b) => ms(a.at) - ms(b.at));
    const drafts: FindingDraft[] = deadlineDraft(start, notices[0]?.at ?? null, asOf, {
      partyIds: [state.principalPartyId],
      evidenceEventIds: [description.stamp.eventId, ...(notices[0] ? [notices[0].n.stamp.eventId] : [])],
      explanation: `The project crosses the notice threshold (${description.estimatedWorkingDays} working days, ${description.peakSimultaneousWorkers} at once, ${description.personDays} person-days); no prior notice was filed before site start ${start}.`,
    });
    // a description changed after a notice needs an updated notice
    if (notices.length > 0) {
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
          ...deadlineDraft(addHours(at, context.policy.acknowledgementGraceHours), update?.at ?? null, asOf, {
            partyIds: [state.principalPartyId],
            evidenceEventIds: [d.stamp.eventId, ...(update ? [update.n.stamp.eventId] : [])],
            explanation: `The project description changed at ${at} after the prior notice; no updated notice followed within ${context.policy.acknowledgementGraceHours} h.`,
          }),
        );
      });
    }
    return drafts;
  },
};

export const vgPlanRule: ComplianceRule = {
  id: 'NL-BOUW-VG-PLAN',
  title: 'V&G plan missing before work starts',
  basis: { article: 'Arbobesluit art. 2.28, 2.32', kind: 'LAW', text: 'The client has a health and safety plan drawn up that is available before the works start.' },
  inForceFrom: () => ARBOBESLUIT_FROM,
  evaluate: (context) => {
    const description = latestDescription(context.state);
    const start = siteStart(context);
    if (!description || !start) return [];
    if (!crossesNoticeThreshold(description) && coordinatorsRequiredSince(context) === null) return [];
    const plan = context.state.duties.planVersions.map((p) => ({ p, at: context.time(p.stamp) })).sort((a, b) => ms(a.at) - ms(b.at))[0];
    return deadlineDraft(start, plan?.at ?? null, context.asOf, {
      partyIds: [context.state.principalPartyId],
      evidenceEventIds: [description.stamp.eventId, ...(plan ? [plan.p.stamp.eventId] : [])],
      explanation: `No V&G plan version was published before site start ${start}.`,
    });
  },
};

export const coordinatorRule: ComplianceRule = {
  id: 'NL-BOUW-COORDINATOR',
  title: 'No V&G coordinator for the design or execution phase',
  basis: { article: 'Arbobesluit art. 2.29', kind: 'LAW', text: 'With two or more employers, an employer and a zzp\'er, or two or more zzp\'ers on site, the client appoints a coordinator for the design phase and one for the execution phase.' },
  inForceFrom: () => ARBOBESLUIT_FROM,
  evaluate: (context) => {
    const description = latestDescription(context.state);
    const required = coordinatorsRequiredSince(context);
    const start = siteStart(context);
    if (!description || !required || !start) return [];
    return (['DESIGN', 'EXECUTION'] as const).flatMap((phase) => {
      const due = phase === 'DESIGN' || isAfter(required.at, start) ? required.at : start;
      const appointed = context.state.duties.coordinators
        .filter((c) => c.phase === phase)
        .map((c) => ({ c, at: context.time(c.stamp) }))
        .sort((a, b) => ms(a.at) - ms(b.at))[0];
      return deadlineDraft(due, appointed?.at ?? null, context.asOf, {
        partyIds: [context.state.principalPartyId],
        evidenceEventIds: [required.eventId, ...(appointed ? [appointed.c.stamp.eventId] : [])],
        explanation: `The site has more than one employer or zzp'er since ${required.at}; no ${phase.toLowerCase()}-phase coordinator was appointed by ${due}.`,
      });
    });
  },
};

export const acknowledgementRule: ComplianceRule = {
  id: 'NL-BOUW-ACK',
  title: 'Party on site has not acknowledged the current V&G plan or an open coordinator direction',
  basis: { article: 'Arbobesluit art. 2.35, 9.5(3)', kind: 'LAW', text: 'Employers and zzp\'ers on site follow the V&G plan and the coordinator\'s directions.' },
  inForceFrom: () => ARBOBESLUIT_FROM,
  evaluate: (context) => {
    const { duties } = context.state;
    if (!latestDescription(context.state)) return [];
    const grace = context.policy.acknowledgementGraceHours;
    const drafts: FindingDraft[] = [];
    const current = duties.planVersions[duties.planVersions.length - 1];
    if (current) {
      const publishedAt = context.time(current.stamp);
      const onSite = new Map<string, { at: string; eventId: string }>();
      for (const w of duties.workStarts) {
        const link = context.state.links.find((l) => l.linkId === w.linkId);
        if (!link || (link.kind !== 'SUBCONTRACT' && link.kind !== 'SELF_EMPLOYED')) continue;
        const at = context.time(w.stamp);
        const seen = onSite.get(w.partyId);
        if (!seen || ms(at) < ms(seen.at)) onSite.set(w.partyId, { at, eventId: w.stamp.eventId });
      }
      for (const [partyId, first] of onSite) {
        const graceEnd = addHours(publishedAt, grace);
        const due = isAfter(first.at, graceEnd) ? first.at : graceEnd;
        const ack = duties.planAcknowledgements.find((a) => a.partyId === partyId && a.version === current.version);
        drafts.push(
          ...deadlineDraft(due, ack ? context.time(ack.stamp) : null, context.asOf, {
            partyIds: [partyId],
            evidenceEventIds: [current.stamp.eventId, first.eventId, ...(ack ? [ack.stamp.eventId] : [])],
            explanation: `${partyId} works on site but had not acknowledged V&G plan version ${current.version} by ${due}.`,
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
            explanation: `${partyId} had not acknowledged coordinator direction ${direction.directionId} by ${due}.`,
          }),
        );
      }
    }
    return drafts;
  },
};
