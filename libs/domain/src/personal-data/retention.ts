import type { ChainState, IncidentState } from '../chain/chain.state';
import type { IsoInstant } from '../shared/values';
import { isReportable } from '../compliance/rule-facts';
import { incidentDataSubject } from './data-subject';

/** A statutory record that keeps a subject's data until `until`, and on what basis. */
export type RetentionHold = { until: IsoInstant; basis: string; chainId: string; incidentId: string };

/** Years the data of each kind is kept (docs/personal-data.md). */
export type RetentionPolicy = { accidentRegisterYears: number };

export const DEFAULT_RETENTION: RetentionPolicy = { accidentRegisterYears: 5 };

const ACCIDENT_REGISTER_BASIS = 'Arbowet art. 9(2): the employer keeps a register of reportable accidents and accidents with more than 3 days of absence';

/** An accident that is a line of its employer's register (as accidentRegister reads it). */
function inRegister(i: IncidentState): boolean {
  return (
    i.kind === 'ACCIDENT' &&
    i.retraction === null &&
    i.victimRelation !== 'SELF_EMPLOYED' &&
    (isReportable(i.severity) || i.absenceDays > 3 || i.notifications.some((n) => n.recipient.kind === 'AUTHORITY' && n.retraction === null))
  );
}

function addYears(instant: string, years: number): string {
  const date = new Date(instant);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString();
}

/** The records that hold the subject's data back from erasure at `now`: the latest-ending first. */
export function retentionHolds(chains: readonly ChainState[], subjectId: string, now: IsoInstant, policy: RetentionPolicy): RetentionHold[] {
  return chains
    .flatMap((state) => (state.status === 'Opened' ? state.incidents.map((incident) => ({ chainId: state.chainId, incident })) : []))
    .filter(({ incident }) => incidentDataSubject(incident.victim, incident.victimRelation) === subjectId && inRegister(incident))
    .map(({ chainId, incident }) => ({
      until: addYears(incident.happenedAt, policy.accidentRegisterYears),
      basis: ACCIDENT_REGISTER_BASIS,
      chainId,
      incidentId: incident.incidentId,
    }))
    .filter((hold) => hold.until > now)
    .sort((a, b) => b.until.localeCompare(a.until));
}
