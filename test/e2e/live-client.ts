// A real graphql-ws client over a real WebSocket, for the live update tests.
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { ApiHarness } from '@schakel/api-harness';
import { LiveFeed } from '../../apps/api/src/live/live-feed';

/** Lets the app listen on a free port (once) and gives the WebSocket URL of /graphql. */
export async function liveUrl(api: ApiHarness): Promise<string> {
  const server = api.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

export interface LiveAuth {
  token?: string;
  cookie?: string;
  origin?: string;
  party?: string;
}

export interface LiveClient {
  readonly client: Client;
  /** How the server closed the connection, once it did. */
  closed: { code: number; reason: string } | null;
  dispose(): Promise<void>;
}

export function liveClient(url: string, auth: LiveAuth): LiveClient {
  const headers: Record<string, string> = {};
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.origin) headers.origin = auth.origin;
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const live: LiveClient = {
    closed: null,
    client: createClient({
      url,
      webSocketImpl: WithHeaders,
      retryAttempts: 0,
      // the server, not the client, decides when a refused connection closes
      lazy: false,
      onNonLazyError: () => undefined,
      connectionParams: { ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}), ...(auth.party ? { 'x-schakel-party': auth.party } : {}) },
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          live.closed = { code, reason: String(reason) };
        },
      },
    }),
    dispose: () => live.client.dispose() as Promise<void>,
  };
  return live;
}

export interface LiveSubscription<T = any> {
  readonly received: T[];
  /** The errors the subscription ended with: `CODE/REASON`, or `closed <code>` when the socket closed. */
  readonly errors: string[];
  /** Resolves when the server acknowledged the connection and the subscription is in place. */
  stop(): void;
  /** Waits until `count` updates arrived (or the timeout passed) and returns them. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
}

export function subscribe<T = any>(live: LiveClient, query: string, variables: Record<string, unknown>): LiveSubscription<T> {
  const received: T[] = [];
  const errors: string[] = [];
  const stop = live.client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors?.length) {
          const { code, reason } = (result.errors[0].extensions ?? {}) as { code?: string; reason?: string };
          errors.push(`${code}/${reason ?? '-'}`);
        } else if (result.data) received.push(Object.values(result.data)[0]);
      },
      error: (error) => {
        if (Array.isArray(error)) {
          const { code, reason } = (error[0]?.extensions ?? {}) as { code?: string; reason?: string };
          errors.push(`${code}/${reason ?? '-'}`);
        } else if (error && typeof error === 'object' && 'code' in error) errors.push(`closed ${(error as { code: number }).code}`);
        else errors.push(String(error));
      },
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    stop,
    async waitFor(count, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return received;
    },
  };
}

/** Waits a while (for what should not come). */
export async function settle(ms = 400): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** Waits until `done` holds, up to `timeoutMs` (a loaded machine answers late, never wrongly). */
export async function until(done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await settle(20);
}

/** Waits until the app's live feed has at least `count` subscriptions in place. */
export async function listening(api: ApiHarness, count: number): Promise<void> {
  const feed = api.app.get(LiveFeed);
  await until(() => feed.listening() >= count);
}
