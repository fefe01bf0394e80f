export * from './personal-fields';
export * from './personal-data.events';
export type * from './personal-data.commands';
export { retentionHolds, DEFAULT_RETENTION, type RetentionHold, type RetentionPolicy } from './retention';
export { incidentDataSubject } from './data-subject';
export { mayReadInjury, withheldCorrectionValues, INJURY_WITHHELD, type InjuryReader, type InjuryHolders } from './injury-readers';
export { withholdHealthData } from './withhold-health-data';
