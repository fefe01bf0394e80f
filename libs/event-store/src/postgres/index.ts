export { PostgresEventStore } from './postgres-event-store';
export type { PostgresEventStoreOptions } from './postgres-event-store';
export { InvalidCheckpointError, decodeCheckpoint, encodeCheckpoint } from './postgres-checkpoint';
export type { GlobalOrderKey } from './postgres-checkpoint';
export { NOTIFY_CHANNEL, SCHEMA_VERSION } from './postgres-schema';
