import request from 'supertest';
import { NoticeOutbox } from '../../apps/api/src/notifications/notice-outbox';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { noticeStreamId } from '@schakel/domain';
import { SmtpInbox } from '../support/smtp-inbox';
import { subjectOf, textOf } from '../support/mail-text';
import { buildStory1, instructionV1, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// Members' choices (off, and unsubscribing from a mail without signing in), a bounce on record,
// and webhook registrations refused with a stable code before anything is stored.

const INVITE = `mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { userId } }`;
const REGISTER_HOOK = `mutation W($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { secret endpoint { id url triggers } } }`;
const PREFS = `query P($p: ID!) { noticePreferences(partyId: $p) { trigger mode } }`;
const SET_PREF = `mutation S($input: SetNoticePreferenceInput!) { setNoticePreference(input: $input) { trigger mode } }`;
const DELIVERIES = `query D($p: ID!) { noticeDeliveries(partyId: $p) { total items { trigger channel to status lastError } } }`;

describe('notifications: choices, bounces and refused webhooks', () => {
  let api: ApiHarness;
  let inbox: SmtpInbox;
  let outbox: NoticeOutbox;
  let cast: Cast;
  let chain: ChainOfStory1;
  let els: string;
  const steelMail = 'els@staalbouw-noord.nl';
  const instructionMails = () => inbox.mails.filter((m) => m.to.includes(steelMail) && /Veiligheidsinstructie/.test(subjectOf(m)));
  const settle = async () => {
    for (let i = 0; i < 50 && (await outbox.flush()) > 0; i++);
  };
  const passDownNew = async () => {
    const { instructionId } = await ok(api, 'issueSafetyInstruction', { chainId: chain.chainId, ...instructionV1 }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId: chain.links.steel }, cast.main.token);
    await settle();
  };

  beforeAll(async () => {
    inbox = new SmtpInbox({ reject: ['weg@flex-uitzend.nl'] });
    await inbox.start();
    api = await startApi({ SMTP_URL: inbox.url, SCHAKEL_NOTIFY_POLL_MS: '60000' });
    outbox = api.app.get(NoticeOutbox);
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    const invited = await api.gql(INVITE, { input: { partyId: cast.steel.id, email: steelMail, name: 'Els Visser', role: 'MANAGER', language: 'nl' } }, cast.admin);
    els = invited.data!.inviteMember.userId as string;
    await api.gql(INVITE, { input: { partyId: cast.agency.id, email: 'weg@flex-uitzend.nl', name: 'Oud Adres', role: 'MANAGER', language: 'nl' } }, cast.admin);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await inbox?.stop();
  });

  it('a member unsubscribes from a mail without signing in; later messages of that kind stay unsent (OFF) until the member turns them back on', async () => {
    await passDownNew();
    expect(instructionMails()).toHaveLength(1);
    const link = /(http\S+\/notifications\/unsubscribe\?token=\S+)/.exec(textOf(instructionMails()[0]))?.[1];
    expect(link).toBeDefined();
    const path = new URL(link!).pathname + new URL(link!).search;
    // following the link only asks: a mail scanner that opens it turns nothing off
    const page = await request(api.app.getHttpServer()).get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post"');
    const elsToken = api.token({ party: cast.steel.id, role: 'MANAGER', user: els });
    expect((await api.gql(PREFS, { p: cast.steel.id }, elsToken)).data!.noticePreferences).toContainEqual({ trigger: 'INSTRUCTION_RECEIVED', mode: 'IMMEDIATE' });
    const done = await request(api.app.getHttpServer()).post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    expect((await api.gql(PREFS, { p: cast.steel.id }, elsToken)).data!.noticePreferences).toContainEqual({ trigger: 'INSTRUCTION_RECEIVED', mode: 'OFF' });

    await passDownNew();
    expect(instructionMails()).toHaveLength(1);
    const list = await api.gql(DELIVERIES, { p: cast.steel.id }, cast.steel.token);
    // (the story's engagements also scheduled reminders before their start: not about this)
    const instructionDeliveries = list.data!.noticeDeliveries.items.filter((d: { trigger: string }) => d.trigger === 'INSTRUCTION_RECEIVED');
    expect(instructionDeliveries.map((d: { status: string }) => d.status)).toEqual(['OFF', 'SENT']);

    // back on, by the member's own choice
    const on = await api.gql(SET_PREF, { input: { partyId: cast.steel.id, trigger: 'INSTRUCTION_RECEIVED', mode: 'IMMEDIATE' } }, elsToken);
    expect(on.errors).toBeUndefined();
    await passDownNew();
    expect(instructionMails()).toHaveLength(2);
  });

  it('a forged or broken unsubscribe link turns nothing off', async () => {
    const res = await request(api.app.getHttpServer()).post('/notifications/unsubscribe?token=abc.def');
    expect(res.status).toBe(400);
    expect(res.text).toContain('ongeldig');
  });

  it('a bounced e-mail is recorded as failed, in the log and in the list', async () => {
    const { incidentId } = await ok(
      api,
      'reportIncident',
      { chainId: chain.chainId, kind: 'NEAR_MISS', happenedAt: new Date(Date.now() - 3600_000).toISOString(), location: 'Steiger', description: 'Losse plank', topics: ['SCAFFOLDING'] },
      cast.steel.token,
    );
    await ok(api, 'notifyIncident', { chainId: chain.chainId, incidentId, recipientPartyId: cast.agency.id, channel: 'EMAIL' }, cast.steel.token);
    await settle();
    const list = await api.gql(DELIVERIES, { p: cast.agency.id }, cast.agency.token);
    expect(list.data!.noticeDeliveries.items.filter((d: { trigger: string }) => d.trigger !== 'ACKNOWLEDGEMENTS_DUE')).toEqual([
      { trigger: 'INCIDENT_NOTIFIED', channel: 'EMAIL', to: 'weg@flex-uitzend.nl', status: 'FAILED', lastError: expect.stringMatching(/^bounced \(550\)/) },
    ]);
    const log = await api.store.readStream(noticeStreamId(chain.chainId));
    expect(log.filter((e) => e.type === 'NoticeFailed').map((e) => (e.data as { recipient: { address: string } }).recipient.address)).toEqual(['weg@flex-uitzend.nl']);
  });

  it('refuses webhook URLs that are not https, point into private networks, or ask for personal links; stores nothing', async () => {
    const before = await api.eventCount();
    const attempt = async (url: string, triggers = ['INCIDENT_NOTIFIED']) => {
      const res = await api.gql(REGISTER_HOOK, { input: { partyId: cast.agency.id, url, triggers } }, cast.agency.token);
      return res.errors ? `${res.errors[0].extensions?.code}/${res.errors[0].extensions?.reason}: ${res.errors[0].message}` : 'OK';
    };
    expect(await attempt('http://hooks.example.nl/schakel')).toBe('BAD_USER_INPUT/WEBHOOK_URL_NOT_HTTPS: A webhook URL must start with https://.');
    expect(await attempt('https://127.0.0.1:8443/schakel')).toMatch(/^BAD_USER_INPUT\/WEBHOOK_URL_INTERNAL: The webhook URL points into a private network/);
    expect(await attempt('https://localhost/schakel')).toMatch(/^BAD_USER_INPUT\/WEBHOOK_URL_INTERNAL/);
    expect(await attempt('https://169.254.169.254/latest/meta-data')).toMatch(/^BAD_USER_INPUT\/WEBHOOK_URL_INTERNAL/);
    expect(await attempt('https://[::1]/schakel')).toMatch(/^BAD_USER_INPUT\/WEBHOOK_URL_INTERNAL/);
    expect(await attempt('https://user:secret@93.184.216.34/schakel')).toMatch(/^BAD_USER_INPUT\/WEBHOOK_URL_INVALID/);
    expect(await attempt('https://93.184.216.34/schakel', ['WORKER_LINK'])).toMatch(/^BAD_USER_INPUT\/WEBHOOK_TRIGGER_NOT_ALLOWED/);
    expect(await attempt('https://93.184.216.34/schakel', [])).toMatch(/^BAD_USER_INPUT\/WEBHOOK_TRIGGERS_EMPTY/);
    const listed = await api.gql(`query E($p: ID!) { webhookEndpoints(partyId: $p) { id } }`, { p: cast.agency.id }, cast.agency.token);
    expect(listed.data!.webhookEndpoints).toEqual([]);
    expect(await api.eventCount()).toBe(before);
  });

  it('shows an endpoint\'s secret once, at registration, and never in the list', async () => {
    const res = await api.gql(REGISTER_HOOK, { input: { partyId: cast.agency.id, url: 'https://93.184.216.34/schakel', triggers: ['NLA_REPORT_DUE'] } }, cast.agency.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerWebhookEndpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const asked = await api.gql(`query E($p: ID!) { webhookEndpoints(partyId: $p) { id secret } }`, { p: cast.agency.id }, cast.agency.token);
    expect(asked.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const listed = await api.gql(`query E($p: ID!) { webhookEndpoints(partyId: $p) { url triggers } }`, { p: cast.agency.id }, cast.agency.token);
    expect(listed.data!.webhookEndpoints).toEqual([{ url: 'https://93.184.216.34/schakel', triggers: ['NLA_REPORT_DUE'] }]);
  });

  it('a report to the NLA recorded before the reminder is due withdraws the reminder: it is never sent', async () => {
    const { incidentId } = await ok(
      api,
      'reportIncident',
      {
        chainId: chain.chainId,
        kind: 'ACCIDENT',
        happenedAt: new Date(Date.now() - 3600_000).toISOString(),
        location: 'Galerij',
        description: 'Val',
        topics: ['WORK_AT_HEIGHT'],
        victim: { partyId: cast.steel.id, workerId: cast.workers.sanne.id, linkId: chain.links.steel },
        severity: 'HOSPITAL_ADMISSION',
      },
      cast.steel.token,
    );
    await settle();
    const reminders = async () =>
      ((await api.gql(DELIVERIES, { p: cast.steel.id }, cast.steel.token)).data!.noticeDeliveries.items as { trigger: string; status: string }[]).filter((d) => d.trigger === 'NLA_REPORT_DUE');
    expect(await reminders()).toEqual([expect.objectContaining({ status: 'PENDING' })]);
    await ok(api, 'notifyIncident', { chainId: chain.chainId, incidentId, authority: 'NLA', channel: 'ONLINE', reference: 'NLA-1' }, cast.steel.token);
    await settle();
    expect(await reminders()).toEqual([expect.objectContaining({ status: 'WITHDRAWN' })]);
    expect(inbox.mails.filter((m) => /Arbeidsinspectie/.test(subjectOf(m)))).toEqual([]);
  });

  it('a member who takes a kind as a daily digest gets one mail at the digest hour (Dutch time), and each message is recorded', async () => {
    const elsToken = api.token({ party: cast.steel.id, role: 'MANAGER', user: els });
    const set = await api.gql(SET_PREF, { input: { partyId: cast.steel.id, trigger: 'INSTRUCTION_RECEIVED', mode: 'DAILY_DIGEST' } }, elsToken);
    expect(set.errors).toBeUndefined();
    const before = instructionMails().length;
    const sentBefore = (await api.store.readStream(noticeStreamId(chain.chainId))).filter((e) => e.type === 'NoticeSent').length;
    await passDownNew();
    await passDownNew();
    expect(instructionMails()).toHaveLength(before);
    const waiting = (await api.gql(`query D($p: ID!) { noticeDeliveries(partyId: $p, first: 2) { items { status nextAttemptAt } } }`, { p: cast.steel.id }, cast.steel.token)).data!
      .noticeDeliveries.items as { status: string; nextAttemptAt: string }[];
    expect(waiting.map((w) => w.status)).toEqual(['PENDING', 'PENDING']);
    // 07:00 in Amsterdam: 05:00 or 06:00 UTC
    const digestAt = Date.parse(waiting[0].nextAttemptAt);
    expect([5, 6]).toContain(new Date(digestAt).getUTCHours());
    expect(digestAt - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

    jest.useFakeTimers({ advanceTimers: true, doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      jest.setSystemTime(digestAt + 60_000);
      await settle();
    } finally {
      jest.useRealTimers();
    }
    const digests = inbox.mails.filter((m) => m.to.includes(steelMail) && /^Schakel: overzicht van 2 berichten$/.test(subjectOf(m)));
    expect(digests).toHaveLength(1);
    const text = textOf(digests[0]);
    expect(text.match(/^- Veiligheidsinstructie ontvangen: Werken op hoogte \(versie 1\)$/gm)).toHaveLength(2);
    expect(text).toContain('Geen berichten van deze soort meer ontvangen (ontvangen instructies): http');
    const sentAfter = (await api.store.readStream(noticeStreamId(chain.chainId))).filter((e) => e.type === 'NoticeSent').length;
    expect(sentAfter - sentBefore).toBe(2);
  });

  it("an inspector is told when a grant's access starts, and when it ends: at once on revocation, and the scheduled end is withdrawn", async () => {
    const nla = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Nederlandse Arbeidsinspectie' }, cast.admin)).partyId as string;
    const inspectorMail = 'inspecteur@nlarbeidsinspectie.example';
    const invited = await api.gql(INVITE, { input: { partyId: nla, email: inspectorMail, name: 'Inspecteur De Boer', role: 'INSPECTOR', language: 'nl' } }, cast.admin);
    expect(invited.errors).toBeUndefined();
    const granted = await api.gql(
      'mutation G($input: GrantInspectorAccessInput!) { grantInspectorAccess(input: $input) { grantId } }',
      { input: { chainId: chain.chainId, inspectorPartyId: nla, validFrom: new Date(Date.now() - 60_000).toISOString(), validUntil: new Date(Date.now() + 7 * 86400_000).toISOString() } },
      cast.principal.token,
    );
    expect(granted.errors).toBeUndefined();
    await settle();
    const toInspector = () => inbox.mails.filter((m) => m.to.includes(inspectorMail)).map(subjectOf);
    expect(toInspector().filter((s) => !/sign in/i.test(s))).toEqual(['Inzage in de keten "Renovatie Hoogstraat 12-40" gaat in']);
    const revoked = await api.gql(
      'mutation R($input: RevokeInspectorAccessInput!) { revokeInspectorAccess(input: $input) { eventIds } }',
      { input: { chainId: chain.chainId, grantId: granted.data!.grantInspectorAccess.grantId, reason: 'Onderzoek afgerond' } },
      cast.principal.token,
    );
    expect(revoked.errors).toBeUndefined();
    await settle();
    expect(toInspector().filter((s) => !/sign in/i.test(s))).toEqual([
      'Inzage in de keten "Renovatie Hoogstraat 12-40" gaat in',
      'Inzage in de keten "Renovatie Hoogstraat 12-40" is beëindigd',
    ]);
    const ended = inbox.mails.find((m) => m.to.includes(inspectorMail) && /beëindigd/.test(subjectOf(m)))!;
    expect(textOf(ended)).toContain('is beëindigd door Woonstichting De Linie.');
    const list = await api.gql(`query D($p: ID!) { noticeDeliveries(partyId: $p) { items { trigger status } } }`, { p: nla }, api.token({ party: nla, role: 'MANAGER' }));
    expect(list.data!.noticeDeliveries.items.map((d: { trigger: string; status: string }) => `${d.trigger}:${d.status}`).sort()).toEqual([
      'INSPECTOR_GRANT_ENDS:SENT',
      'INSPECTOR_GRANT_ENDS:WITHDRAWN',
      'INSPECTOR_GRANT_STARTS:SENT',
    ]);
  });

  it('the holder is warned 30 days before a certificate expires; a suspension recorded before then withdraws the warning', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);
    const record = (certificateId: string, validUntil: string, status = 'VALID') =>
      api.gql(
        'mutation C($input: RecordCompanyCertificateInput!) { recordCompanyCertificate(input: $input) { eventIds } }',
        { input: { partyId: cast.steel.id, certificateId, scheme: 'VCA_2STAR', registerNumber: 'VCA-2026-77', issuedOn: '2024-01-01', validUntil, status } },
        cast.steel.token,
      );
    expect((await record('vca-soon', inDays(20))).errors).toBeUndefined();
    expect((await record('vca-later', inDays(60))).errors).toBeUndefined();
    await settle();
    const warnings = inbox.mails.filter((m) => m.to.includes(steelMail) && /Verloopt binnenkort/.test(subjectOf(m)));
    expect(warnings.map(subjectOf)).toEqual(['Verloopt binnenkort: VCA** VCA-2026-77']);
    expect(textOf(warnings[0])).toContain('Het certificaat VCA** VCA-2026-77 van Staalbouw Noord verloopt op');
    expect((await record('vca-later', inDays(60), 'SUSPENDED')).errors).toBeUndefined();
    await settle();
    const list = await api.gql(`query D($p: ID!) { noticeDeliveries(partyId: $p) { items { trigger status chainName } } }`, { p: cast.steel.id }, cast.steel.token);
    expect(list.data!.noticeDeliveries.items.filter((d: { trigger: string }) => d.trigger === 'CREDENTIAL_EXPIRES')).toEqual([
      { trigger: 'CREDENTIAL_EXPIRES', status: 'WITHDRAWN', chainName: null },
      { trigger: 'CREDENTIAL_EXPIRES', status: 'SENT', chainName: null },
    ]);
    // the record of a message about the party itself is on the party's own notices stream
    const log = await api.store.readStream(`partynotices-${cast.steel.id}`);
    expect(log.map((e) => [e.type, (e.data as { chainId: string | null }).chainId])).toEqual([['NoticeSent', null]]);
  });
});
