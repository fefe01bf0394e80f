import type { Client } from 'graphql-ws';
import { actingParty, PARTY_HEADER } from './acting-party';

/**
 * The log, heard live: one WebSocket per page (graphql-ws on /graphql, signed in by the session cookie
 * this page already has) and one `chainChanged` subscription per chain an open screen shows (and one
 * `findingChanged` per chain whose findings are on screen). The server tells a party only what it may
 * see; the screens then ask their queries again. The WebSocket client is fetched with the first chain
 * followed: a worker's first page follows none and does without it.
 */
let client: Promise<Client> | null = null;
const followed = new Map<string, { screens: number; stop: () => void }>();

function socket(): Promise<Client> {
  client ??= import('graphql-ws').then(({ createClient }) =>
    createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      lazy: true,
      // a person of several parties: the party they act for (a browser cannot set headers on a WebSocket)
      connectionParams: () => {
        const party = actingParty();
        return party ? { [PARTY_HEADER]: party } : {};
      },
      // a dropped connection (a restart, a phone waking up) is tried again; a refusal (signed out) is not
      retryAttempts: 20,
      shouldRetry: (event) => !(event && typeof event === 'object' && 'code' in event && (event as CloseEvent).code >= 4400 && (event as CloseEvent).code < 4500),
    }),
  );
  // fetching the client failed (offline a moment): the next chain followed tries again
  client.catch(() => (client = null));
  return client;
}

const CHAIN_CHANGED = 'subscription ChainChanged($chainId: ID!) { chainChanged(chainId: $chainId) { eventId } }';

/** Calls `changed` whenever the chain gets an entry this party may see; the returned function stops following. */
export function followChain(chainId: string, changed: () => void): () => void {
  const current = followed.get(chainId);
  if (current) {
    current.screens += 1;
  } else {
    let stopped = false;
    let unsubscribe: (() => void) | null = null;
    const entry = {
      screens: 1,
      stop: () => {
        stopped = true;
        unsubscribe?.();
      },
    };
    const forget = () => {
      if (followed.get(chainId) === entry) followed.delete(chainId);
    };
    followed.set(chainId, entry);
    socket().then(
      (ws) => {
        if (stopped) return;
        unsubscribe = ws.subscribe({ query: CHAIN_CHANGED, variables: { chainId } }, { next: () => changed(), error: forget, complete: forget });
      },
      forget,
    );
  }
  return () => {
    const entry = followed.get(chainId);
    if (!entry) return;
    entry.screens -= 1;
    if (entry.screens > 0) return;
    entry.stop();
    followed.delete(chainId);
  };
}

/** A finding that arose or was resolved, as `findingChanged` tells it (ids only: the screen words it). */
export type FindingNews = { change: 'AROSE' | 'RESOLVED'; ruleId: string; partyIds: readonly string[]; arisenAt: string };

const FINDING_CHANGED = 'subscription FindingChanged($chainId: ID!) { findingChanged(chainId: $chainId) { change finding { ruleId partyIds arisenAt } } }';

type FindingChanged = { findingChanged: { change: FindingNews['change']; finding: Omit<FindingNews, 'change'> } };

/**
 * Calls `heard` whenever a finding of the chain arises or is resolved, about a party this party may see
 * (deadlines pass without a new entry, and a certificate lapses outside the chain's log: `chainChanged`
 * does not tell those). The returned function stops following.
 */
export function followFindings(chainId: string, heard: (news: FindingNews) => void): () => void {
  let stopped = false;
  let unsubscribe: (() => void) | null = null;
  socket().then(
    (ws) => {
      if (stopped) return;
      unsubscribe = ws.subscribe<FindingChanged>(
        { query: FINDING_CHANGED, variables: { chainId } },
        {
          next: (message) => {
            const told = message.data?.findingChanged;
            if (told) heard({ change: told.change, ruleId: told.finding.ruleId, partyIds: told.finding.partyIds, arisenAt: told.finding.arisenAt });
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    unsubscribe?.();
  };
}
