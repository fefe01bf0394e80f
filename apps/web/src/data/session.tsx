import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { reasonOf } from './errors';

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
}

interface SessionState {
  readonly session: Session | null;
  readonly loading: boolean;
  readonly error: string | null;
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
  const session: Session | null =
    data?.me && !signedOut ? { name: data.me.name ?? null, email: data.me.email ?? null, role: data.me.role, workerId: data.me.workerId ?? null, partyName: data.myParty?.name ?? null, partyId: data.myParty?.id ?? null } : null;
  const signOut = useCallback(async () => {
    await signOutMutation();
    await client.clearStore();
    await refetch().catch(() => undefined);
  }, [client, refetch, signOutMutation]);
  const value: SessionState = {
    session,
    loading: loading && !data && !error,
    error: failure && !signedOut ? failure.message : null,
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
