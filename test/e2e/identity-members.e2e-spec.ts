import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startApi, type ApiHarness, type GqlResponse } from '@schakel/api-harness';
import { runCli as cli } from '../support/run-cli';

// Memberships through the API (bearer tokens for the set-up), `schakel invite` without SMTP, and
// one KvK number, one party.
describe('members, schakel invite and party search', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-members-'));
  const env = { SQLITE_PATH: join(dir, 'schakel.db'), LOG_LEVEL: 'silent', SCHAKEL_JWT_SECRET: 'members-secret-members-secret-members-sec' };
  let api: ApiHarness;
  let partyId: string;
  let admin: string;
  let manager: string;
  const reasonOf = (res: GqlResponse) => `${res.errors?.[0]?.extensions?.code}/${res.errors?.[0]?.extensions?.reason}`;
  const invite = (input: Record<string, unknown>, token = manager) =>
    api.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { userId mailed } }', { i: { partyId, name: 'Iemand', role: 'MANAGER', language: 'nl', ...input } }, token);
  const register = (name: string, kvkNumber: string | null) =>
    api.gql('mutation($i: RegisterPartyInput!) { registerParty(input: $i) { partyId } }', { i: { kind: 'ORGANISATION', name, kvkNumber } }, admin);

  beforeAll(async () => {
    api = await startApi(env);
    admin = api.token({});
    partyId = (await register('Staalbouw Oost BV', '60231477')).data!.registerParty.partyId;
    manager = api.token({ party: partyId, role: 'MANAGER', user: 'manager-met-token' });
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second party with a KvK number already registered, writing nothing', async () => {
    const before = await api.eventCount();
    const res = await register('Staalbouw Oost (dubbel)', '60231477');
    expect(reasonOf(res)).toBe('CONFLICT/PARTY_KVK_TAKEN');
    expect(res.errors![0].message).toContain(partyId);
    expect(await api.eventCount()).toBe(before);
    expect((await register('Staalbouw West BV', '60231478')).errors).toBeUndefined();
  });

  it('searchParties finds by part of the name or by KvK number, bounded and with LIKE wildcards taken literally', async () => {
    const names = async (query: string, limit?: number) => {
      const res = await api.gql('query($q: String!, $l: Int) { searchParties(query: $q, limit: $l) { name kvkNumber } }', { q: query, l: limit ?? 20 }, manager);
      return res.errors ? reasonOf(res) : res.data!.searchParties.map((p: { name: string }) => p.name);
    };
    expect(await names('STAALBOUW')).toEqual(['Staalbouw Oost BV', 'Staalbouw West BV']);
    expect(await names('60231477')).toEqual(['Staalbouw Oost BV']);
    expect(await names('staalbouw', 1)).toEqual(['Staalbouw Oost BV']);
    expect(await names('%%')).toEqual([]);
    expect(await names('_t')).toEqual([]);
    expect(await names('s')).toBe('BAD_USER_INPUT/PARTY_SEARCH_QUERY_INVALID');
    expect(await names('staal', 51)).toBe('BAD_USER_INPUT/PARTY_SEARCH_LIMIT_INVALID');
  });

  it('schakel invite without SMTP records the invitation and prints a link that signs the person in', async () => {
    const { code, out } = await cli(env, 'invite', '--email', 'Anna@Staalbouw.test', '--party', partyId, '--name', 'Anna de Wit');
    expect(code).toBe(0);
    expect(out).toContain('invited anna@staalbouw.test as MANAGER');
    const link = /http:\/\/localhost:3000\/auth\/sign-in\?code=([A-Za-z0-9_-]+)/.exec(out);
    expect(link).not.toBeNull();
    const res = await request(api.app.getHttpServer()).post('/auth/sign-in').type('form').send({ code: link![1] });
    expect(res.status).toBe(200);
    const cookie = String(([] as string[]).concat(res.headers['set-cookie'])[0]).split(';')[0];
    const mine = await request(api.app.getHttpServer()).post('/graphql').set('cookie', cookie).set('x-schakel-csrf', '1').send({ query: '{ myParty { id } }' });
    expect(mine.body).toEqual({ data: { myParty: { id: partyId } } });
    const members = await api.gql('query($p: ID!) { members(partyId: $p) { email name role status } }', { p: partyId }, manager);
    expect(members.data!.members).toEqual([{ email: 'anna@staalbouw.test', name: 'Anna de Wit', role: 'MANAGER', status: 'ACTIVE' }]);
    // Again for a member: no second invitation, a fresh link.
    const again = await cli(env, 'invite', '--email', 'anna@staalbouw.test', '--party', partyId);
    expect(again.out).toContain('already a member');
    expect(again.out).toMatch(/sign-in\?code=/);
  });

  it('schakel invite refuses an address without a party (unless it is an ADMIN address) and a malformed one', async () => {
    await expect(cli(env, 'invite', '--email', 'los@example.test')).rejects.toThrow('invite needs --party');
    await expect(cli(env, 'invite', '--email', 'geen-adres', '--party', partyId)).rejects.toThrow('not an e-mail address');
    const adminLink = await cli({ ...env, SCHAKEL_ADMIN_EMAILS: 'beheer@example.test' }, 'invite', '--email', 'beheer@example.test');
    expect(adminLink.out).toMatch(/sign-in link for beheer@example\.test .*\n.*sign-in\?code=/);
  });

  it('refuses bad invitations with stable codes, writing nothing', async () => {
    const worker = (await api.gql('mutation($i: RegisterWorkerInput!) { registerWorker(input: $i) { workerId } }', { i: { partyId, name: 'Piotr', languages: ['pl'], relation: 'EMPLOYEE' } }, manager)).data!.registerWorker.workerId;
    const before = await api.eventCount();
    expect(reasonOf(await invite({ email: 'geen adres' }))).toBe('BAD_USER_INPUT/MEMBER_EMAIL_INVALID');
    expect(reasonOf(await invite({ email: 'ANNA@staalbouw.test' }))).toBe('CONFLICT/MEMBER_ALREADY_MEMBER');
    expect(reasonOf(await invite({ email: 'piotr@staalbouw.test', role: 'WORKER' }))).toBe('BAD_USER_INPUT/MEMBER_WORKER_REQUIRED');
    expect(reasonOf(await invite({ email: 'piotr@staalbouw.test', role: 'WORKER', workerId: 'w-onbekend' }))).toBe('NOT_FOUND/WORKER_NOT_FOUND');
    expect(reasonOf(await invite({ email: 'piotr@staalbouw.test', name: ' ' }))).toBe('BAD_USER_INPUT/MEMBER_NAME_REQUIRED');
    const other = api.token({ party: '0190b8a0-0000-7000-8000-0000000000ee', role: 'MANAGER' });
    expect(reasonOf(await invite({ email: 'piotr@staalbouw.test' }, other))).toBe('FORBIDDEN/MEMBER_MANAGER_REQUIRED');
    expect(await api.eventCount()).toBe(before);
    const piotr = await invite({ email: 'piotr@staalbouw.test', role: 'WORKER', workerId: worker });
    expect(piotr.errors).toBeUndefined();
    const userId = piotr.data!.inviteMember.userId;
    const change = (role: string, workerId: string | null = null) =>
      api.gql('mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { eventIds } }', { i: { partyId, userId, role, workerId } }, manager);
    expect(reasonOf(await change('WORKER', worker))).toBe('CONFLICT/MEMBER_ROLE_UNCHANGED');
    expect((await change('MANAGER')).errors).toBeUndefined();
    const members = await api.gql('query($p: ID!) { members(partyId: $p) { email role workerId status } }', { p: partyId }, manager);
    expect(members.data!.members).toContainEqual({ email: 'piotr@staalbouw.test', role: 'MANAGER', workerId: null, status: 'INVITED' });
  });
});
