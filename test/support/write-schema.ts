// `npm run schema`: starts the API on a throwaway store and writes its GraphQL schema to schema.gql.
import { writeFileSync } from 'node:fs';
import { printAppSchema, SCHEMA_FILE, startApi } from '@schakel/api-harness';

async function main(): Promise<void> {
  const api = await startApi();
  try {
    writeFileSync(SCHEMA_FILE, printAppSchema(api.app));
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  } finally {
    await api.close();
  }
}

void main();
