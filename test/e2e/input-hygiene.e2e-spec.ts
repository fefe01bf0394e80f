import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { startApi, type ApiHarness } from '@schakel/api-harness';

// Every text of every input goes through one check at the GraphQL boundary. This walks the schema
// itself: each String or ID anywhere in the arguments of every query and mutation gets a NUL, and
// each such request must be refused with BAD_USER_INPUT naming the field, writing nothing.

const TEXT_SCALARS = new Set(['String', 'ID']);

interface Operation {
  readonly kind: 'query' | 'mutation';
  readonly field: GraphQLField<unknown, unknown>;
}

/** A value of the type for every argument and input field (optional ones too), and the paths of its texts. */
function sample(type: GraphQLInputType, path: (string | number)[], texts: (string | number)[][], covered: Set<string>, owner?: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, path, texts, covered, owner);
  if (isListType(type)) return [sample(type.ofType, [...path, 0], texts, covered, owner)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((f) => [f.name, sample(f.type, [...path, f.name], texts, covered, `${type.name}.${f.name}`)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) {
    if (TEXT_SCALARS.has(type.name)) {
      texts.push(path);
      if (owner) covered.add(owner);
      return 'x';
    }
    if (type.name === 'Int' || type.name === 'Float') return 1;
    if (type.name === 'Boolean') return true;
    if (type.name === 'DateTime') return '2026-01-05T08:00:00Z';
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationText(op: Operation): string {
  const args = op.field.args as readonly GraphQLArgument[];
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(op.field.type)) ? ' { __typename }' : '';
  return `${op.kind} Walk(${defs}) { ${op.field.name}(${uses})${selection} }`;
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: string): void {
  let at: any = target;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path[path.length - 1]] = value;
}

const textFieldsOfInputs = (schema: GraphQLSchema): string[] =>
  Object.values(schema.getTypeMap())
    .filter(isInputObjectType)
    .filter((t) => !t.name.startsWith('__'))
    .flatMap((t) => Object.values(t.getFields()).filter((f) => TEXT_SCALARS.has(getNamedType(f.type).name)).map((f) => `${t.name}.${f.name}`))
    .sort();

describe('text hygiene on every input', () => {
  let api: ApiHarness;
  let schema: GraphQLSchema;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    schema = api.app.get(GraphQLSchemaHost).schema;
    admin = api.token({});
  });

  afterAll(async () => api?.close());

  it('refuses a NUL in each String and ID of every argument of every query and mutation, naming it, writing nothing', async () => {
    const operations: Operation[] = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
    ].filter((op) => op.field.args.length > 0);
    const covered = new Set<string>();
    const refused: string[] = [];
    const before = await api.eventCount();
    for (const op of operations) {
      const texts: (string | number)[][] = [];
      const base = Object.fromEntries(op.field.args.map((a) => [a.name, sample(a.type, [a.name], texts, covered)]));
      for (const path of texts) {
        const variables = structuredClone(base);
        setAt(variables, path, 'ge\u0000vaar');
        const res = await api.gql(operationText(op), variables, admin);
        const where = `${op.field.name} ${path.join('.')}`;
        expect({ where, status: res.status, extensions: res.errors?.[0]?.extensions }).toEqual({
          where,
          status: 400,
          extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT_TEXT_CONTROL_CHARACTER' },
        });
        expect(res.errors![0].message).toBe(
          `${path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[')} contains the control character U+0000 at position 2; ` +
            'text may hold tab, line feed and carriage return, but no other control character, no lone surrogate and no bidi override, embedding or isolate',
        );
        refused.push(where);
      }
    }
    expect(await api.eventCount()).toBe(before);
    // every text field of every input type was reached, and the walk was not trivially small
    expect([...covered].sort()).toEqual(textFieldsOfInputs(schema));
    expect(refused.length).toBeGreaterThan(100);
    expect(refused).toContain('registerParty input.name');
  });

  const REGISTER = `mutation R($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }`;
  const register = (name: string) => api.gql(REGISTER, { input: { kind: 'ORGANISATION', name } }, admin);

  it.each([
    ['a bidi override (Trojan Source)', 'Bouw\u202eVB', 'INPUT_TEXT_BIDI_CONTROL', 'U+202E'],
    ['a bidi isolate', 'Bouw\u2066BV', 'INPUT_TEXT_BIDI_CONTROL', 'U+2066'],
    ['a lone high surrogate', 'Bouw\ud800BV', 'INPUT_TEXT_LONE_SURROGATE', 'U+D800'],
    ['a lone low surrogate', 'Bouw\udc00BV', 'INPUT_TEXT_LONE_SURROGATE', 'U+DC00'],
    ['an escape character', 'Bouw\u001bBV', 'INPUT_TEXT_CONTROL_CHARACTER', 'U+001B'],
    ['a C1 control', 'Bouw\u0085BV', 'INPUT_TEXT_CONTROL_CHARACTER', 'U+0085'],
    ['DEL', 'Bouw\u007fBV', 'INPUT_TEXT_CONTROL_CHARACTER', 'U+007F'],
  ])('refuses %s with its own reason', async (_what, name, reason, codePoint) => {
    const res = await register(name);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason });
    expect(res.errors?.[0].message).toContain(`input.name contains`);
    expect(res.errors?.[0].message).toContain(`${codePoint} at position 4`);
  });

  it('refuses a NUL written into the query itself, naming the argument', async () => {
    const res = await api.gql(`mutation { registerParty(input: { kind: ORGANISATION, name: "Nul\\u0000BV" }) { partyId } }`, {}, admin);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INPUT_TEXT_CONTROL_CHARACTER' });
    expect(res.errors?.[0].message).toMatch(/^input\.name contains the control character U\+0000 at position 3/);
  });

  it('keeps tab, line breaks, accents, emoji and right-to-left script', async () => {
    for (const name of ['Bouw\tBV', 'Regel 1\nRegel 2\r\nRegel 3', 'Wiśniewski & Zoñ', 'Bouw 🏗️ BV', 'شركة البناء']) {
      const res = await register(name);
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
    }
  });
});
