export { adminUrl, createTestDatabase, databaseUrl, postgresAvailable } from './test-database';
export type { TestDatabase } from './test-database';
export { describePostgres, postgresSkipReason } from './describe-postgres';
