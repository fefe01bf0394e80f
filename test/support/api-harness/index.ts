export * from './api-harness';
export * from './print-schema';
