export * from './personal-fields';
export * from './personal-data.events';
export type * from './personal-data.commands';
export { retentionHolds, retentionEnded, DEFAULT_RETENTION, type RetentionHold, type RetentionPolicy, type RetainedSubjectKind, type RetentionEnded } from './retention';
export { incidentDataSubject } from './data-subject';
export { mayReadInjury, withheldCorrectionValues, INJURY_WITHHELD, type InjuryReader, type InjuryHolders } from './injury-readers';
export { withholdHealthData } from './withhold-health-data';
export { assertSubjectAccess, type SubjectAccessAsker } from './subject-access-allowed';
