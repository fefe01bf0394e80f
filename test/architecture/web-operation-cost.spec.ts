import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { measureOperation } from '../../apps/api/src/limits/operation-measure';

const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'apps', 'web', 'src');
/** The API's default cost limit (SCHAKEL_MAX_COST): a screen must work on a server left at its defaults. */
const DEFAULT_MAX_COST = 10_000;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

// Every operation the web app sends is priced by the API before it runs (apps/api/src/limits): one
// whose estimated cost exceeds the default limit is refused, so its screen would never load. This
// prices each operation of apps/web against schema.gql as the server does.
describe("the web app's operations", () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'schema.gql'), 'utf8'));
  const operations = sources(WEB).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1]));

  it('are found', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it('each cost at most the API default limit', () => {
    const over = operations.flatMap((text) => {
      const document = parse(text);
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
      const { cost } = measureOperation(schema, operation, fragments, {});
      return cost > DEFAULT_MAX_COST ? [`${operation.name?.value}: ${cost}`] : [];
    });
    expect(over).toEqual([]);
  });
});
