import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { RequestLimits } from '@schakel/infrastructure';
import { ApiError, badInput } from '@schakel/application';
import { measureOperation } from './operation-measure';

/** An ApiError as Apollo wants it from a plugin: a GraphQLError answering 400, mapped by formatGraphqlError. */
export function refusedRequest(error: ApiError, status = 400): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status } } });
}

/** Measures the operation against the limits before it runs; a refused request runs no resolver and writes nothing. */
export function checkOperation(limits: RequestLimits, measure: ReturnType<typeof measureOperation>): ApiError | null {
  if (measure.badPage) return badInput(measure.badPage.reason, measure.badPage.message);
  if (measure.aliases > limits.maxAliases) {
    return badInput('QUERY_TOO_MANY_ALIASES', `The query uses ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed. Send fewer fields per request.`);
  }
  if (measure.depth > limits.maxDepth) {
    return badInput('QUERY_TOO_DEEP', `The query nests ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed.`);
  }
  if (measure.cost > limits.maxCost) {
    return badInput(
      'QUERY_TOO_COSTLY',
      `The query's estimated cost is ${measure.cost}; at most ${limits.maxCost} is allowed. Ask for smaller pages (first) or fewer fields.`,
    );
  }
  if (measure.longestString.length > limits.maxStringLength) {
    return badInput(
      'INPUT_TOO_LONG',
      `${measure.longestString.at} is ${measure.longestString.length} characters long; at most ${limits.maxStringLength} are allowed.`,
    );
  }
  return null;
}

/** The query limits of docs/security.md, as an Apollo plugin (after validation, before execution). */
export function queryLimitsPlugin(limits: RequestLimits): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const refused = checkOperation(limits, measureOperation(schema, operation, fragments, request.variables ?? {}));
          if (refused) throw refusedRequest(refused);
        },
      };
    },
  };
}
