export * from './command-metadata';
export * from './recorded-by';
export * from './party-events';
export * from './chain-events';
export * from './chain-commands';
export * from './a-chain';
export * from './specs';
export * from './with-meta';
