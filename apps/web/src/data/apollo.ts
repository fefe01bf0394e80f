import { ApolloClient, InMemoryCache } from '@apollo/client';
import { BaseHttpLink } from '@apollo/client/link/http';
import { fetchActingFor } from './acting-party';

/**
 * The one GraphQL client. The session cookie (HttpOnly) goes along by itself; the API wants the header
 * x-schakel-csrf on every cookie-authenticated request, which a page on another site cannot add; a person
 * of several parties also sends the party they act for (acting-party.ts). BaseHttpLink is HttpLink without
 * Apollo's client-awareness link (names of the client for Apollo's usage reporting, which we do not use).
 */
export const client = new ApolloClient({
  link: new BaseHttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'x-schakel-csrf': '1' }, fetch: fetchActingFor }),
  cache: new InMemoryCache({
    // lists arrive whole (one page); a newer answer replaces the older; a replayed moment's state and its findings come in two queries
    typePolicies: { Chain: { merge: true }, Party: { merge: true }, ChainAsOf: { merge: true } },
  }),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
