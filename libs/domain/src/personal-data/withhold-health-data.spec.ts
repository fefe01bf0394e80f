import { FALL_AT, ids, storyFourEvents } from '../../test/story-four.fixture';
import { accidentReplay } from '../replay/accident-replay';
import { chainAsOf } from '../replay/chain-as-of';
import type { ReplayEvent } from '../replay/replay-event';
import { timeline } from '../replay/timeline';
import { INJURY_WITHHELD, type InjuryReader } from './injury-readers';
import { withholdHealthData } from './withhold-health-data';

const AFTER = '2026-09-20T08:00:00.000Z';
const meta = (n: number, actorPartyId: string) => ({ eventId: `e-health-${n}`, occurredAt: `2026-09-16T0${n}:00:00.000Z`, recordedAt: `2026-09-16T0${n}:00:00.000Z`, actorPartyId });

/** Story 4 (Tomasz of the agency falls; steel holds gezag and reported it) with measures, a reclassification and a corrected description. */
function events(): ReplayEvent[] {
  const all = storyFourEvents();
  const report = all.find((e) => e.type === 'IncidentReported' && (e.data as { incidentId: string }).incidentId === ids.fall)!;
  return [
    ...all,
    { type: 'IncidentMeasuresRecorded', data: { incidentId: ids.fall, recordedByPartyId: ids.steel, description: 'Gips, fysiotherapie', evidence: [], dataSubjectId: ids.tomasz }, meta: meta(1, ids.steel) },
    {
      type: 'IncidentReclassified',
      data: { incidentId: ids.fall, severity: 'PERMANENT_INJURY', absenceDays: 40, previousSeverity: 'HOSPITAL_ADMISSION', previousAbsenceDays: 0, becameKnownAt: '2026-09-16T02:00:00.000Z', reason: 'Breuk bleek blijvend', reclassifiedByPartyId: ids.steel, dataSubjectId: ids.tomasz },
      meta: meta(2, ids.steel),
    },
    {
      type: 'EntryCorrected',
      data: { targetEventId: report.meta.eventId, targetType: 'IncidentReported', reason: 'Aangevuld', changes: { description: 'Val van steiger, pols gebroken', location: 'Steiger blok B' }, previousValues: { description: 'Val van steiger', location: 'steiger  blok b' }, correctedByPartyId: ids.steel, dataSubjectId: ids.tomasz },
      meta: meta(3, ids.steel),
    },
  ];
}

const member = (partyId: string, workerId: string | null = null): InjuryReader => ({ kind: 'MEMBER', partyId, workerId });
const texts = (readable: readonly ReplayEvent[]) => JSON.stringify(readable);

describe('withholdHealthData: one need-to-know rule for every read of the log', () => {
  it('an inspector under a grant reads everything, the very events', () => {
    const all = events();
    expect(withholdHealthData(all, { kind: 'INSPECTOR' })).toBe(all);
  });

  it('the victim\'s Arbo employer (steel, reporter and holder of gezag), his own party and the victim himself read the injury', () => {
    for (const reader of [member(ids.steel), member(ids.agency), member(ids.agency, ids.tomasz)]) {
      const state = chainAsOf(withholdHealthData(events(), reader), AFTER, 'OCCURRED');
      const fall = state.incidents.find((i) => i.incidentId === ids.fall)!;
      expect(fall.description).toBe('Val van steiger, pols gebroken');
      expect(fall.reclassifications.map((r) => r.reason)).toEqual(['Breuk bleek blijvend']);
    }
  });

  it('the principal sees that a reportable accident happened, when, where and its severity class, not the injury, in the replay, the timeline and the accident replay', () => {
    const readable = withholdHealthData(events(), member(ids.principal));
    const fall = chainAsOf(readable, AFTER, 'OCCURRED').incidents.find((i) => i.incidentId === ids.fall)!;
    expect(fall).toMatchObject({ description: INJURY_WITHHELD, location: 'Steiger blok B', happenedAt: FALL_AT, severity: 'PERMANENT_INJURY', reportedSeverity: 'HOSPITAL_ADMISSION', absenceDays: 40 });
    expect(fall.reclassifications.map((r) => r.reason)).toEqual([INJURY_WITHHELD]);
    expect(fall.notifications.map((n) => n.channel)).toEqual(['PHONE', 'PHONE']);

    const lines = timeline(readable, { clock: 'RECORDED' }).map((t) => t.summary).join('\n');
    expect(lines).toContain(`reported an accident at steiger  blok b (${FALL_AT}): ${INJURY_WITHHELD}`);
    expect(lines).toContain(`HOSPITAL_ADMISSION → PERMANENT_INJURY (${INJURY_WITHHELD})`);
    expect(accidentReplay(readable, ids.fall).incident.description).toBe(INJURY_WITHHELD);

    for (const injury of ['Val van steiger', 'pols gebroken', 'Gips', 'Breuk bleek blijvend']) expect(texts(readable)).not.toContain(injury);
    // the near miss had no victim: no one's health data
    expect(chainAsOf(readable, AFTER, 'OCCURRED').incidents.find((i) => i.incidentId === ids.nearMiss)!.description).toBe('Loszittende steigerplank');
  });

  it("a colleague's WORKER token of the victim's own party does not read the injury", () => {
    const readable = withholdHealthData(events(), member(ids.agency, ids.marek));
    expect(accidentReplay(readable, ids.fall).incident.description).toBe(INJURY_WITHHELD);
    expect(texts(readable)).not.toContain('pols gebroken');
  });

  it('keeps the events, their ids and their order, and leaves the events given unchanged', () => {
    const all = events();
    const before = JSON.stringify(all);
    const readable = withholdHealthData(all, member(ids.main));
    expect(readable.map((e) => e.meta.eventId)).toEqual(all.map((e) => e.meta.eventId));
    expect(JSON.stringify(all)).toBe(before);
  });
});
