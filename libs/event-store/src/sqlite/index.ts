export { SqliteEventStore } from './sqlite-event-store';
export type { SqliteEventStoreOptions } from './sqlite-event-store';
export type { SqliteSynchronous } from './sqlite-schema';
export { APPEND_ONLY_MESSAGE } from './sqlite-schema';
