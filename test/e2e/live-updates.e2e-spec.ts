import request from 'supertest';
import WebSocket from 'ws';
import { describePostgres } from '@schakel/testing';
import { ok } from './chain-story';
import { buildWorld, type World } from './authz/authz-world';
import { listening, liveClient, liveUrl, settle, subscribe, until, type LiveClient } from './live-client';
import { SmtpInbox, signInCodeOf } from '../support/smtp-inbox';
import { LiveFeed } from '../../apps/api/src/live/live-feed';

// Live updates over a real WebSocket (graphql-ws) against the real app: what reaches whom, how fast,
// what a caller that may not see it gets (nothing, or a clear error at subscribe time), signed-in
// browsers (the cookie counts only from a page of this site), and the bounds of a connection.
const CHAIN_CHANGED = 'subscription($chainId: ID!) { chainChanged(chainId: $chainId) { chainId eventType occurredAt recordedAt byPartyName byWorkerName } }';
const SITE = 'http://schakel.test';
const CSRF = { 'x-schakel-csrf': '1' };

function liveStory(store: 'sqlite' | 'postgres'): void {
  const inbox = new SmtpInbox();
  let world: World;
  let url: string;
  const clients: LiveClient[] = [];
  const connect = (auth: Parameters<typeof liveClient>[1]) => {
    const live = liveClient(url, auth);
    clients.push(live);
    return live;
  };
  const checkOn = (subject: string, summary: string) =>
    ok(world.api, 'recordVergewisCheck', { chainId: world.chainId, subjectPartyId: world.party[subject], subject: 'OTHER', outcome: 'CONFIRMED', summary, evidence: [], validUntil: null }, world.token('main'));

  /** Invites a MANAGER of steel by mail and follows the link: the session cookie and the person's id. */
  async function signedInManager(email: string, name: string): Promise<{ cookie: string; userId: string }> {
    const invited = await world.api.gql(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { userId } }',
      { i: { partyId: world.party.steel, email, name, role: 'MANAGER', language: 'nl' } },
      world.token('steel'),
    );
    const userId = invited.data!.inviteMember.userId as string;
    const deadline = Date.now() + 5000;
    let code: string | null = null;
    while (!code && Date.now() < deadline) {
      for (const mail of inbox.mails.filter((m) => m.to.includes(email))) {
        try {
          code = signInCodeOf(mail);
        } catch {
          // a notice, not the invitation
        }
      }
      if (!code) await settle(25);
    }
    const res = await request(world.api.app.getHttpServer()).post('/auth/sign-in').type('form').send({ code });
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0].split(';')[0];
    return { cookie, userId };
  }

  beforeAll(async () => {
    await inbox.start();
    world = await buildWorld(store, { SMTP_URL: inbox.url, SCHAKEL_PUBLIC_URL: SITE });
    url = await liveUrl(world.api);
  }, 120_000);
  afterAll(async () => {
    for (const live of clients) await live.dispose();
    await world?.close();
    await inbox.stop();
  }, 60_000);

  it("a worker's acknowledgement reaches a subscribed manager within a second; a party that may not see it receives nothing", async () => {
    const steel = subscribe(connect({ token: world.token('steel') }), CHAIN_CHANGED, { chainId: world.chainId });
    const sibling = subscribe(connect({ token: world.token('sibling') }), CHAIN_CHANGED, { chainId: world.chainId });
    const outsider = subscribe(connect({ token: world.token('outsider') }), CHAIN_CHANGED, { chainId: world.chainId });
    await until(() => outsider.errors.length > 0);
    expect(outsider.errors).toEqual(['FORBIDDEN/CHAIN_NOT_VISIBLE']);
    await listening(world.api, 2);
    await ok(world.api, 'acknowledgeInstruction', { chainId: world.chainId, instructionId: world.instruction.passedDown, version: 1, language: 'nl' }, world.token('sanne'));
    // from the moment the acknowledgement is recorded
    const recorded = Date.now();
    const [change] = await steel.waitFor(1, 1000);
    expect(Date.now() - recorded).toBeLessThan(1000);
    expect(change).toMatchObject({ chainId: world.chainId, eventType: 'SafetyInstructionAcknowledged', byPartyName: 'Staalbouw Noord', byWorkerName: 'Sanne Bakker' });
    // by then the read models have it: a refetch sees the acknowledgement
    const status = await world.api.gql(
      'query($id: ID!) { chain(id: $id) { instructions { id status { workerId status } } } }',
      { id: world.chainId },
      world.token('steel'),
    );
    const passedDown = (status.data?.chain.instructions ?? []).find((i: { id: string }) => i.id === world.instruction.passedDown);
    expect(passedDown.status).toContainEqual({ workerId: world.worker.sanne, status: 'CURRENT' });
    await settle(500);
    expect(sibling.received).toEqual([]);
    expect(sibling.errors).toEqual([]);
  });

  it('without a token or cookie, with a bad token, or with the cookie from another site or none, the connection is refused with the reason', async () => {
    const { cookie } = await signedInManager('eva@staalbouw.test', 'Eva Smit');
    const refusals: Record<string, Parameters<typeof liveClient>[1]> = {
      nothing: {},
      badToken: { token: 'not-a-token' },
      otherSite: { cookie, origin: 'https://evil.example' },
      noOrigin: { cookie },
    };
    const outcome: Record<string, string> = {};
    for (const [name, auth] of Object.entries(refusals)) {
      const live = connect(auth);
      subscribe(live, CHAIN_CHANGED, { chainId: world.chainId });
      await until(() => live.closed !== null);
      outcome[name] = `${live.closed?.code} ${live.closed?.reason.split(':')[0]}`;
    }
    expect(outcome).toEqual({
      nothing: '4401 UNAUTHENTICATED/AUTH_TOKEN_MISSING',
      badToken: '4401 UNAUTHENTICATED/AUTH_TOKEN_INVALID',
      otherSite: '4403 FORBIDDEN/CSRF_ORIGIN_MISMATCH',
      noOrigin: '4403 FORBIDDEN/CSRF_ORIGIN_MISSING',
    });
    const before = world.api.app.get(LiveFeed).listening();
    const fromSite = subscribe(connect({ cookie, origin: SITE }), CHAIN_CHANGED, { chainId: world.chainId });
    await listening(world.api, before + 1);
    await checkOn('steel', 'Werkplek Eva');
    expect((await fromSite.waitFor(1, 10_000)).map((c) => c.eventType)).toEqual(['VergewisCheckRecorded']);
  });

  it('a revoked session and a removed member hear nothing more, and their connections close', async () => {
    const anna = await signedInManager('anna@staalbouw.test', 'Anna de Wit');
    const bob = await signedInManager('bob@staalbouw.test', 'Bob Visser');
    const annaLive = connect({ cookie: anna.cookie, origin: SITE });
    const bobLive = connect({ cookie: bob.cookie, origin: SITE });
    const before = world.api.app.get(LiveFeed).listening();
    const annaHears = subscribe(annaLive, CHAIN_CHANGED, { chainId: world.chainId });
    const bobHears = subscribe(bobLive, CHAIN_CHANGED, { chainId: world.chainId });
    await listening(world.api, before + 2);
    await checkOn('steel', 'Eerste ronde');
    expect((await annaHears.waitFor(1, 10_000)).length).toBe(1);
    expect((await bobHears.waitFor(1, 10_000)).length).toBe(1);

    const signedOut = await request(world.api.app.getHttpServer())
      .post('/graphql')
      .set({ 'content-type': 'application/json', cookie: anna.cookie, origin: SITE, ...CSRF })
      .send({ query: 'mutation { signOut }' });
    expect(signedOut.body.data).toEqual({ signOut: true });
    const removed = await world.api.gql('mutation($i: RemoveMemberInput!) { removeMember(input: $i) { version } }', { i: { partyId: world.party.steel, userId: bob.userId } }, world.token('steel'));
    expect(removed.errors).toBeUndefined();

    await checkOn('steel', 'Tweede ronde');
    await until(() => annaLive.closed !== null && bobLive.closed !== null);
    await settle(500);
    expect(annaHears.received).toHaveLength(1);
    expect(bobHears.received).toHaveLength(1);
    expect(annaHears.errors).toEqual(['UNAUTHENTICATED/AUTH_SESSION_INVALID']);
    expect(bobHears.errors).toEqual(['FORBIDDEN/AUTH_NOT_A_MEMBER']);
    expect(annaLive.closed?.code).toBe(4401);
    expect(bobLive.closed?.code).toBe(4403);
  });

  it('bounded: at most 10 subscriptions on one connection, subscriptions only, and no message over 64 KiB', async () => {
    const live = connect({ token: world.token('main') });
    const query = subscribe(live, 'query($id: ID!) { chain(id: $id) { name } }', { id: world.chainId });
    await until(() => query.errors.length > 0);
    expect(query.errors).toEqual(['BAD_USER_INPUT/LIVE_SUBSCRIPTIONS_ONLY']);
    const before = world.api.app.get(LiveFeed).listening();
    const subs = Array.from({ length: 11 }, () => subscribe(live, CHAIN_CHANGED, { chainId: world.chainId }));
    await until(() => subs[10].errors.length > 0);
    await listening(world.api, before + 10);
    expect(subs.map((s) => s.errors[0] ?? 'open')).toEqual([...Array(10).fill('open'), 'BAD_USER_INPUT/LIVE_SUBSCRIPTION_LIMIT']);
    for (const sub of subs) sub.stop();

    const raw = new WebSocket(url, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => raw.on('close', (code) => resolve(code)));
    await new Promise((resolve) => raw.on('open', resolve));
    raw.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${world.token('main')}`, padding: 'x'.repeat(70 * 1024) } }));
    expect(await closed).toBe(1009);
  });
}

describe('live updates (SQLite)', () => liveStory('sqlite'));
describePostgres('live updates (PostgreSQL)', () => liveStory('postgres'));
