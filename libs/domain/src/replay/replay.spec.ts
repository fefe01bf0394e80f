import { isDomainError } from '../shared/errors';
import { accidentReplay } from './accident-replay';
import { chainAsOf } from './chain-as-of';
import { FALL_AT, ids, storyFourEvents } from '../../test/story-four.fixture';
import { timeline, timelinePage, timelineSpan } from './timeline';
import { whoKnew } from './who-knew';
import type { ReplayEvent } from './replay-event';

describe('chainAsOf', () => {
  const events = storyFourEvents();

  it('OCCURRED folds what had happened by then: the backdated acknowledgement counts at the fall', () => {
    const then = chainAsOf(events, FALL_AT, 'OCCURRED');
    expect(then.activeLinks.map((l) => l.linkId)).toEqual([ids.links.main, ids.links.steel, ids.links.agency]);
    expect(then.endedLinks.map((l) => l.linkId)).toEqual([ids.links.jan]);
    expect(then.instructions).toHaveLength(1);
    expect(then.instructions[0].currentVersion).toBe(2);
    expect(then.instructions[0].acknowledgements.map((a) => [a.partyId, a.workerId])).toEqual([
      [ids.jan, null],
      [ids.agency, ids.marek],
      [ids.agency, ids.tomasz],
    ]);
    expect(then.incidents.map((i) => i.incidentId)).toEqual([ids.nearMiss, ids.fall]);
  });

  it('RECORDED folds what the records said: at noon after the fall the late acknowledgement was not there', () => {
    const known = chainAsOf(events, '2026-09-15T12:00:00.000Z', 'RECORDED');
    expect(known.instructions[0].acknowledgements.map((a) => a.workerId)).toEqual([null, ids.marek]);
    expect(known.incidents.map((i) => i.incidentId)).toEqual([ids.nearMiss, ids.fall]);
    expect(known.state.status === 'Opened' && known.state.incidents[1].notifications.map((n) => n.channel)).toEqual(['PHONE', 'PHONE']);
  });

  it('before the fall was recorded, RECORDED shows no accident although OCCURRED does', () => {
    expect(chainAsOf(events, '2026-09-15T10:30:00.000Z', 'RECORDED').incidents.map((i) => i.kind)).toEqual(['NEAR_MISS']);
    expect(chainAsOf(events, '2026-09-15T10:30:00.000Z', 'OCCURRED').incidents.map((i) => i.kind)).toEqual(['NEAR_MISS', 'ACCIDENT']);
  });

  it('lists a registered worker who never acknowledged as MISSING from his registration on, and a zzp\'er once', () => {
    const registered = (workerId: string, partyId: string, relation: string, day: number) => ({
      workerId, partyId, relation, occurredAt: `2026-09-0${day}T07:00:00.000Z`, recordedAt: `2026-09-0${day}T07:00:00.000Z`,
    });
    const registrations = [
      registered(ids.tomasz, ids.agency, 'EMPLOYEE', 1),
      registered(ids.marek, ids.agency, 'EMPLOYEE', 1),
      registered('w-pawel', ids.agency, 'EMPLOYEE', 5),
      registered('w-jan-self', ids.jan, 'SELF', 1),
    ];
    const statusAt = (asOf: string) =>
      chainAsOf(events, asOf, 'RECORDED', undefined, registrations).instructions[0].status.map((r) => [r.partyId, r.workerId, r.status]);
    // the fall is on record, Tomasz's late acknowledgement is not yet
    expect(statusAt('2026-09-15T12:00:00.000Z')).toEqual([
      [ids.steel, null, 'MISSING'],
      [ids.jan, 'w-jan-self', 'CURRENT'],
      [ids.agency, null, 'MISSING'],
      // registered at the same moment: by worker id
      [ids.agency, ids.marek, 'CURRENT'],
      [ids.agency, ids.tomasz, 'MISSING'],
      [ids.agency, 'w-pawel', 'MISSING'],
    ]);
    expect(statusAt('2026-09-04T12:00:00.000Z').some(([, workerId]) => workerId === 'w-pawel')).toBe(false);
    expect(statusAt('2026-09-16T12:00:00.000Z')).toContainEqual([ids.agency, ids.tomasz, 'CURRENT']);
  });

  it('takes asOf with any offset: 12:30+02:00 is 10:30Z', () => {
    expect(chainAsOf(events, '2026-09-15T12:30:00+02:00', 'RECORDED').incidents.map((i) => i.kind)).toEqual(['NEAR_MISS']);
    expect(chainAsOf(events, '2026-09-15T13:30:00+02:00', 'RECORDED').incidents.map((i) => i.kind)).toEqual(['NEAR_MISS', 'ACCIDENT']);
  });

  it('before the chain was opened there is nothing', () => {
    const none = chainAsOf(events, '2026-08-01T00:00:00.000Z', 'RECORDED');
    expect(none).toMatchObject({ eventCount: 0, activeLinks: [], instructions: [] });
    expect(none.state.status).toBe('NotOpened');
  });
});

describe('timeline', () => {
  const events = storyFourEvents();

  it('flags the acknowledgement dated before the fall but recorded after it, and as a late entry; the agency\'s entries for its workers as PROXY', () => {
    const entries = timeline(events, { clock: 'RECORDED' });
    const flagged = entries.filter((e) => e.flags.length > 0);
    expect(flagged.map((e) => [e.type, e.flags, e.recordedAfterIncidentIds])).toEqual([
      ['SafetyInstructionAcknowledged', ['PROXY'], []],
      ['SafetyInstructionAcknowledged', ['RECORDED_AFTER_INCIDENT', 'LATE_ENTRY', 'PROXY'], [ids.fall]],
    ]);
  });

  it('does not flag an entry recorded after an incident that it postdates', () => {
    const entries = timeline(events, { clock: 'RECORDED' });
    const notices = entries.filter((e) => e.type === 'IncidentNotified');
    expect(notices.every((e) => e.flags.length === 0)).toBe(true);
  });

  it('a follow-up of an incident relates to it and to later incidents, not to earlier ones', () => {
    const meta = (occurredAt: string, recordedAt: string, n: number) => ({ eventId: `late-${n}`, occurredAt, recordedAt, actorPartyId: ids.steel });
    const notify = (incidentId: string) => ({ incidentId, notifierPartyId: ids.steel, recipient: { kind: 'PARTY', partyId: ids.principal }, channel: 'PHONE', reference: null });
    const more: ReplayEvent[] = [
      ...events,
      // told the principal of the near miss before the fall, entered after it: backdated across the fall
      { type: 'IncidentNotified', data: notify(ids.nearMiss), meta: meta('2026-09-14T08:00:00.000Z', '2026-09-17T08:00:00.000Z', 1) },
      // a follow-up of the fall dated before the near miss says nothing about the near miss
      { type: 'IncidentNotified', data: notify(ids.fall), meta: meta('2026-09-09T08:00:00.000Z', '2026-09-17T09:00:00.000Z', 2) },
    ];
    const late = timeline(more, { clock: 'RECORDED' }).slice(-2);
    expect(late.map((e) => e.recordedAfterIncidentIds)).toEqual([[ids.fall], [ids.fall]]);
  });

  it('LATE_ENTRY follows the configured threshold', () => {
    const entries = timeline(events, { clock: 'RECORDED', lateEntryMs: 20 * 60_000 });
    expect(entries.filter((e) => e.flags.includes('LATE_ENTRY')).map((e) => e.type)).toEqual(['IncidentReported', 'IncidentReported', 'SafetyInstructionAcknowledged']);
  });

  it('orders on either clock: valid time puts the backdated acknowledgement before the fall', () => {
    const types = (clock: 'OCCURRED' | 'RECORDED') => timeline(events, { clock }).slice(-4).map((e) => e.type);
    expect(types('RECORDED')).toEqual(['IncidentReported', 'IncidentNotified', 'IncidentNotified', 'SafetyInstructionAcknowledged']);
    expect(types('OCCURRED')).toEqual(['SafetyInstructionAcknowledged', 'IncidentReported', 'IncidentNotified', 'IncidentNotified']);
    expect(timeline(events, { clock: 'RECORDED' }).map((e) => e.position)).toEqual(events.map((_, i) => i));
  });

  it('filters by party, link, type and period, with readable summaries', () => {
    const names: Record<string, string> = { [ids.steel]: 'Staalbouw Noord', [ids.agency]: 'Flex' };
    const byLink = timeline(events, { clock: 'RECORDED', filter: { linkId: ids.links.agency }, nameOf: (id) => names[id] ?? id });
    expect(byLink.map((e) => e.summary)).toEqual([
      'Staalbouw Noord engaged Flex (LENDING, under gezag) for "scope l-agency" from 2026-09-01',
      'Staalbouw Noord passed instruction v2 down to Flex',
      'Staalbouw Noord reported an accident at steiger  blok b (2026-09-15T10:00:00.000Z): Val van steiger',
    ]);
    const byParty = timeline(events, { clock: 'OCCURRED', filter: { partyId: ids.jan } });
    expect(byParty.map((e) => e.type)).toEqual(['PartyEngaged', 'SafetyInstructionPassedDown', 'SafetyInstructionAcknowledged']);
    const byType = timeline(events, { clock: 'RECORDED', filter: { types: ['IncidentReported'], from: '2026-09-15T00:00:00.000Z', to: '2026-09-30T00:00:00.000Z' } });
    expect(byType.map((e) => e.eventId)).toEqual([events[15].meta.eventId]);
  });

  it('marks for a strip of the history: the incidents and the flagged entries, each at its step among all entries on the clock', () => {
    for (const clock of ['RECORDED', 'OCCURRED'] as const) {
      const all = timeline(events, { clock });
      const marked = timeline(events, { clock, filter: { marked: true } });
      expect(all.map((e) => e.step)).toEqual(all.map((_, i) => i));
      expect(marked.map((e) => e.eventId)).toEqual(all.filter((e) => e.type === 'IncidentReported' || e.flags.length > 0).map((e) => e.eventId));
      expect(marked.map((e) => all[e.step].eventId)).toEqual(marked.map((e) => e.eventId));
    }
    expect(timeline(events, { clock: 'RECORDED', filter: { marked: true } }).map((e) => e.type)).toEqual(['SafetyInstructionAcknowledged', 'IncidentReported', 'IncidentReported', 'SafetyInstructionAcknowledged']);
  });

  it('spans the history from its first to its last moment on the clock asked', () => {
    const occurred = events.map((e) => e.meta.occurredAt).sort();
    expect(timelineSpan(events, 'OCCURRED')).toEqual({ first: occurred[0], last: occurred[occurred.length - 1] });
    expect(timelineSpan(events, 'RECORDED')).toEqual({ first: events[0].meta.recordedAt, last: events[events.length - 1].meta.recordedAt });
    expect(timelineSpan([], 'RECORDED')).toBeNull();
  });

  it('a page is the same entries as the whole timeline cut there, with the count and the first and last moment of all', () => {
    for (const clock of ['OCCURRED', 'RECORDED'] as const) {
      const all = timeline(events, { clock });
      const field = clock === 'OCCURRED' ? 'occurredAt' : 'recordedAt';
      const page = timelinePage(events, { clock }, { offset: 5, limit: 4 });
      expect(page.entries).toEqual(all.slice(5, 9));
      expect(page).toMatchObject({ total: all.length, firstAt: all[0][field], lastAt: all[all.length - 1][field] });
      expect(timelinePage(events, { clock }, { offset: 0, limit: 0 })).toEqual({ total: all.length, entries: [], firstAt: all[0][field], lastAt: all[all.length - 1][field] });
    }
    const none = timelinePage(events, { clock: 'RECORDED', filter: { types: ['NoSuchEvent'] } }, { offset: 0, limit: 10 });
    expect(none).toEqual({ total: 0, entries: [], firstAt: null, lastAt: null });
  });
});

describe('whoKnew', () => {
  const events = storyFourEvents();

  it('of an incident: who recorded it and who was notified, from when', () => {
    const answer = whoKnew(events, { kind: 'INCIDENT', incidentId: ids.fall });
    expect(answer.knowers.map((k) => [k.partyId ?? k.authority, k.how, k.since])).toEqual([
      [ids.steel, 'RECORDED_IT', '2026-09-15T11:00:00.000Z'],
      ['NLA', 'NOTIFIED', '2026-09-15T11:30:00.000Z'],
      [ids.agency, 'NOTIFIED', '2026-09-15T12:00:00.000Z'],
    ]);
    expect(answer.knowers[0].ways.map((w) => w.how)).toEqual(['RECORDED_IT', 'RECORDED_IT', 'RECORDED_IT']);
  });

  it('of an instruction: issued, received passed down, acknowledged (per worker)', () => {
    const answer = whoKnew(events, { kind: 'INSTRUCTION', instructionId: ids.instruction });
    expect(answer.knowers.map((k) => [k.partyId, k.workerId, k.how])).toEqual([
      [ids.main, null, 'RECORDED_IT'],
      [ids.steel, null, 'RECEIVED_PASSED_DOWN'],
      [ids.jan, null, 'RECEIVED_PASSED_DOWN'],
      [ids.agency, null, 'RECEIVED_PASSED_DOWN'],
      [ids.agency, ids.marek, 'ACKNOWLEDGED'],
      [ids.agency, ids.tomasz, 'ACKNOWLEDGED'],
    ]);
    expect(answer.knowers.find((k) => k.partyId === ids.jan)!.ways.map((w) => w.how)).toEqual(['RECEIVED_PASSED_DOWN', 'ACKNOWLEDGED']);
    expect(answer.knowers.find((k) => k.workerId === ids.tomasz)!.since).toBe('2026-09-16T09:00:00.000Z');
  });

  it('of a hazard: incidents at the location (any case and spacing) or with the topic', () => {
    expect(whoKnew(events, { kind: 'HAZARD', location: 'Steiger Blok B' }).incidentIds).toEqual([ids.nearMiss, ids.fall]);
    const scaffold = whoKnew(events, { kind: 'HAZARD', topic: 'scaffolding' });
    expect(scaffold.incidentIds).toEqual([ids.nearMiss]);
    expect(scaffold.knowers.map((k) => [k.partyId, k.how])).toEqual([
      [ids.steel, 'RECORDED_IT'],
      [ids.main, 'NOTIFIED'],
    ]);
  });
});

describe('accidentReplay (story 4 in one answer)', () => {
  const events = storyFourEvents();
  const replay = accidentReplay(events, ids.fall);

  it('answers links, the current version, who had acknowledged it, and the earlier near miss with its recipients', () => {
    expect(replay.happenedAt).toBe(FALL_AT);
    expect(replay.activeLinks.map((l) => l.linkId)).toEqual([ids.links.main, ids.links.steel, ids.links.agency]);
    expect(replay.instructions.map((i) => [i.instructionId, i.currentVersion])).toEqual([[ids.instruction, 2]]);
    expect(replay.instructions[0].acknowledgements.map((a) => a.workerId ?? a.partyId)).toEqual([ids.jan, ids.marek, ids.tomasz]);
    expect(replay.earlierNearMisses.map((n) => [n.incident.incidentId, n.matchedOn])).toEqual([[ids.nearMiss, ['LOCATION']]]);
    expect(replay.earlierNearMisses[0].knowers.map((k) => [k.partyId, k.how])).toEqual([
      [ids.steel, 'RECORDED_IT'],
      [ids.main, 'NOTIFIED'],
    ]);
  });

  it('names exactly the entries recorded only after the fall', () => {
    expect(replay.recordedAfterAccident.map((e) => [e.type, e.occurredAt, e.recordedAt])).toEqual([
      ['SafetyInstructionAcknowledged', '2026-09-14T07:30:00.000Z', '2026-09-16T09:00:00.000Z'],
    ]);
  });

  it('refuses an unknown incident with INCIDENT_NOT_FOUND', () => {
    let error: unknown;
    try {
      accidentReplay(events, 'nope');
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe('INCIDENT_NOT_FOUND');
  });
});
