import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { FOLD_COST, measureOperation, UNPAGED_LIST_SIZE } from './operation-measure';

const schema = buildSchema(`
  type Query { chains(first: Int = 100): [Chain!]!  chain(id: ID!): Chain!  timeline(filter: Filter): Timeline!  deliveries(first: Int = 100): Page! }
  type Page { total: Int!  items: [Link!]! }
  input Filter { limit: Int  types: [String!] }
  type Chain { id: ID!  links(first: Int = 100, offset: Int = 0): [Link!]!  tags: [Link!]! }
  type Link { id: ID!  kind: String! }
  type Timeline { total: Int!  entries: [Entry!]! }
  type Entry { id: ID!  type: String! }
`);

function measure(text: string, variables: Record<string, unknown> = {}) {
  const document = parse(text);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return measureOperation(schema, operation, fragments, variables);
}

describe('measuring an operation before it runs', () => {
  it('multiplies a list by its page: `first`, its default, or the nominal size of an unpaged list', () => {
    expect(measure('{ chains(first: 3) { id } }').cost).toBe(1 + 3 * 1);
    expect(measure('{ chains { id } }').cost).toBe(1 + 100 * 1);
    expect(measure('query Q($n: Int) { chains(first: $n) { id } }', { n: 7 }).cost).toBe(1 + 7);
    expect(measure('{ chain(id: "c") { links { id kind } } }').cost).toBe(1 + 1 + UNPAGED_LIST_SIZE * 2);
    expect(measure('{ chain(id: "c") { tags { id kind } } }').cost).toBe(1 + 1 + UNPAGED_LIST_SIZE * 2);
  });

  it('multiplies a nested list by the `first` it is asked with, so a large page costs more', () => {
    expect(measure('{ chain(id: "c") { links(first: 2) { id kind } } }').cost).toBe(1 + 1 + 2 * 2);
    expect(measure('{ chain(id: "c") { links(first: 400) { id kind } } }').cost).toBe(1 + 1 + 400 * 2);
    expect(measure('{ chains(first: 50) { links(first: 200) { id } } }').cost).toBe(1 + 50 * (1 + 200));
    expect(measure('query Q($n: Int!) { chain(id: "c") { links(first: $n) { id } } }', { n: 300 }).cost).toBe(1 + 1 + 300);
  });

  it('finds a page argument out of range, inline or as a variable, and says where', () => {
    expect(measure('{ chain(id: "c") { links(first: 20, offset: 40) { id } } }').badPage).toBeNull();
    expect(measure('{ chain(id: "c") { links(first: 501) { id } } }').badPage).toEqual({ reason: 'PAGE_SIZE_INVALID', message: 'chain.links: first must be from 1 to 500, got 501.' });
    expect(measure('{ chains(first: 0) { id } }').badPage?.reason).toBe('PAGE_SIZE_INVALID');
    expect(measure('query Q($o: Int!) { chain(id: "c") { links(offset: $o) { id } } }', { o: -1 }).badPage?.reason).toBe('PAGE_OFFSET_INVALID');
  });

  it('adds the fold cost of a read that folds the log, and pages its entries by filter.limit', () => {
    expect(measure('{ timeline { total entries { id } } }').cost).toBe(1 + FOLD_COST.timeline + 1 + 1 + 500);
    expect(measure('query Q($f: Filter) { timeline(filter: $f) { entries { id } } }', { f: { limit: 5 } }).cost).toBe(1 + FOLD_COST.timeline + 1 + 5);
  });

  it('pages the lists under a read that takes `first` and answers one page object', () => {
    expect(measure('{ deliveries { total items { id } } }').cost).toBe(1 + 1 + 1 + 100);
    expect(measure('{ deliveries(first: 500) { items { id kind } } }').cost).toBe(1 + 1 + 500 * 2);
  });

  it('counts aliases and depth through fragments', () => {
    const m = measure('{ a: chain(id: "1") { ...F } b: chain(id: "2") { ...F } } fragment F on Chain { links { id } }');
    expect(m.aliases).toBe(2);
    expect(m.depth).toBe(3);
  });

  it('leaves out a file argument (bounded by the body limit instead), and only at the root field that takes a file', () => {
    const doc = 'mutation M($i: ImportChainHistoryInput!) { importChainHistory(input: $i) { entries } }';
    expect(measure(doc, { i: { content: 'x'.repeat(50_000) } }).longestString).toEqual({ length: 0, at: '' });
  });

  it('finds the longest string, inline or in the variables, and says where', () => {
    expect(measure('{ chain(id: "abcdef") { id } }').longestString).toEqual({ length: 6, at: 'chain.id' });
    expect(measure('query Q($f: Filter) { timeline(filter: $f) { total } }', { f: { types: ['x', 'y'.repeat(9)] } }).longestString).toEqual({ length: 9, at: 'timeline.filter.types[1]' });
  });
});
