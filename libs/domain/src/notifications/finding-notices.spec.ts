import type { Finding } from '../compliance/finding';
import { whoKnew } from '../replay/who-knew';
import type { ReplayEvent } from '../replay/replay-event';
import { findingIdentity, findingNotices, findingStillOpen } from './finding-notices';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'CHAIN-ACTION-OVERDUE',
  title: 'Corrective action not completed by its due date',
  basis: { article: 'our chain rule', kind: 'CERTIFICATION_OR_CONTRACT', text: '', inForceFrom: '2026-01-01' },
  partyIds: ['steel'],
  arisenAt: '2026-09-15T10:00:00.000Z',
  resolvedAt: null,
  evidenceEventIds: ['e1'],
  explanation: '',
  message: null,
  policyNote: null,
  ...over,
});

const NOW = '2026-09-15T12:00:00.000Z';
const SINCE = '2026-09-14T00:00:00.000Z';

describe('what the findings of a chain ask Schakel to tell', () => {
  it('an open finding that arose since Schakel watches: each duty bearer, once per finding', () => {
    const two = finding({ ruleId: 'NL-VCA-CERT', partyIds: ['steel', 'main'] });
    const notices = findingNotices([finding({}), two], [finding({}), two], NOW, SINCE);
    expect(notices.map((n) => [n.trigger, n.partyId, n.finding.ruleId])).toEqual([
      ['FINDING_AROSE', 'steel', 'CHAIN-ACTION-OVERDUE'],
      ['FINDING_AROSE', 'steel', 'NL-VCA-CERT'],
      ['FINDING_AROSE', 'main', 'NL-VCA-CERT'],
    ]);
  });

  it('not a resolved finding, nor one that arose before Schakel began to watch', () => {
    expect(findingNotices([finding({ resolvedAt: '2026-09-15T11:00:00.000Z' })], [], NOW, SINCE)).toEqual([]);
    expect(findingNotices([finding({ arisenAt: '2026-09-13T23:59:59.999Z' })], [], NOW, SINCE)).toEqual([]);
    // exactly at the start of the watch counts
    expect(findingNotices([finding({ arisenAt: SINCE })], [], NOW, SINCE)).toHaveLength(1);
  });

  it('a duty whose deadline falls within the warning time (in the forecast, not yet arisen) is warned of, except the NLA report with its own reminder', () => {
    const soon = finding({ arisenAt: '2026-09-16T09:00:00.000Z', evidenceEventIds: ['e2'] });
    const nla = finding({ ruleId: 'NL-ARBO-9-REPORT', arisenAt: '2026-09-16T08:00:00.000Z' });
    const notices = findingNotices([], [soon, nla], NOW, SINCE);
    expect(notices.map((n) => [n.trigger, n.identity])).toEqual([['FINDING_DEADLINE_NEAR', findingIdentity(soon)]]);
    // what has arisen by now is not "near": it is told as arisen
    expect(findingNotices([], [finding({ arisenAt: NOW })], NOW, SINCE)).toEqual([]);
  });

  it('weighed again when due: resolved (or the duty done) leaves nothing to tell', () => {
    const open = finding({});
    const isOpen = (identity: string) => identity === findingIdentity(open);
    expect(findingStillOpen([open], isOpen)).toBe(open);
    expect(findingStillOpen([{ ...open, resolvedAt: NOW }], isOpen)).toBeNull();
    expect(findingStillOpen([], isOpen)).toBeNull();
    // another duty bearer or another entry is another finding
    expect(findingStillOpen([{ ...open, evidenceEventIds: ['e9'] }], isOpen)).toBeNull();
    expect(findingStillOpen([{ ...open, partyIds: ['main'] }], isOpen)).toBeNull();
  });

  it('who-knew of a finding shows the messages Schakel sent its duty bearer as SENT', () => {
    const sent = (ruleId: string, arisenAt: string): ReplayEvent => ({
      type: 'NoticeSent',
      meta: { eventId: `n-${ruleId}`, streamId: 'notices-c1', occurredAt: NOW, recordedAt: NOW },
      data: {
        deliveryId: 'd',
        chainId: 'c1',
        trigger: 'FINDING_AROSE',
        channel: 'EMAIL',
        recipient: { partyId: 'steel', workerId: null, userId: 'u', address: 'a@b.nl' },
        subject: { ruleId, findingArisenAt: arisenAt },
        sourceEventId: 'e1',
        attempts: 1,
      },
    }) as unknown as ReplayEvent;
    const answer = whoKnew([sent('CHAIN-ACTION-OVERDUE', '2026-09-15T10:00:00.000Z'), sent('NL-VCA-CERT', '2026-09-15T10:00:00.000Z')], {
      kind: 'FINDING',
      ruleId: 'CHAIN-ACTION-OVERDUE',
      arisenAt: '2026-09-15T12:00:00.000+02:00',
    });
    expect(answer.knowers.map((k) => [k.partyId, k.how, k.ways.map((w) => w.noticeChannel)])).toEqual([['steel', 'SENT', ['EMAIL']]]);
  });
});
