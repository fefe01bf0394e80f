export { describeEventStoreContract } from './event-store.contract';
export type { ContractSubject } from './event-store.contract';
export { aNewEvent, aStreamId, anActor, someNewEvents } from './event-builders';
export { LogCursor, readAllPages, readOurs, sleep, startSubscription, waitUntil, withoutCheckpoint } from './log-reading';
export type { RunningSubscription } from './log-reading';
export { aTempFolder } from './temp-folder';
