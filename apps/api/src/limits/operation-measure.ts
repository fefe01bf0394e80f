import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type ArgumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE } from '../graphql/page-args';

/** What one operation asks for, measured from its document and variables before anything runs. */
export type OperationMeasure = {
  aliases: number;
  depth: number;
  cost: number;
  /** The longest string among the arguments and variables, with where it was. */
  longestString: { length: number; at: string };
  /** The first page argument out of range (`first` outside 1..MAX_PAGE, a negative `offset`), with where it was. */
  badPage: { reason: 'PAGE_SIZE_INVALID' | 'PAGE_OFFSET_INVALID'; message: string } | null;
};

/**
 * A nested list asked for without `first` (a chain's links, an instruction's acknowledgements) is
 * counted at this size, a typical one; its page is still cut at its default (DEFAULT_PAGE). One
 * that names `first` is counted at that. A list without page arguments counts this size too.
 */
export const UNPAGED_LIST_SIZE = 10;

/**
 * Root reads that fold a chain's log or sign a bundle: each costs this much on top of its fields,
 * so a few aliases of them reach the cost limit long before a few aliases of a cheap lookup.
 */
export const FOLD_COST: Readonly<Record<string, number>> = {
  timeline: 1_000,
  chainAsOf: 1_000,
  whoKnew: 1_000,
  accidentReplay: 1_000,
  findings: 500,
  findingsPerMonth: 500,
  startCheck: 500,
  correctiveActions: 200,
  toolboxMeetings: 200,
  openFindings: 1_000,
  accidentRegister: 200,
  accidentRegisterCsv: 500,
  exportEvidenceBundle: 5_000,
};

/** Reads whose lists are paged by `filter.limit` (the timeline's entries), with its default. */
const FILTER_PAGED: Readonly<Record<string, number>> = { timeline: 500 };

type Variables = Readonly<Record<string, unknown>>;

function valueOf(node: ValueNode, variables: Variables): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => valueOf(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
  }
}

/**
 * Arguments that carry a whole file rather than a field of text: bounded by the request body limit
 * (maxBodyBytes), not by the string limit. Keyed by root field, then the argument path.
 */
export const FILE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  importChainHistory: ['input.content'],
};

function longestIn(value: unknown, at: string, best: { length: number; at: string }, skip: readonly string[] = []): void {
  if (skip.includes(at)) return;
  if (typeof value === 'string') {
    if (value.length > best.length) Object.assign(best, { length: value.length, at });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => longestIn(v, `${at}[${i}]`, best, skip));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) longestIn(v, `${at}.${k}`, best, skip);
  }
}

const argument = (node: FieldNode, name: string): ArgumentNode | undefined => node.arguments?.find((a) => a.name.value === name);

/** The page a read gives the lists under it: the timeline's `filter.limit`, else its default; null for others. */
function filterPage(node: FieldNode, variables: Variables): number | null {
  const fallback = FILTER_PAGED[node.name.value];
  if (fallback === undefined) return null;
  const filter = argument(node, 'filter');
  const limit = filter ? (valueOf(filter.value, variables) as { limit?: unknown } | null)?.limit : undefined;
  return typeof limit === 'number' && limit >= 0 ? limit : fallback;
}

/** A read that takes `first` but answers one object (a page with `total` and `items`): its page, for the lists under it. */
function objectPage(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, variables: Variables): number | null {
  if (!field?.args.some((a) => a.name === 'first')) return null;
  return pageSize(node, field, variables, null, true);
}

/**
 * Page size of a list field: its `first`; else, at the root, the schema default; else the page of
 * the read above it (the timeline's entries); else UNPAGED_LIST_SIZE.
 */
function pageSize(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, variables: Variables, inherited: number | null, root: boolean): number {
  const first = argument(node, 'first');
  if (first) {
    const n = valueOf(first.value, variables);
    if (typeof n === 'number' && n >= 0) return n;
  }
  const fallback = root ? field?.args.find((a) => a.name === 'first')?.defaultValue : undefined;
  return typeof fallback === 'number' ? fallback : (inherited ?? UNPAGED_LIST_SIZE);
}

/** `first` outside 1..MAX_PAGE or a negative `offset` on a paged field, said where; null when in range or not given. */
function pageArgumentError(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, variables: Variables, at: string): OperationMeasure['badPage'] {
  const given = (name: string): unknown => {
    const arg = argument(node, name);
    return arg && field?.args.some((a) => a.name === name) ? valueOf(arg.value, variables) : undefined;
  };
  const first = given('first');
  if (first !== undefined && first !== null && !(Number.isInteger(first) && (first as number) >= 1 && (first as number) <= MAX_PAGE)) {
    return { reason: 'PAGE_SIZE_INVALID', message: `${at}: first must be from 1 to ${MAX_PAGE}, got ${String(first)}.` };
  }
  const offset = given('offset');
  if (offset !== undefined && offset !== null && !(Number.isInteger(offset) && (offset as number) >= 0)) {
    return { reason: 'PAGE_OFFSET_INVALID', message: `${at}: offset must be 0 or more, got ${String(offset)}.` };
  }
  return null;
}

/**
 * Aliases, depth and estimated cost of an operation: every field costs 1, a field returning a
 * list multiplies what is selected under it by its page size, a root read that folds the log adds
 * its FOLD_COST. Fragments are expanded where they are spread (validation has already refused cycles).
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Variables = {},
): OperationMeasure {
  // Strings are measured where arguments use them, variables included (an unused variable is a
  // validation error), so a file argument can be told from a field of text.
  const longestString = { length: 0, at: '' };
  let aliases = 0;
  let depth = 0;
  let badPage: OperationMeasure['badPage'] = null;

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType | null | undefined, level: number, root: boolean, page: number | null = null, path = ''): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (fragment) cost += walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType, level, root, page, path);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : parent;
        cost += walk(selection.selectionSet, typed, level, root, page, path);
        continue;
      }
      if (selection.alias) aliases++;
      depth = Math.max(depth, level);
      const field = parent && 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
      const at = path ? `${path}.${selection.name.value}` : selection.name.value;
      badPage ??= pageArgumentError(selection, field, variables, at);
      for (const arg of selection.arguments ?? []) {
        const files = root ? (FILE_ARGUMENTS[selection.name.value] ?? []).map((path) => `${selection.name.value}.${path}`) : [];
        longestIn(valueOf(arg.value, variables), `${selection.name.value}.${arg.name.value}`, longestString, files);
      }
      let own = 1 + (root ? (FOLD_COST[selection.name.value] ?? 0) : 0);
      if (selection.selectionSet) {
        const named = field ? getNamedType(field.type) : undefined;
        const child = named && isCompositeType(named) ? named : null;
        const list = field ? isListType(getNullableType(field.type)) : false;
        const inner = walk(selection.selectionSet, child, level + 1, false, list ? null : (filterPage(selection, variables) ?? objectPage(selection, field, variables) ?? page), at);
        own += list ? inner * pageSize(selection, field, variables, page, root) : inner;
      }
      cost += own;
    }
    return cost;
  };

  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const cost = walk(operation.selectionSet, rootType, 1, true);
  return { aliases, depth, cost, longestString, badPage };
}
