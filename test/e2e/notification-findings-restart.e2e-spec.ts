import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NoticeOutbox } from '../../apps/api/src/notifications/notice-outbox';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { SmtpInbox } from '../support/smtp-inbox';
import { subjectOf } from '../support/mail-text';
import { buildStory1, ok, registerCast } from './chain-story';

// One message per finding per recipient, never repeated after a restart: the finding is weighed
// again by the next process on the same log (and at every sweep), and its key is the same.

const HOUR = 3600_000;
const START = Date.parse('2026-09-14T10:00:00.000Z');

describe('notifications: a finding is told once, and not again after a restart', () => {
  let dir: string;
  let inbox: SmtpInbox;
  const apis: ApiHarness[] = [];

  beforeAll(async () => {
    jest.useFakeTimers({
      advanceTimers: true,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    jest.setSystemTime(START);
    dir = mkdtempSync(join(tmpdir(), 'schakel-findings-restart-'));
    inbox = new SmtpInbox();
    await inbox.start();
  });

  afterAll(async () => {
    for (const api of apis) await api.close().catch(() => undefined);
    await inbox?.stop();
    rmSync(dir, { recursive: true, force: true });
    jest.useRealTimers();
  });

  it('the finding and its warning reach the manager once; a second process on the same files weighs them again and sends nothing', async () => {
    const env = { SMTP_URL: inbox.url, SQLITE_PATH: join(dir, 'schakel.db'), SCHAKEL_NOTIFY_POLL_MS: '50', SCHAKEL_FINDING_SWEEP_MS: '100' };
    const first = await startApi(env);
    apis.push(first);
    const cast = await registerCast(first);
    const chain = await buildStory1(first, cast);
    const els = 'els@staalbouw-noord.nl';
    const invited = await first.gql(`mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { userId } }`, { input: { partyId: cast.steel.id, email: els, name: 'Els Visser', role: 'MANAGER', language: 'en' } }, cast.admin);
    expect(invited.errors).toBeUndefined();
    const main = first.token({ party: cast.main.id, role: 'MANAGER' });
    const { incidentId } = await ok(first, 'reportIncident', { chainId: chain.chainId, kind: 'NEAR_MISS', happenedAt: new Date(START - HOUR).toISOString(), location: 'Hal 2', description: 'Ligger los', topics: ['SCAFFOLDING'] }, main);
    const due = START + 2 * HOUR;
    await ok(first, 'assignCorrectiveAction', { chainId: chain.chainId, subjectKind: 'INCIDENT', incidentId, assigneePartyId: cast.steel.id, description: 'Ligger vastzetten', dueAt: new Date(due).toISOString() }, main);

    const told = () => inbox.mails.filter((m) => m.to.includes(els) && /^(Deadline|Finding for)/.test(subjectOf(m))).map(subjectOf);
    const wait = async (api: ApiHarness, count: number) => {
      const outbox = api.app.get(NoticeOutbox);
      const deadline = performance.now() + 30_000;
      while (told().length < count && performance.now() < deadline) {
        await outbox.flush();
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    // the deadline is 2 h away: within the 24 h, warned at once (in English, Els's language)
    await wait(first, 1);
    jest.setSystemTime(due + 60_000);
    await wait(first, 2);
    expect(told()).toEqual([
      'Deadline 14 September 2026 at 14:00: Corrective action not completed by its due date',
      'Finding for Staalbouw Noord: Corrective action not completed by its due date',
    ]);
    await first.close();
    apis.splice(0);

    // the next process: the same log, the same findings, weighed again at once and at every sweep
    const second = await startApi(env);
    apis.push(second);
    const outbox = second.app.get(NoticeOutbox);
    for (const later of [2, 4, 6]) {
      jest.setSystemTime(due + later * 60_000);
      for (let i = 0; i < 5; i++) await outbox.flush();
    }
    expect(told()).toHaveLength(2);
  }, 120_000);
});

