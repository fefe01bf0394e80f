/** One jest run for unit (*.spec.ts), real-database (*.int-spec.ts) and HTTP (*.e2e-spec.ts) tests. */
const paths = {
  '^@schakel/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@schakel/event-store$': '<rootDir>/libs/event-store/src/index.ts',
  '^@schakel/event-store/testing$': '<rootDir>/libs/event-store/testing/index.ts',
  '^@schakel/read-models$': '<rootDir>/libs/read-models/src/index.ts',
  '^@schakel/testing$': '<rootDir>/libs/testing/src/index.ts',
};
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: paths,
  testTimeout: 30000,
};
