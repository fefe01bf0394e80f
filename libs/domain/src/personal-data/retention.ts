import type { ChainState, IncidentState } from '../chain/chain.state';
import type { IsoInstant } from '../shared/values';
import { isReportable } from '../compliance/rule-facts';
import { incidentDataSubject } from './data-subject';

/** A statutory record that keeps a subject's data until `until`, and on what basis. */
export type RetentionHold = { until: IsoInstant; basis: string; chainId: string; incidentId: string };

/**
 * Years the data of each kind is kept (docs/personal-data.md). `accidentRegisterYears` holds erasure
 * back; `workerYears` and `personYears` say when a worker's or a zzp'er's data is shredded by the
 * retention job, counted from the last entry that names them (0: never by retention, only on request).
 */
export type RetentionPolicy = { accidentRegisterYears: number; workerYears: number; personYears: number };

export const DEFAULT_RETENTION: RetentionPolicy = { accidentRegisterYears: 5, workerYears: 0, personYears: 0 };

/** Whose data a retention period is about: a worker of a party, or a zzp'er (a person party). */
export type RetainedSubjectKind = 'WORKER' | 'PERSON';

/** A person whose retention period ended: on what basis, and when it ended. */
export type RetentionEnded = { basis: string; periodEndedAt: IsoInstant };

const RETENTION_BASIS: Record<RetainedSubjectKind, (years: number) => string> = {
  WORKER: (years) => `retention policy: a worker's data is kept ${years} year(s) after the last entry naming them (GDPR art. 5(1)(e))`,
  PERSON: (years) => `retention policy: a zzp'er's data is kept ${years} year(s) after the last entry naming them (GDPR art. 5(1)(e))`,
};

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

/**
 * Whether a person's retention period has ended at `now`: the policy's years for their kind after
 * the last entry naming them (recorded time). Null while it runs, or when the policy keeps that kind
 * until someone asks (0 years). A statutory hold (retentionHolds) still goes first.
 */
export function retentionEnded(kind: RetainedSubjectKind, lastEntryAt: IsoInstant, now: IsoInstant, policy: RetentionPolicy): RetentionEnded | null {
  const years = kind === 'WORKER' ? policy.workerYears : policy.personYears;
  if (years <= 0) return null;
  const periodEndedAt = addYears(lastEntryAt, years);
  return periodEndedAt <= now ? { basis: RETENTION_BASIS[kind](years), periodEndedAt } : null;
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
