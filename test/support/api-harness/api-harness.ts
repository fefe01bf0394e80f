import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { EventStore } from '@schakel/event-store';
import { createApp } from '@schakel/api';
import { loadConfig, type AppConfig, mintToken, loadOrCreateJwtSecret, EVENT_STORE, type Role } from '@schakel/infrastructure';

export interface GqlError {
  message: string;
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
  path?: string[];
}

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: GqlError[];
}

export interface TokenFor {
  party?: string | null;
  role?: Role;
  worker?: string | null;
  user?: string;
}

/** A running API on a fresh store (SQLite in a temp folder unless env says otherwise), for e2e tests. */
export interface ApiHarness {
  readonly app: INestApplication;
  readonly config: AppConfig;
  readonly store: EventStore;
  token(who: TokenFor): string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  /** The number of events in the whole log. */
  eventCount(): Promise<number>;
  close(): Promise<void>;
}

export async function startApi(env: Record<string, string> = {}): Promise<ApiHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-e2e-'));
  const config = loadConfig({
    SQLITE_PATH: join(dir, 'schakel.db'),
    LOG_LEVEL: 'silent',
    SCHAKEL_JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  const secret = loadOrCreateJwtSecret(config.dataDir, config.jwtSecret);
  const server = app.getHttpServer();
  return {
    app,
    config,
    store,
    token: (who) =>
      mintToken(secret, {
        userId: who.user ?? `user-${who.worker ?? who.party ?? 'admin'}`,
        partyId: who.party ?? null,
        role: who.role ?? (who.party ? 'MANAGER' : 'ADMIN'),
        workerId: who.worker ?? null,
      }),
    async gql(query, variables = {}, token, headers = {}) {
      let req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req = req.set('authorization', `Bearer ${token}`);
      for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors };
    },
    async eventCount() {
      let count = 0;
      let after = '';
      for (;;) {
        const page = await store.readAll({ after, limit: 1000 });
        if (page.length === 0) return count;
        count += page.length;
        after = page[page.length - 1].checkpoint;
      }
    },
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
