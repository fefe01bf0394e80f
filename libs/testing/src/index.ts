// Test helpers for the domain and the libs. The API harness, which starts the whole app, is test/support/api-harness (`@schakel/api-harness`).
export * from './decider';
export * from './builders';
export * from './postgres';
