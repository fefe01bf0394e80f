import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { badInput } from '@schakel/application';

/**
 * Subscriptions are served over the WebSocket (graphql-ws on /graphql, apps/api/src/live); one sent
 * as an HTTP request is refused with its reason before anything runs, instead of failing inside Apollo.
 */
export const subscriptionsOverHttpPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'subscription') return;
        const error = badInput(
          'SUBSCRIPTION_OVER_HTTP',
          'Subscriptions are served over the WebSocket on /graphql (the graphql-ws protocol), not over HTTP: see docs/notifications.md, "Live updates".',
        );
        throw new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 400 } } });
      },
    };
  },
};
