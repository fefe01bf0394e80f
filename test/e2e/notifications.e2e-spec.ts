import request from 'supertest';
import { NoticeOutbox } from '../../apps/api/src/notifications/notice-outbox';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { noticeStreamId } from '@schakel/domain';
import { verifyWebhookSignature } from '../../apps/api/src/notifications/webhook-signature';
import { SmtpInbox, type Mail } from '../support/smtp-inbox';
import { htmlOf, headerOf, subjectOf, textOf } from '../support/mail-text';
import { WebhookReceiver } from '../support/webhook-receiver';
import { readableInstant } from '../../apps/api/src/notifications/notice-texts';
import { buildStory1, instructionV1, instructionV2, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// docs/domain.md stories 2 and 3 with a real SMTP server and a real webhook receiver in the test:
// who is told what, in which language, and the record of each message in who-knew (SENT, never read).

const HOUR = 3600_000;
const INVITE = `mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { userId } }`;
const REGISTER_HOOK = `mutation W($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { secret endpoint { id url triggers } } }`;
const DELIVERIES = `query D($partyId: ID!, $endpointId: ID) { noticeDeliveries(partyId: $partyId, endpointId: $endpointId) {
  total items { id trigger channel to chainName status attempts sentAt lastError } } }`;
const WHO_KNEW = `query K($chainId: ID!, $incidentId: ID, $instructionId: ID) { whoKnew(chainId: $chainId, incidentId: $incidentId, instructionId: $instructionId) {
  knowers { partyId partyName workerId how ways { how noticeChannel } } } }`;

const address = { steel: 'planning@staalbouw-noord.nl', agency: 'veiligheid@flex-uitzend.nl', marek: 'marek.kowalski@example.pl' };

describe('notifications: stories 2 and 3 tell the next party, and the record says sent', () => {
  let api: ApiHarness;
  let inbox: SmtpInbox;
  let receiver: WebhookReceiver;
  let outbox: NoticeOutbox;
  let cast: Cast;
  let chain: ChainOfStory1;
  let instructionId: string;
  let hook: { id: string; secret: string };
  const mailsTo = (to: string, subject: RegExp) => inbox.mails.filter((m) => m.to.includes(to) && subject.test(subjectOf(m)));
  /** A fresh MANAGER token: the test moves the clock past a token's 12 hours. */
  const manager = (partyId: string) => api.token({ party: partyId, role: 'MANAGER' });
  /** Until the outbox has nothing due (the background rounds run too). */
  const settle = async () => {
    for (let i = 0; i < 200 && (await outbox.flush()) > 0; i++);
  };
  const waitFor = async (what: () => Mail[], count = 1): Promise<Mail[]> => {
    for (let i = 0; i < 200; i++) {
      const found = what();
      if (found.length >= count) return found;
      await outbox.flush();
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`expected ${count} mails, had ${what().length}: ${inbox.mails.map(subjectOf).join(' | ')}`);
  };

  beforeAll(async () => {
    jest.useFakeTimers({
      advanceTimers: true,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    jest.setSystemTime(Date.parse('2026-09-14T06:00:00.000Z'));
    inbox = new SmtpInbox();
    await inbox.start();
    // the receiver fails once, then does not answer in time, then recovers
    receiver = new WebhookReceiver(['fail', 'hang']);
    await receiver.start();
    api = await startApi({
      SMTP_URL: inbox.url,
      SCHAKEL_WEBHOOK_ALLOW_HTTP: 'true',
      SCHAKEL_WEBHOOK_ALLOW_PRIVATE: 'true',
      // long enough for a loaded CI machine's loopback; the hanging receiver still times out
      SCHAKEL_WEBHOOK_TIMEOUT_MS: '1500',
      SCHAKEL_NOTIFY_RETRY_BASE_MS: '20',
      SCHAKEL_NOTIFY_POLL_MS: '50',
    });
    outbox = api.app.get(NoticeOutbox);
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    const invite = (partyId: string, email: string, name: string, role: string, language: string, workerId: string | null = null) =>
      api.gql(INVITE, { input: { partyId, email, name, role, language, workerId } }, cast.admin);
    for (const res of [
      await invite(cast.steel.id, address.steel, 'Els Visser', 'MANAGER', 'nl'),
      await invite(cast.agency.id, address.agency, 'Piotr Mazur', 'MANAGER', 'en'),
      await invite(cast.agency.id, address.marek, 'Marek Kowalski', 'WORKER', 'pl', cast.workers.marek.id),
    ]) {
      expect(res.errors).toBeUndefined();
    }
    const registered = await api.gql(REGISTER_HOOK, { input: { partyId: cast.agency.id, url: receiver.url(), triggers: ['INCIDENT_NOTIFIED', 'NLA_REPORT_DUE'] } }, cast.agency.token);
    expect(registered.errors).toBeUndefined();
    hook = { id: registered.data!.registerWebhookEndpoint.endpoint.id, secret: registered.data!.registerWebhookEndpoint.secret };
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await receiver?.stop();
    await inbox?.stop();
    jest.useRealTimers();
  });

  it('story 2: the subcontractor\'s manager is e-mailed in Dutch when v1 and then v2 reach it', async () => {
    const { chainId, links } = chain;
    instructionId = (await ok(api, 'issueSafetyInstruction', { chainId, ...instructionV1 }, cast.main.token)).instructionId as string;
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.agency }, cast.steel.token);
    // Marek, the agency's lent worker, acknowledges v1
    await ok(api, 'acknowledgeInstruction', { chainId, instructionId, version: 1, language: 'pl' }, cast.workers.marek.token);
    await ok(api, 'issueSafetyInstruction', { chainId, supersedesInstructionId: instructionId, ...instructionV2 }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.agency }, cast.steel.token);

    const [v1, v2] = await waitFor(() => mailsTo(address.steel, /Veiligheidsinstructie ontvangen/), 2);
    expect(subjectOf(v1)).toBe('Veiligheidsinstructie ontvangen: Werken op hoogte (versie 1)');
    expect(subjectOf(v2)).toBe('Veiligheidsinstructie ontvangen: Werken op hoogte (v2) (versie 2)');
    const text = textOf(v2);
    expect(text).toContain('Bouwbedrijf Van Dijk heeft de veiligheidsinstructie "Werken op hoogte (v2)", versie 2, aan Staalbouw Noord doorgegeven in de keten "Renovatie Hoogstraat 12-40".');
    expect(text).toContain(`/chains/${chainId}/instructions`);
    expect(text).not.toContain('/app/'); // the web app's routes start at the root
    expect(text).toContain('niet dat het is gelezen');
    // names, never ids, in what people read
    expect(text.split('\n').filter((line) => !line.includes('http'))).not.toEqual(expect.arrayContaining([expect.stringMatching(/[0-9a-f]{8}-[0-9a-f]{4}-/)]));
    expect(htmlOf(v2)).toContain('<p>Bouwbedrijf Van Dijk heeft de veiligheidsinstructie &quot;Werken op hoogte (v2)&quot;');
    expect(headerOf(v2, 'list-unsubscribe')).toMatch(/\/notifications\/unsubscribe\?token=/);
    // the agency's manager reads English
    const [, agencyMail] = await waitFor(() => mailsTo(address.agency, /Safety instruction received/), 2);
    expect(subjectOf(agencyMail)).toBe('Safety instruction received: Werken op hoogte (v2) (version 2)');
    // the main contractor and the principal have no members here: nobody else is mailed about it
    expect(inbox.mails.filter((m) => /instructie|instruction/i.test(subjectOf(m))).length).toBe(4);
  });

  it('story 2: a new version supersedes what the worker acknowledged: he is told, in Polish, that his acknowledgement no longer counts', async () => {
    const [mail] = await waitFor(() => mailsTo(address.marek, /Nowa wersja/));
    expect(subjectOf(mail)).toBe('Nowa wersja: Praca na wysokości (v2) (wersja 2)');
    expect(textOf(mail)).toContain('Twoje potwierdzenie poprzedniej wersji przestało obowiązywać.');
  });

  it('story 2: the worker gets his personal link, in Polish, and it opens his page without signing in', async () => {
    const made = await api.gql(
      `mutation L($input: CreateAcknowledgementLinksInput!) { createAcknowledgementLinks(input: $input) { batchId } }`,
      { input: { chainId: chain.chainId, instructionId, version: 2, workerPartyId: cast.agency.id, workerIds: [cast.workers.marek.id] } },
      cast.steel.token,
    );
    expect(made.errors).toBeUndefined();
    const [mail] = await waitFor(() => mailsTo(address.marek, /Przeczytaj i potwierdź/));
    expect(subjectOf(mail)).toBe('Przeczytaj i potwierdź: Praca na wysokości (v2)');
    const text = textOf(mail);
    expect(text).toContain('Dzień dobry Marek,');
    const link = /(https?:\/\/\S+\/w\/[A-Za-z0-9_.-]+)/.exec(text)?.[1];
    expect(link).toBeDefined();
    const page = await request(api.app.getHttpServer()).get(new URL(link!).pathname);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Praca na wysokości (v2)');
  });

  it('story 3: the NLA reminder fires 4 hours before the deadline (policy) on the test\'s clock, and only then', async () => {
    const happenedAt = new Date(Date.now() - HOUR).toISOString();
    const incident = await ok(
      api,
      'reportIncident',
      {
        chainId: chain.chainId,
        kind: 'ACCIDENT',
        happenedAt,
        location: 'Galerij 3e verdieping, blok B',
        description: 'Val van steiger, circa 3 m <script>alert(1)</script>',
        topics: ['WORK_AT_HEIGHT'],
        victim: { partyId: cast.agency.id, workerId: cast.workers.marek.id, linkId: chain.links.agency },
        severity: 'HOSPITAL_ADMISSION',
      },
      cast.steel.token,
    );
    (globalThis as { incidentId?: string }).incidentId = incident.incidentId as string;
    await settle();
    expect(mailsTo(address.steel, /Arbeidsinspectie/)).toEqual([]);
    // 19 h after the fall: the 24 h deadline is 5 h away, no reminder yet
    jest.setSystemTime(Date.parse(happenedAt) + 19 * HOUR);
    await settle();
    expect(mailsTo(address.steel, /Arbeidsinspectie/)).toEqual([]);
    // 20 h after: 4 h to go and no report recorded: the hirer (the Arbo employer) is reminded
    jest.setSystemTime(Date.parse(happenedAt) + 20 * HOUR + 60_000);
    const [reminder] = await waitFor(() => mailsTo(address.steel, /Arbeidsinspectie/));
    expect(textOf(reminder)).toContain('24 uur is het beleid van dit platform');
    expect(textOf(reminder)).toContain('Arbowet 9(1)');
    // the agency's webhook asked for NLA_REPORT_DUE, but the reminder is the hirer's: not posted to the agency
    expect(receiver.received.filter((r) => JSON.parse(r.body).trigger === 'NLA_REPORT_DUE')).toEqual([]);
  });

  it('story 3: the agency gets the incident notice by e-mail and a signed webhook, after the receiver failed, timed out and recovered', async () => {
    const incidentId = (globalThis as { incidentId?: string }).incidentId as string;
    const steel = manager(cast.steel.id);
    await ok(api, 'notifyIncident', { chainId: chain.chainId, incidentId, authority: 'NLA', channel: 'ONLINE', reference: 'NLA-2026-0412' }, steel);
    await ok(api, 'notifyIncident', { chainId: chain.chainId, incidentId, recipientPartyId: cast.agency.id, channel: 'EMAIL' }, steel);
    const [mail] = await waitFor(() => mailsTo(address.agency, /Incident notified to you/));
    expect(subjectOf(mail)).toBe('Incident notified to you: Galerij 3e verdieping, blok B');
    expect(textOf(mail)).toContain('Staalbouw Noord notified Flex Uitzendbureau of an incident in the chain "Renovatie Hoogstraat 12-40".');
    // user text is escaped in HTML, never markup
    expect(htmlOf(mail)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(htmlOf(mail)).not.toContain('<script>');

    const [delivered] = await (async () => {
      const deadline = performance.now() + 30_000;
      while (performance.now() < deadline) {
        await outbox.flush();
        if (receiver.received.some((r) => r.answered === 'ok')) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      // a background round may have sent it and still be recording it: wait for that round
      await outbox.flush();
      return receiver.delivered(1);
    })();
    expect(receiver.received.map((r) => r.answered)).toEqual(['fail', 'hang', 'ok']);
    // every attempt carries the same delivery id and body; the signature holds for the good one
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    expect(verifyWebhookSignature(hook.secret, delivered.body, delivered.headers['schakel-signature'] as string)).toBe(true);
    expect(verifyWebhookSignature('whsec_wrong', delivered.body, delivered.headers['schakel-signature'] as string)).toBe(false);
    // replayed much later, the same request is refused by the timestamp
    expect(verifyWebhookSignature(hook.secret, delivered.body, delivered.headers['schakel-signature'] as string, Date.now() + 10 * 60_000)).toBe(false);
    expect(JSON.parse(delivered.body)).toMatchObject({ trigger: 'INCIDENT_NOTIFIED', chainId: chain.chainId, partyId: cast.agency.id, subject: { incidentId } });
    expect(delivered.headers['schakel-delivery']).toBe(JSON.parse(delivered.body).deliveryId);

    const list = await api.gql(DELIVERIES, { partyId: cast.agency.id, endpointId: hook.id }, manager(cast.agency.id));
    expect(list.errors).toBeUndefined();
    expect(list.data!.noticeDeliveries.items).toEqual([
      expect.objectContaining({ trigger: 'INCIDENT_NOTIFIED', channel: 'WEBHOOK', status: 'SENT', attempts: 3, chainName: 'Renovatie Hoogstraat 12-40' }),
    ]);
  }, 60_000);

  it('who-knew shows each delivery as SENT to its recipient (never as read), and each is in the log once', async () => {
    const incidentId = (globalThis as { incidentId?: string }).incidentId as string;
    const principal = manager(cast.principal.id);
    const incident = await api.gql(WHO_KNEW, { chainId: chain.chainId, incidentId }, principal);
    expect(incident.errors).toBeUndefined();
    const agency = incident.data!.whoKnew.knowers.find((k: { partyId: string }) => k.partyId === cast.agency.id);
    expect(agency.partyName).toBe('Flex Uitzendbureau');
    expect(agency.ways.map((w: { how: string; noticeChannel: string | null }) => `${w.how}:${w.noticeChannel ?? ''}`).sort()).toEqual(['NOTIFIED:', 'SENT:EMAIL', 'SENT:WEBHOOK']);
    const steel = incident.data!.whoKnew.knowers.find((k: { partyId: string }) => k.partyId === cast.steel.id);
    expect(steel.ways.map((w: { how: string }) => w.how)).toContain('SENT');

    const instruction = await api.gql(WHO_KNEW, { chainId: chain.chainId, instructionId }, principal);
    const sent = instruction.data!.whoKnew.knowers.flatMap((k: { partyName: string; workerId: string | null; ways: { how: string; noticeChannel: string }[] }) =>
      k.ways.filter((w) => w.how === 'SENT').map(() => `${k.partyName}${k.workerId ? ' (worker)' : ''}`),
    );
    // steel: v1 and v2; the agency: v1 and v2; Marek: the new version and his link
    expect(sent.sort()).toEqual(['Flex Uitzendbureau', 'Flex Uitzendbureau', 'Flex Uitzendbureau (worker)', 'Flex Uitzendbureau (worker)', 'Staalbouw Noord', 'Staalbouw Noord']);
    expect(JSON.stringify(instruction.data)).not.toMatch(/READ/);

    const log = await api.store.readStream(noticeStreamId(chain.chainId));
    expect(log.map((e) => e.type).every((t) => t === 'NoticeSent')).toBe(true);
    const ids = log.map((e) => (e.data as { deliveryId: string }).deliveryId);
    expect(new Set(ids).size).toBe(ids.length);
    // 4 instruction mails, the new version, the link, the reminder, the notice mail and the webhook
    expect(log.length).toBe(9);
  });

  it('a webhook delivery can be sent again: a new round, signed anew, recorded again', async () => {
    const agencyToken = manager(cast.agency.id);
    const list = await api.gql(DELIVERIES, { partyId: cast.agency.id, endpointId: hook.id }, agencyToken);
    const deliveryId = list.data!.noticeDeliveries.items[0].id as string;
    const again = await api.gql(`mutation R($id: ID!) { redeliverWebhook(deliveryId: $id) { status attempts } }`, { id: deliveryId }, agencyToken);
    expect(again.errors).toBeUndefined();
    // wait on real time (Date is the test's clock), up to 30 s on a loaded machine
    const deadline = performance.now() + 30_000;
    while (receiver.received.length < 4 && performance.now() < deadline) {
      await outbox.flush();
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(receiver.received.length).toBeGreaterThanOrEqual(4);
    const last = receiver.received[3];
    expect(last.answered).toBe('ok');
    expect(JSON.parse(last.body).deliveryId).toBe(deliveryId);
    expect(verifyWebhookSignature(hook.secret, last.body, last.headers['schakel-signature'] as string)).toBe(true);
    await settle();
    const log = await api.store.readStream(noticeStreamId(chain.chainId));
    const rounds = log.filter((e) => (e.data as { deliveryId: string }).deliveryId === deliveryId);
    expect(rounds.map((e) => e.type)).toEqual(['NoticeSent', 'NoticeSent']);
    expect(new Set(rounds.map((e) => e.eventId)).size).toBe(2);
    // another party's delivery is as unknown as none
    const foreign = await api.gql(`mutation R($id: ID!) { redeliverWebhook(deliveryId: $id) { status } }`, { id: deliveryId }, manager(cast.steel.id));
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOTICE_DELIVERY_NOT_FOUND' });
  }, 60_000);

  it('a party engaged to start in three days: two days before, its manager and its worker are told what is not acknowledged; on the day nothing, once it is', async () => {
    const admin = api.token({});
    const partyId = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Isolatie West BV' }, admin)).partyId as string;
    const workerId = (await ok(api, 'registerWorker', { partyId, name: 'Tomek Lis', languages: ['pl'], relation: 'EMPLOYEE' }, manager(partyId))).workerId as string;
    const kees = 'kees@isolatie-west.nl';
    const tomek = 'tomek.lis@example.pl';
    for (const res of [
      await api.gql(INVITE, { input: { partyId, email: kees, name: 'Kees Bos', role: 'MANAGER', language: 'nl', workerId: null } }, admin),
      await api.gql(INVITE, { input: { partyId, email: tomek, name: 'Tomek Lis', role: 'WORKER', language: 'pl', workerId } }, admin),
    ]) {
      expect(res.errors).toBeUndefined();
    }
    // the planned start: the link's start date, three days from now (Dutch summer time: 07:00 is 05:00 UTC)
    const startDate = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const startsAt = Date.parse(`${startDate}T05:00:00.000Z`);
    const { linkId } = await ok(api, 'engageParty', { chainId: chain.chainId, partyId, kind: 'SUBCONTRACT', scope: 'Isolatiewerk', startDate }, manager(cast.main.id));
    await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId }, manager(cast.main.id));
    await settle();
    expect(mailsTo(kees, /Start op/)).toHaveLength(0);

    jest.setSystemTime(startsAt - 2 * 86_400_000 - 60_000);
    await settle();
    expect(mailsTo(kees, /Start op/)).toHaveLength(0);
    jest.setSystemTime(startsAt - 2 * 86_400_000 + 60_000);
    const [managerMail] = await waitFor(() => mailsTo(kees, /Start op/));
    expect(textOf(managerMail)).toContain('Isolatie West BV begint op');
    expect(textOf(managerMail)).toContain('Tomek Lis: Werken op hoogte');
    const [workerMail] = await waitFor(() => mailsTo(tomek, /Przeczytaj i potwierd/));
    expect(textOf(workerMail)).toContain('Dzień dobry Tomek,');
    expect(textOf(workerMail)).toContain('Praca na wysoko');

    // he acknowledges; on the day there is nothing to remind of
    const current = (await api.gql('query($id: ID!) { chain(id: $id) { instructions { id currentVersion } } }', { id: chain.chainId }, manager(cast.main.id))).data!.chain.instructions.find(
      (i: { id: string }) => i.id === instructionId,
    ).currentVersion as number;
    await ok(api, 'acknowledgeInstruction', { chainId: chain.chainId, instructionId, version: current, language: 'pl' }, api.token({ party: partyId, role: 'WORKER', worker: workerId }));
    jest.setSystemTime(startsAt + 60_000);
    await settle();
    expect(mailsTo(kees, /Start op/)).toHaveLength(1);
    expect(mailsTo(tomek, /Przeczytaj i potwierd/)).toHaveLength(1);
    const list = await api.gql(DELIVERIES, { partyId }, manager(partyId));
    const reminders = list.data!.noticeDeliveries.items.filter((i: { trigger: string }) => i.trigger === 'ACKNOWLEDGEMENTS_DUE');
    expect(reminders.map((r: { status: string }) => r.status).sort()).toEqual(['SENT', 'SENT', 'WITHDRAWN', 'WITHDRAWN']);
  });

  it('a duty of the party: its manager is warned 24 h before the deadline and told when the finding arises, once each, naming the rule, its basis, the duty bearer and the time in Dutch time; who-knew of the finding shows both as SENT', async () => {
    const incidentId = (globalThis as { incidentId?: string }).incidentId as string;
    const start = Date.now();
    const due = new Date(start + 30 * HOUR).toISOString();
    const description = 'Steiger laten keuren';
    // the duty bearer's webhook asks for findings too
    const steelHook = await api.gql(REGISTER_HOOK, { input: { partyId: cast.steel.id, url: receiver.url(), triggers: ['FINDING_AROSE'] } }, manager(cast.steel.id));
    expect(steelHook.errors).toBeUndefined();
    const findingPosts = () => receiver.received.filter((r) => r.answered === 'ok' && JSON.parse(r.body).trigger === 'FINDING_AROSE');
    await ok(api, 'assignCorrectiveAction', { chainId: chain.chainId, subjectKind: 'INCIDENT', incidentId, assigneePartyId: cast.steel.id, description, dueAt: due }, manager(cast.main.id));
    const warnings = () => mailsTo(address.steel, /^Termijn verloopt op/);
    const arose = () => mailsTo(address.steel, /^Bevinding voor/);
    await settle();
    // 30 h before the deadline: not yet near (24 h, SCHAKEL_FINDING_WARNING_HOURS)
    expect(warnings()).toEqual([]);

    jest.setSystemTime(Date.parse(due) - 24 * HOUR + 60_000);
    const [warning] = await waitFor(warnings);
    const dutch = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(due));
    expect(subjectOf(warning)).toBe(`Termijn verloopt op ${dutch}: Corrective action not completed by its due date`);
    const warned = textOf(warning);
    expect(warned).toContain(`In de keten "Renovatie Hoogstraat 12-40" verloopt op ${dutch} de termijn voor: Corrective action not completed by its due date (our chain rule`);
    expect(warned).toContain('De plicht ligt bij Staalbouw Noord.');
    expect(warned).toContain(`/chains/${chain.chainId}/findings`);
    expect(warned.split('\n').filter((line) => !line.includes('http'))).not.toEqual(expect.arrayContaining([expect.stringMatching(/[0-9a-f]{8}-[0-9a-f]{4}-/)]));
    expect(arose()).toEqual([]);

    jest.setSystemTime(Date.parse(due) + 60_000);
    const [finding] = await waitFor(arose);
    expect(subjectOf(finding)).toBe('Bevinding voor Staalbouw Noord: Corrective action not completed by its due date');
    expect(textOf(finding)).toContain(`De plicht ligt bij Staalbouw Noord. De termijn verliep op ${dutch}`);
    const deadline = performance.now() + 30_000;
    while (findingPosts().length === 0 && performance.now() < deadline) {
      await outbox.flush();
      await new Promise((r) => setTimeout(r, 25));
    }
    await outbox.flush();
    expect(findingPosts()).toHaveLength(1);
    expect(JSON.parse(findingPosts()[0].body)).toMatchObject({ trigger: 'FINDING_AROSE', chainId: chain.chainId, partyId: cast.steel.id, subject: { ruleId: 'CHAIN-ACTION-OVERDUE', findingArisenAt: due }, deadline: due });
    expect(verifyWebhookSignature(steelHook.data!.registerWebhookEndpoint.secret, findingPosts()[0].body, findingPosts()[0].headers['schakel-signature'] as string)).toBe(true);

    // weighed again on every round and at every sweep: never told twice
    jest.setSystemTime(Date.parse(due) + 3 * 60_000);
    await settle();
    jest.setSystemTime(Date.parse(due) + 5 * 60_000);
    await settle();
    expect(warnings()).toHaveLength(1);
    expect(arose()).toHaveLength(1);
    expect(findingPosts()).toHaveLength(1);

    const knew = await api.gql(
      `query K($chainId: ID!, $finding: WhoKnewFindingInput) { whoKnew(chainId: $chainId, finding: $finding) { knowers { partyName ways { how noticeChannel } } } }`,
      { chainId: chain.chainId, finding: { ruleId: 'CHAIN-ACTION-OVERDUE', arisenAt: due } },
      manager(cast.principal.id),
    );
    expect(knew.errors).toBeUndefined();
    const steel = knew.data!.whoKnew.knowers.find((k: { partyName: string }) => k.partyName === 'Staalbouw Noord');
    expect(steel.ways.map((w: { how: string; noticeChannel: string | null }) => `${w.how}:${w.noticeChannel ?? ''}`).sort()).toEqual(['SENT:EMAIL', 'SENT:EMAIL', 'SENT:WEBHOOK']);
    const list = await api.gql(DELIVERIES, { partyId: cast.steel.id }, manager(cast.steel.id));
    const sent = list.data!.noticeDeliveries.items.filter((i: { trigger: string }) => i.trigger.startsWith('FINDING_')).map((i: { trigger: string; status: string }) => `${i.trigger}:${i.status}`);
    expect(sent).toEqual(expect.arrayContaining(['FINDING_DEADLINE_NEAR:SENT', 'FINDING_AROSE:SENT']));
  }, 90_000);

  it('a corrective action assigned to steel: its manager is e-mailed in Dutch what to fix, by whom, due when (Dutch time), with a link to the chain\'s actions; recorded as SENT', async () => {
    const incidentId = (globalThis as { incidentId?: string }).incidentId as string;
    const dueAt = new Date(Math.ceil((Date.now() + 48 * HOUR) / HOUR) * HOUR).toISOString();
    const sentToSteel = async () => {
      const knew = await api.gql(WHO_KNEW, { chainId: chain.chainId, incidentId }, manager(cast.principal.id));
      expect(knew.errors).toBeUndefined();
      const steel = knew.data!.whoKnew.knowers.find((k: { partyId: string }) => k.partyId === cast.steel.id);
      return (steel?.ways ?? []).filter((w: { how: string; noticeChannel: string | null }) => w.how === 'SENT' && w.noticeChannel === 'EMAIL').length;
    };
    const before = await sentToSteel();
    await ok(api, 'assignCorrectiveAction', { chainId: chain.chainId, subjectKind: 'INCIDENT', incidentId, description: '<b>Steigeranker</b> galerij 3 vastzetten', dueAt }, manager(cast.main.id));
    const [mail] = await waitFor(() => mailsTo(address.steel, /Herstelactie.*Steigeranker/));
    expect(subjectOf(mail)).toBe('Herstelactie voor Staalbouw Noord: <b>Steigeranker</b> galerij 3 vastzetten');
    expect(textOf(mail)).toContain('Bouwbedrijf Van Dijk vraagt Staalbouw Noord in de keten "Renovatie Hoogstraat 12-40" om te herstellen: <b>Steigeranker</b> galerij 3 vastzetten');
    expect(textOf(mail)).toContain(`Gereed vóór ${readableInstant(dueAt, 'nl')}.`);
    expect(textOf(mail)).toContain(`/chains/${chain.chainId}/actions`);
    // user text is escaped in HTML, never markup
    expect(htmlOf(mail)).toContain('&lt;b&gt;Steigeranker&lt;/b&gt;');
    expect(htmlOf(mail)).not.toContain('<b>Steigeranker');
    await settle();
    const list = await api.gql(DELIVERIES, { partyId: cast.steel.id }, manager(cast.steel.id));
    expect(list.errors).toBeUndefined();
    expect(list.data!.noticeDeliveries.items).toEqual(expect.arrayContaining([expect.objectContaining({ trigger: 'ACTION_ASSIGNED', channel: 'EMAIL', to: address.steel, status: 'SENT' })]));
    // the incident's who-knew: steel was sent one more message, sent (never read)
    expect(await sentToSteel()).toBe(before + 1);
  }, 60_000);
});
