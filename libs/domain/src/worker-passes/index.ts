export * from './worker-pass.events';
export type * from './worker-pass.commands';
export { workerPassDecider, type WorkerPassState, type WorkerPassesState } from './worker-pass.decider';
