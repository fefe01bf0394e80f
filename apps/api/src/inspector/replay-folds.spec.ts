import { chainAsOf, chainAsOfFolded, type ReplayClock, type ReplayEvent } from '@schakel/domain';
import { chainOpened, incidentReported, partyEngaged, vergewisCheckRecorded } from '@schakel/testing';
import { KEEP_EVERY, ReplayFolds } from './replay-folds';

const START = Date.UTC(2026, 2, 1);
const iso = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

/**
 * A chain of `length` events: opened, one link, then checks and near misses. Every fifth is dated
 * a day back (backdated: the OCCURRED order differs from the log's); recorded a minute apart.
 */
function history(length: number): ReplayEvent[] {
  const meta = (i: number) => ({ eventId: `e-${i}`, occurredAt: iso(i % 5 === 4 ? i - 1440 : i), recordedAt: iso(i), actorPartyId: 'p-principal' });
  const events: ReplayEvent[] = [
    { ...chainOpened({ principalPartyId: 'p-principal' }), meta: { ...meta(0), occurredAt: iso(-2000) } },
    { ...partyEngaged({ linkId: 'l-1', fromPartyId: 'p-principal', toPartyId: 'p-sub' }), meta: { ...meta(1), occurredAt: iso(-1999) } },
  ];
  for (let i = 2; i < length; i++) {
    const event =
      i % 4 === 3
        ? incidentReported({ incidentId: `i-${i}`, reporterPartyId: 'p-principal', happenedAt: iso(i) })
        : vergewisCheckRecorded({ checkId: `c-${i}`, checkerPartyId: 'p-principal', subjectPartyId: 'p-sub' });
    events.push({ ...event, meta: meta(i) });
  }
  return events;
}

describe('ReplayFolds: the chain as of a moment from folds kept along the way', () => {
  const events = history(3 * KEEP_EVERY + 300);
  // moments out of order: later ones keep folds that earlier-asked and lower ones start from
  const moments = [3 * KEEP_EVERY + 299, 10, 2 * KEEP_EVERY + 5, KEEP_EVERY, KEEP_EVERY - 1, 2 * KEEP_EVERY + 4, 0, -3000, 5000].map(iso);

  it.each(['OCCURRED', 'RECORDED'] as ReplayClock[])('answers as the whole fold does on %s, at every moment asked', async (clock) => {
    const folds = new ReplayFolds();
    for (const asOf of moments) {
      const kept = await folds.foldAsOf(events, asOf, clock);
      expect(kept).not.toBeNull();
      expect(chainAsOfFolded(kept!.state, asOf, clock, kept!.eventCount)).toEqual(chainAsOf(events, asOf, clock));
    }
  });

  it('gives way (null) when recorded times go down in the log, so the caller folds the whole log', async () => {
    const odd = history(50);
    odd[20] = { ...odd[20], meta: { ...odd[20].meta, recordedAt: iso(-5) } };
    const folds = new ReplayFolds();
    expect(await folds.foldAsOf(odd, iso(30), 'RECORDED')).toBeNull();
    const occurred = await folds.foldAsOf(odd, iso(30), 'OCCURRED');
    expect(chainAsOfFolded(occurred!.state, iso(30), 'OCCURRED', occurred!.eventCount)).toEqual(chainAsOf(odd, iso(30), 'OCCURRED'));
  });
});
