import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The one GraphQL client. The session cookie (HttpOnly) goes along by itself; the API wants the header
 * x-schakel-csrf on every cookie-authenticated request, which a page on another site cannot add.
 */
export const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'x-schakel-csrf': '1' } }),
  cache: new InMemoryCache({
    // lists arrive whole (one page); a newer answer replaces the older
    typePolicies: { Chain: { merge: true }, Party: { merge: true } },
  }),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
