export { PartyQueries, MAX_PARTY_SEARCH_RESULTS } from './party-queries';
export { ChainQueries } from './chain-queries';
export { IdOwners } from './id-owners';
export type { ChainOwnedIdKind } from './id-owners';
export { chainAccess } from './chain-access';
export type * from './views';
export { NO_INTERRUPTION, type ReadInterruption, type ReadInterruptionSource } from './read-interruption';
