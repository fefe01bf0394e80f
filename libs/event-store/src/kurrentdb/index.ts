export { KurrentDbEventStore, type KurrentDbStoreOptions } from './kurrentdb-event-store';
export { encodeCheckpoint, decodeCheckpoint } from './kurrentdb-checkpoint';
export type { SchakelEventMetadata } from './kurrentdb-envelope.mapper';
export { InvalidCheckpointError, InvalidReadError, ForeignEventError, StreamDeletedInStoreError, KurrentDbConfigError } from './kurrentdb-errors';
