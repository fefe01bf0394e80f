import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';

/** Where the committed schema lives. */
export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema.gql');

const HEADER = '# Generated from the code-first GraphQL types: `npm run schema` rewrites it; a test fails when they differ.\n\n';

/** The running app's schema as committed: sorted, with a header. */
export function printAppSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
