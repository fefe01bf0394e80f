import { NoticeOutbox } from '../../apps/api/src/notifications/notice-outbox';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { noticeStreamId } from '@schakel/domain';
import { SmtpInbox } from '../support/smtp-inbox';
import { subjectOf, textOf } from '../support/mail-text';
import { buildStory1, instructionV1, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// The daily digest on the test's clock: a manager who takes every kind as a digest gets one mail at
// 07:00 Dutch time with every item since — an instruction, the reminder before a start, a deadline
// near and a finding that arose — and what was resolved or passed before then is withdrawn, not sent.

const HOUR = 3600_000;
const INVITE = `mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { userId } }`;
const SET_PREF = `mutation S($input: SetNoticePreferenceInput!) { setNoticePreference(input: $input) { trigger mode } }`;
const DELIVERIES = `query D($p: ID!) { noticeDeliveries(partyId: $p, first: 100) { items { trigger status lastError } } }`;
const HASH = 'e'.repeat(64);

/** Monday 14 September 2026, 12:00 in Amsterdam (summer time: UTC+2). */
const MONDAY_NOON = Date.parse('2026-09-14T10:00:00.000Z');
/** Tuesday 07:00 in Amsterdam: the digest's hour. */
const TUESDAY_DIGEST = Date.parse('2026-09-15T05:00:00.000Z');

describe('notifications: the daily digest', () => {
  let api: ApiHarness;
  let inbox: SmtpInbox;
  let outbox: NoticeOutbox;
  let cast: Cast;
  let chain: ChainOfStory1;
  let partyId: string;
  const kees = 'kees@isolatie-west.nl';
  /** What Schakel told Kees (not the invitation's sign-in link). */
  const toKees = () => inbox.mails.filter((m) => m.to.includes(kees) && !/sign in/i.test(subjectOf(m)));
  const main = () => api.token({ party: cast.main.id, role: 'MANAGER' });
  const own = () => api.token({ party: partyId, role: 'MANAGER' });
  /** Until the outbox has nothing due (background rounds run too). */
  const settle = async () => {
    for (let i = 0; i < 200 && (await outbox.flush()) > 0; i++);
  };

  beforeAll(async () => {
    jest.useFakeTimers({
      advanceTimers: true,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    jest.setSystemTime(MONDAY_NOON);
    inbox = new SmtpInbox();
    await inbox.start();
    api = await startApi({ SMTP_URL: inbox.url, SCHAKEL_NOTIFY_POLL_MS: '50' });
    outbox = api.app.get(NoticeOutbox);
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await inbox?.stop();
    jest.useRealTimers();
  });

  it('one mail at 07:00 Dutch time with every item since, the reminder lines included; what was resolved or passed first is withdrawn', async () => {
    const admin = api.token({});
    partyId = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Isolatie West BV' }, admin)).partyId as string;
    await ok(api, 'registerWorker', { partyId, name: 'Tomek Lis', languages: ['pl'], relation: 'EMPLOYEE' }, own());
    const invited = await api.gql(INVITE, { input: { partyId, email: kees, name: 'Kees Bos', role: 'MANAGER', language: 'nl', workerId: null } }, admin);
    expect(invited.errors).toBeUndefined();
    const keesToken = api.token({ party: partyId, role: 'MANAGER', user: invited.data!.inviteMember.userId as string });
    for (const trigger of ['INSTRUCTION_RECEIVED', 'ACKNOWLEDGEMENTS_DUE', 'FINDING_DEADLINE_NEAR', 'FINDING_AROSE', 'ACTION_ASSIGNED']) {
      const set = await api.gql(SET_PREF, { input: { partyId, trigger, mode: 'DAILY_DIGEST' } }, keesToken);
      expect(set.errors).toBeUndefined();
    }

    // engaged to start on Thursday: the reminder two days before falls on Tuesday 07:00, the digest's hour
    const { linkId } = await ok(api, 'engageParty', { chainId: chain.chainId, partyId, kind: 'SUBCONTRACT', scope: 'Isolatiewerk', startDate: '2026-09-17' }, main());
    const { instructionId } = await ok(api, 'issueSafetyInstruction', { chainId: chain.chainId, ...instructionV1 }, main());
    await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId }, main());
    const { incidentId } = await ok(
      api,
      'reportIncident',
      { chainId: chain.chainId, kind: 'NEAR_MISS', happenedAt: new Date(MONDAY_NOON - HOUR).toISOString(), location: 'Dakrand', description: 'Isolatieplaat weggewaaid', topics: ['WORK_AT_HEIGHT'] },
      main(),
    );
    const assign = (description: string, dueAt: number) =>
      ok(api, 'assignCorrectiveAction', { chainId: chain.chainId, subjectKind: 'INCIDENT', incidentId, assigneePartyId: partyId, description, dueAt: new Date(dueAt).toISOString() }, main());
    // A: due Tuesday 22:00 — near (within 24 h) from Monday 22:00 on
    await assign('Platen verankeren', TUESDAY_DIGEST + 15 * HOUR);
    // B: due Monday 14:00 — near at once, then a finding
    await assign('Windscherm plaatsen', MONDAY_NOON + 2 * HOUR);
    // C: due Monday 15:00, a finding at 15:00, done (late) at 16:00: resolved before the digest
    const late = await assign('Dakrand afzetten', MONDAY_NOON + 3 * HOUR);
    await settle();
    expect(toKees()).toEqual([]);

    jest.setSystemTime(MONDAY_NOON + 2 * HOUR + 60_000);
    await settle();
    jest.setSystemTime(MONDAY_NOON + 3 * HOUR + 60_000);
    await settle();
    jest.setSystemTime(MONDAY_NOON + 4 * HOUR);
    await ok(api, 'completeCorrectiveAction', { chainId: chain.chainId, actionId: late.actionId, note: 'Afgezet', evidence: [{ name: 'foto.jpg', sha256: HASH }] }, own());
    await settle();
    jest.setSystemTime(MONDAY_NOON + 11 * HOUR);
    await settle();
    // nothing yet: everything waits for the digest
    expect(toKees()).toEqual([]);

    jest.setSystemTime(TUESDAY_DIGEST - 60_000);
    await settle();
    expect(toKees()).toEqual([]);
    jest.setSystemTime(TUESDAY_DIGEST + 60_000);
    await settle();
    const mails = toKees();
    expect(mails).toHaveLength(1);
    const text = textOf(mails[0]);
    const items = text.split('\n').map((line) => line.trimEnd()).filter((line) => line.startsWith('- '));
    expect(subjectOf(mails[0])).toBe(`Schakel: overzicht van ${items.length} berichten`);
    expect(items).toEqual(
      expect.arrayContaining([
        '- Veiligheidsinstructie ontvangen: Werken op hoogte (versie 1)',
        '- Start op 17 september 2026 om 07:00: veiligheidsinstructies nog niet bevestigd',
        '- Termijn verloopt op 15 september 2026 om 22:00: Corrective action not completed by its due date',
        '- Bevinding voor Isolatie West BV: Corrective action not completed by its due date',
      ]),
    );
    // C's finding was resolved and B's and C's deadlines passed before the digest: not in it
    expect(items.filter((line) => line.includes('Corrective action'))).toHaveLength(2);
    expect(text).toContain('Geen berichten van deze soort meer ontvangen (nieuwe bevindingen): http');

    const list = await api.gql(DELIVERIES, { p: partyId }, own());
    expect(list.errors).toBeUndefined();
    const rows = list.data!.noticeDeliveries.items as { trigger: string; status: string; lastError: string | null }[];
    const findingRows = rows.filter((r) => r.trigger.startsWith('FINDING_')).map((r) => `${r.trigger}:${r.status}:${r.lastError ?? ''}`);
    expect(findingRows.sort()).toEqual([
      'FINDING_AROSE:SENT:',
      'FINDING_AROSE:WITHDRAWN:the finding was resolved before it was told',
      'FINDING_DEADLINE_NEAR:SENT:',
      'FINDING_DEADLINE_NEAR:WITHDRAWN:the deadline passed: the finding is told itself',
      'FINDING_DEADLINE_NEAR:WITHDRAWN:the deadline passed: the finding is told itself',
    ]);
    // every item of the digest is recorded as its own message, once
    const log = (await api.store.readStream(noticeStreamId(chain.chainId))).filter((e) => (e.data as { recipient: { partyId: string } }).recipient.partyId === partyId);
    expect(log.map((e) => e.type)).toEqual(items.map(() => 'NoticeSent'));
    expect(new Set(log.map((e) => (e.data as { deliveryId: string }).deliveryId)).size).toBe(items.length);

    // A passes its deadline on Tuesday at 22:00 (Dutch time: 24:00): Wednesday's digest has that alone
    jest.setSystemTime(TUESDAY_DIGEST + 18 * HOUR);
    await settle();
    expect(toKees()).toHaveLength(1);
    jest.setSystemTime(TUESDAY_DIGEST + 24 * HOUR + 60_000);
    await settle();
    const next = toKees().slice(1);
    expect(next.map(subjectOf)).toEqual(['Schakel: overzicht van 1 bericht']);
    expect(textOf(next[0]).split('\n').map((line) => line.trimEnd()).filter((line) => line.startsWith('- '))).toEqual(['- Bevinding voor Isolatie West BV: Corrective action not completed by its due date']);
  }, 120_000);
});
