// Runner
export type { Projection } from './runner/projection';
export { ProjectionRunner } from './runner/projection-runner';
export type { ProjectionRunnerOptions, ProjectionStatus } from './runner/projection-runner';
export { LocalLease } from './runner/projection-lease';
export type { ProjectionLease } from './runner/projection-lease';
export { PostgresAdvisoryLease } from './runner/postgres-advisory-lease';

// Database
export { openReadModels, migrateReadModels, leaseFor } from './read-model-database';
export type { ReadModelLocation } from './read-model-database';
export { readModelEntities } from './entities';
export { sqliteMigrations, postgresMigrations } from './migrations';

// Projections
export { readModelProjections } from './projections';

// Queries and their views
export * from './queries';
