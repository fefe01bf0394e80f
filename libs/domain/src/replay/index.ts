export * from './replay-event';
export type { Interruption } from './interruption';
export * from './events-on-clock';
export { foldChainEvents } from './fold-chain-events';
export * from './chain-as-of';
export * from './event-summary';
export * from './timeline';
export * from './who-knew';
export * from './accident-replay';
