import { readFileSync } from 'node:fs';
import { printAppSchema, SCHEMA_FILE, startApi, type ApiHarness } from '@schakel/api-harness';

describe('committed GraphQL schema', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('equals the schema generated from the code-first types (run `npm run schema` after changing them)', () => {
    expect(printAppSchema(api.app)).toEqual(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
