export * from './given-events';
export * from './has-code';
export * from './decider-spec';
export * from './decider-scenario';
