export * from './personal-fields';
export * from './personal-data.events';
export type * from './personal-data.commands';
export { retentionHolds, DEFAULT_RETENTION, type RetentionHold, type RetentionPolicy } from './retention';
export { incidentDataSubject } from './data-subject';
export { mayReadInjury, INJURY_WITHHELD, type InjuryReader } from './injury-readers';
