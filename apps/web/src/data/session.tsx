import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { reasonOf } from './errors';
import { actingParty, chooseParty, forgetParties, memberParties, rememberParties } from './acting-party';

const WHO_AM_I = graphql(`
  query WhoAmI {
    me { userId name email role workerId }
    myParty { id name }
  }
`);

const SIGN_OUT = graphql(`
  mutation SignOut { signOut }
`);

export interface Session {
  readonly name: string | null;
  readonly email: string | null;
  readonly role: string;
  readonly workerId: string | null;
  readonly partyName: string | null;
  /** The party they act for (to tell which duties are theirs; never shown). */
  readonly partyId: string | null;
  /** True when the person is a member of several parties and chose this one (they may choose again). */
  readonly severalParties: boolean;
}

interface SessionState {
  readonly session: Session | null;
  readonly loading: boolean;
  readonly error: string | null;
  /** The parties to choose from, when the person is a member of several and has not chosen (ids). */
  readonly choices: readonly string[] | null;
  /** Acts for another party (or, with null, asks again which one). */
  actFor(partyId: string | null): Promise<void>;
  refresh(): Promise<unknown>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Who is signed in (from the session cookie, which scripts cannot read: the API tells). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(WHO_AM_I, { fetchPolicy: 'network-only' });
  const [signOutMutation] = useMutation(SIGN_OUT);
  const failure = reasonOf(error);
  const signedOut = failure?.code === 'UNAUTHENTICATED';
  // a member of several parties who has not chosen: the API names their parties
  const partyRequired = failure?.reason === 'AUTH_PARTY_REQUIRED';
  const named = partyRequired && CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions?.parties as unknown) : null;
  const choices = partyRequired ? (Array.isArray(named) ? named.filter((id): id is string => typeof id === 'string') : []) : null;
  useEffect(() => {
    if (choices) rememberParties(choices);
  }, [choices?.join()]); // eslint-disable-line react-hooks/exhaustive-deps
  const actFor = useCallback(
    async (partyId: string | null) => {
      chooseParty(partyId);
      await client.clearStore();
      await refetch().catch(() => undefined);
    },
    [client, refetch],
  );
  // the chosen party is no longer theirs (removed): ask again
  const notMember = failure?.reason === 'AUTH_PARTY_NOT_MEMBER' && actingParty() !== null;
  useEffect(() => {
    if (notMember) void actFor(null);
  }, [notMember, actFor]);
  const session: Session | null =
    data?.me && !signedOut && !partyRequired
      ? {
          name: data.me.name ?? null,
          email: data.me.email ?? null,
          role: data.me.role,
          workerId: data.me.workerId ?? null,
          partyName: data.myParty?.name ?? null,
          partyId: data.myParty?.id ?? null,
          severalParties: actingParty() !== null && memberParties().length > 1,
        }
      : null;
  const signOut = useCallback(async () => {
    await signOutMutation();
    forgetParties();
    await client.clearStore();
    await refetch().catch(() => undefined);
  }, [client, refetch, signOutMutation]);
  const value: SessionState = {
    session,
    loading: loading && !data && !error,
    error: failure && !signedOut && !partyRequired ? failure.message : null,
    choices,
    actFor,
    refresh: () => refetch().catch(() => undefined),
    signOut,
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
