// Test helpers. The API harness is imported on its own (`@schakel/testing/api`): it loads the whole app.
export * from './decider';
export * from './builders';
export * from './postgres';
