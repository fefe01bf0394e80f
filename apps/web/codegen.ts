import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations for the web app from the API's schema: npm run web:codegen (run from the repository root). */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, onlyOperationTypes: true, useTypeImports: true, skipTypename: true },
    },
  },
};

export default config;
