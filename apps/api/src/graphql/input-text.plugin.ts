import type { ApolloServerPlugin } from '@apollo/server';
import { type ASTNode, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { badInput } from '@schakel/application';
import { type TextProblem, textProblem, textProblemMessage } from './text-hygiene';

interface Found {
  readonly field: string;
  readonly problem: TextProblem;
}

/** Every string in the request's variables, however deep, with its path (`$input.content[0].body`). */
function inVariables(value: unknown, path: string): Found | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { field: path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = inVariables(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = inVariables(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** Every string written into the query itself, named by its argument and object fields. */
function inLiterals(document: DocumentNode): Found | null {
  let found: Found | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      const problem = textProblem(node.value);
      if (!problem) return undefined;
      const names = ([...ancestors, parent] as readonly (ASTNode | readonly ASTNode[] | undefined)[])
        .filter((a): a is ASTNode => a !== undefined && !Array.isArray(a) && ((a as ASTNode).kind === Kind.ARGUMENT || (a as ASTNode).kind === Kind.OBJECT_FIELD))
        .map((a) => (a as { name: { value: string } }).name.value);
      found = { field: names.join('.') || 'a string literal', problem };
      return false;
    },
  });
  return found;
}

/**
 * Input hygiene at the GraphQL boundary, for every text of every input at once: a request whose
 * variables or literals hold a forbidden character is refused before any guard or resolver runs,
 * so nothing is written and no field can be forgotten.
 */
export const inputTextPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const found = inVariables(request.variables ?? {}, '') ?? inLiterals(document);
        if (!found) return;
        const error = badInput(found.problem.reason, textProblemMessage(found.field, found.problem));
        throw new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 400 } } });
      },
    };
  },
};
