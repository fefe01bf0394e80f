export * from './personal-fields';
export * from './personal-data.events';
export type * from './personal-data.commands';
export { retentionHolds, DEFAULT_RETENTION, ACCIDENT_REGISTER_BASIS, type RetentionHold, type RetentionPolicy } from './retention';
export { incidentDataSubject } from './data-subject';
