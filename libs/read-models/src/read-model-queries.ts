// The read models' queries and views, one folder each: rows, projection, views and queries together.
export { ChainQueries } from './chains/chain-queries';
export { chainAccess } from './chains/chain-access';
export { IdOwners } from './chains/id-owners';
export type { ChainOwnedIdKind } from './chains/id-owners';
export type * from './chains/chain.views';
export type * from './links/link.views';
export type * from './instructions/instruction.views';
export type * from './checks/check.views';
export type * from './incidents/incident.views';
export type * from './corrections/correction.views';
export { PartyQueries, MAX_PARTY_SEARCH_RESULTS } from './parties/party-queries';
export type * from './parties/party.views';
export { NO_INTERRUPTION, type ReadInterruption, type ReadInterruptionSource } from './runner/read-interruption';
