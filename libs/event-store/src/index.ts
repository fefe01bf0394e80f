export * from './envelope';
export * from './errors';
export * from './event-store.port';
export * from './canonical-json';
export * from './hashing';
export * from './verify';
export * from './ids';
export * from './append-guard';
