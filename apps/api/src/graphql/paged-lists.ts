import {
  defaultFieldResolver,
  getNullableType,
  GraphQLInt,
  GraphQLNonNull,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { DEFAULT_PAGE, MAX_PAGE, pageOffset, pageSize } from './page-args';

/**
 * Lists of objects that are not paged, and why: each is bounded by something other than the data.
 * (Lists of ids and codes are not paged either: see docs/security.md, Bounded requests.)
 */
export const UNPAGED_LISTS: Readonly<Record<string, string>> = {
  'Timeline.entries': 'paged by the timeline filter (limit, offset)',
  'InstructionVersion.content': 'one per language the version was issued in',
  'VergewisCheck.evidence': 'the evidence named in the one mutation that recorded the check',
  'CreateAcknowledgementLinksPayload.links': 'one per worker named in the mutation input',
};

const FIRST_DESCRIPTION = `At most this many (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}).`;
const OFFSET_DESCRIPTION = 'Skip this many first (the next page: offset + first).';

function intArgument(name: string, description: string, defaultValue: number): GraphQLArgument {
  return { name, description, type: new GraphQLNonNull(GraphQLInt), defaultValue, deprecationReason: undefined, extensions: {}, astNode: undefined };
}

/** Whether a field gets `first` and `offset`: a list of objects, not already paged, not exempt, not a mutation's answer. */
function isPaged(schema: GraphQLSchema, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): boolean {
  if (type === schema.getMutationType() || type === schema.getSubscriptionType()) return false;
  const list = getNullableType(field.type);
  if (!isListType(list) || !isObjectType(getNullableType(list.ofType))) return false;
  if (UNPAGED_LISTS[`${type.name}.${field.name}`]) return false;
  return !field.args.some((a) => a.name === 'first' || a.name === 'limit' || a.name === 'offset');
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * Every list of objects that can grow with the data takes `first` (default DEFAULT_PAGE, at most
 * MAX_PAGE) and `offset`; the list is resolved as before and the page cut from it. Applied once to
 * the built schema (GraphQL module `transformSchema`), so a list added later is paged without
 * anyone remembering to; the cost estimate multiplies what is selected under a list by its `first`.
 */
export function pageNestedLists(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isPaged(schema, type, field)) continue;
      const paged = field as { args: readonly GraphQLArgument[]; resolve?: GraphQLField<unknown, unknown>['resolve'] };
      paged.args = [...field.args, intArgument('first', FIRST_DESCRIPTION, DEFAULT_PAGE), intArgument('offset', OFFSET_DESCRIPTION, 0)];
      const resolve = field.resolve ?? defaultFieldResolver;
      paged.resolve = (source, args: Record<string, unknown>, context, info) => {
        const { first, offset, ...rest } = args;
        const from = pageOffset(offset as number);
        const to = from + pageSize(first as number);
        const cut = (items: unknown) => (Array.isArray(items) ? items.slice(from, to) : items);
        const result = resolve(source, rest, context, info);
        return isPromise(result) ? result.then(cut) : cut(result);
      };
    }
  }
  return schema;
}
