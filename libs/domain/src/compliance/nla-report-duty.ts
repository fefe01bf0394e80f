import type { IncidentKind, IncidentSeverity, IncidentVictim, VictimRelation } from '../chain/chain.events';
import type { IncidentState, OpenedChain } from '../chain/chain.state';
import { ReporterMaySeeVictimLink, victimLink } from '../chain/incidents/decide-report-incident';
import { partiesEverInChain } from '../chain/queries/chain-links';
import { RuleViolated } from '../shared/errors';
import { victimRelationOf } from '../chain/incidents/victim-relation';
import type { IsoInstant, PartyId } from '../shared/values';
import { addHours } from './rule-time';
import { isReportable, reportClockStart } from './rule-facts';

/** Why an accident must, or need not, be reported to the NLA (Arbowet 9(1)). */
export type NlaDutyAnswer = 'MUST_REPORT' | 'NEAR_MISS' | 'NOT_SERIOUS' | 'SELF_EMPLOYED';

/**
 * The NLA checklist of one accident: whether it must be reported, by whom (the victim's Arbo
 * employer: the hirer for a lent worker, the gezag holder for a zzp'er under gezag), by when
 * (`directReportHours` after the clock started: policy, the law says "direct"), and whether by phone
 * (a death, Arbobesluit 2.1(2)). The same facts the rules NL-ARBO-9-REPORT and -PHONE judge by.
 */
export type NlaReportDuty = {
  answer: NlaDutyAnswer;
  mustReport: boolean;
  dutyBearerPartyId: PartyId | null;
  victimRelation: VictimRelation | null;
  /** When the duty started: the accident, or when a later reclassification made it reportable. */
  clockStart: IsoInstant | null;
  lateDiscovery: boolean;
  deadline: IsoInstant | null;
  byPhone: boolean;
  directReportHours: number;
};

export type IncidentDraft = { kind: IncidentKind; severity: IncidentSeverity; happenedAt: IsoInstant; victim: IncidentVictim | null };

function answerFor(kind: IncidentKind, severity: IncidentSeverity, relation: VictimRelation | null, holder: PartyId | null): NlaDutyAnswer {
  if (kind !== 'ACCIDENT') return 'NEAR_MISS';
  if (!isReportable(severity)) return 'NOT_SERIOUS';
  if (relation === 'SELF_EMPLOYED' || holder === null) return 'SELF_EMPLOYED';
  return 'MUST_REPORT';
}

function duty(
  answer: NlaDutyAnswer,
  holder: PartyId | null,
  relation: VictimRelation | null,
  clock: { start: IsoInstant; lateDiscovery: boolean } | null,
  severity: IncidentSeverity,
  hours: number,
): NlaReportDuty {
  const mustReport = answer === 'MUST_REPORT' && clock !== null;
  return {
    answer,
    mustReport,
    // a genuine zzp'er has no Arbo employer
    dutyBearerPartyId: answer === 'SELF_EMPLOYED' ? null : holder,
    victimRelation: relation,
    clockStart: mustReport ? clock.start : null,
    lateDiscovery: mustReport ? clock.lateDiscovery : false,
    deadline: mustReport ? addHours(clock.start, hours) : null,
    byPhone: mustReport && severity === 'DEATH',
    directReportHours: hours,
  };
}

/**
 * The checklist of an accident being reported, before it is recorded: the victim must be in the chain
 * on a link that engages its party and that the asking party sees, as when it is reported.
 */
export function nlaDutyOfDraft(state: OpenedChain, draft: IncidentDraft, directReportHours: number, viewerPartyId: PartyId): NlaReportDuty {
  const victim = draft.kind === 'ACCIDENT' ? draft.victim : null;
  let standing: { victimRelation: VictimRelation | null; authorityHolderPartyId: PartyId | null } = { victimRelation: null, authorityHolderPartyId: null };
  if (victim) {
    // the same checks as reporting it: a victim in the chain, on a link the asking party sees
    if (!partiesEverInChain(state).includes(victim.partyId)) throw new RuleViolated('INCIDENT_VICTIM_NOT_IN_CHAIN', { partyId: victim.partyId });
    const link = victimLink(state, victim);
    ReporterMaySeeVictimLink(state, viewerPartyId, victim.partyId, link);
    standing = victimRelationOf(victim, link);
  }
  const { victimRelation, authorityHolderPartyId } = standing;
  const answer = answerFor(draft.kind, draft.severity, victimRelation, authorityHolderPartyId);
  return duty(answer, authorityHolderPartyId, victimRelation, { start: draft.happenedAt, lateDiscovery: false }, draft.severity, directReportHours);
}

/** The checklist of a recorded incident: its current severity, the clock restarted by a reclassification. */
export function nlaDutyOfIncident(incident: IncidentState, directReportHours: number): NlaReportDuty {
  const answer = answerFor(incident.kind, incident.severity, incident.victimRelation, incident.authorityHolderPartyId);
  return duty(answer, incident.authorityHolderPartyId, incident.victimRelation, reportClockStart(incident), incident.severity, directReportHours);
}
