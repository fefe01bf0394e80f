// What a Schakel process (the API or the CLI) needs to start: its one validated configuration,
// its event store, its secrets and keys, and the development tokens. See docs/adr/0011.
export * from './config/app-config';
export type { NotificationConfig } from './config/notification-config';
export * from './config/oidc-config';
export { ConfigError } from './config/env-values';
export * from './config/secret-strength';
export * from './open-event-store';
export * from './injection-tokens';
export * from './auth/caller';
export * from './auth/tokens';
export * from './auth/jwt-secret';
export * from './evidence/signing-key';
export * from './evidence/configured-witnesses';
export { PersonalDataEventStore } from './personal-data/personal-data-event-store';
export { erasedName } from './personal-data/subject-key-store';
export { dataSubjectOf, mapPersonalFields } from './personal-data/personal-field-paths';
