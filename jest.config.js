/** One jest run for unit (*.spec.ts), real-database (*.int-spec.ts) and HTTP (*.e2e-spec.ts) tests. */
const paths = {
  '^@schakel/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@schakel/event-store$': '<rootDir>/libs/event-store/src/index.ts',
  '^@schakel/event-store/testing$': '<rootDir>/libs/event-store/testing/index.ts',
  '^@schakel/event-store/(sqlite|postgres|kurrentdb)$': '<rootDir>/libs/event-store/src/$1/index.ts',
  '^@schakel/evidence$': '<rootDir>/libs/evidence/src/index.ts',
  '^@schakel/infrastructure$': '<rootDir>/libs/infrastructure/src/index.ts',
  '^@schakel/application$': '<rootDir>/libs/application/src/index.ts',
  '^@schakel/api$': '<rootDir>/apps/api/src/index.ts',
  '^@schakel/api-harness$': '<rootDir>/test/support/api-harness/index.ts',
  '^@schakel/read-models$': '<rootDir>/libs/read-models/src/index.ts',
  '^@schakel/testing$': '<rootDir>/libs/testing/src/index.ts',
  '^@schakel/testing/(.*)$': '<rootDir>/libs/testing/src/$1/index.ts',
};
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // ESM-only packages (NestJS 12, Apollo's Express 5 integration): see test/support/esm-to-cjs.babel.js
    '^.+\\.m?js$': ['babel-jest', { babelrc: false, configFile: require('node:path').join(__dirname, 'test/support/esm-to-cjs.babel.js') }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@as-integrations|jose|openid-client|oauth4webapi)/)'],
  moduleNameMapper: paths,
  // a chain state compares as the plain state it reads as (docs/adr/0010)
  setupFilesAfterEnv: ['<rootDir>/test/support/chain-record-equality.ts'],
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
