// Runner
export type { Projection } from './runner/projection';
export { ProjectionRunner } from './runner/projection-runner';
export type { ProjectionRunnerOptions, ProjectionStatus } from './runner/projection-runner';
export { ProjectionHaltedError, printableError } from './runner/projection-halted.error';
export type { PoisonEvent } from './runner/projection-halted.error';
export { ProjectionFailureRow } from './runner/projection-failure.entity';
export { skipPoisonEvent, NoPoisonEventError } from './runner/skip-poison-event';
export type { SkipPoisonEvent } from './runner/skip-poison-event';
export { LocalLease } from './runner/projection-lease';
export type { ProjectionLease } from './runner/projection-lease';
export { PostgresAdvisoryLease } from './runner/postgres-advisory-lease';
export { WorkQueue } from './runner/work-queue';

// Database
export { openReadModels, leaseFor } from './read-model-database';
export type { ReadModelLocation } from './read-model-database';
export { readModelEntities } from './read-model-entities';
export { sqliteMigrations, postgresMigrations } from './migrations';

// Projections
export { readModelProjections } from './read-model-projections';

// Queries and their views
export * from './read-model-queries';

// Members, sign-in codes and sessions
export * from './members';

// Notifications: the outbox, its deliveries, members' preferences, webhook endpoints
export * from './notifications';

// Inspector grants: who was given access to which chain
export * from './grants';
