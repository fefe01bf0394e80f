import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApi, type ApiHarness } from '@schakel/api-harness';

interface Example {
  readonly name: string;
  readonly as: string[];
  readonly saves: { path: string; as: string }[];
  readonly query: string;
  readonly variables: string;
}

/** The ```graphql blocks of docs/api.md with their `# as:` / `# save:` lines and the ```json block after each. */
function examples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g)];
  return blocks.map(([, graphql, json]) => {
    const lines = graphql.split('\n');
    const as = (lines.find((l) => l.startsWith('# as:')) ?? '').replace('# as:', '').trim().split(/\s+/);
    const saves = lines
      .filter((l) => l.startsWith('# save:'))
      .map((l) => /# save: (\S+) as (\S+)/.exec(l)!)
      .map(([, path, name]) => ({ path, as: name }));
    const name = /(?:mutation|query)\s+(\w+)/.exec(graphql)?.[1] ?? 'anonymous';
    return { name, as, saves, query: graphql, variables: json ?? '{}' };
  });
}

const fill = (text: string, values: Map<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!values.has(key)) throw new Error(`docs/api.md uses {{${key}}} before an example saves it`);
    return values.get(key)!;
  });

describe('docs/api.md', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('every example runs, in order, and succeeds', async () => {
    const doc = examples(readFileSync(join(__dirname, '..', '..', 'docs', 'api.md'), 'utf8'));
    expect(doc.length).toBeGreaterThanOrEqual(18);
    const values = new Map<string, string>();
    const ran: string[] = [];
    for (const example of doc) {
      const [role, party, worker] = example.as.map((word) => fill(word, values));
      expect(['ADMIN', 'MANAGER', 'WORKER']).toContain(role);
      const token = api.token({ role: role as 'ADMIN', party: party ?? null, worker: worker ?? null });
      const response = await api.gql(example.query, JSON.parse(fill(example.variables, values)), token);
      expect({ example: example.name, errors: response.errors }).toEqual({ example: example.name, errors: undefined });
      for (const save of example.saves) {
        const value = save.path.split('.').reduce<any>((at, key) => at?.[key], response.data);
        expect({ example: example.name, [save.as]: typeof value }).toEqual({ example: example.name, [save.as]: 'string' });
        values.set(save.as, value);
      }
      ran.push(example.name);
    }
    // Every mutation of the schema is run here or listed in the doc's index with its guide.
    const markdown = readFileSync(join(__dirname, '..', '..', 'docs', 'api.md'), 'utf8');
    const indexed = (m: string) => new RegExp('^\\|[^|]*`' + m + '`', 'm').test(markdown);
    const mutations = readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8')
      .match(/type Mutation \{[\s\S]*?\n\}/)![0]
      .match(/^ {2}(\w+)\(/gm)!
      .map((m) => m.trim().replace('(', ''));
    const used = doc.map((e) => /\{\s*(\w+)\(/.exec(e.query.replace(/#.*\n/g, ''))?.[1]).filter(Boolean);
    const missing = mutations.filter((m) => !used.includes(m) && !indexed(m));
    expect(missing).toEqual([]);
    expect(ran).toContain('Chain');
  });
});
