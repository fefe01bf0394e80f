import type { ImportMark } from '../shared/messages';
import type { SafetyInstructionAcknowledged } from '../chain/chain.events';
import { channelOfAcknowledgement } from '../chain/instructions/acknowledgement-channel';
import { eventsOnClock } from './events-on-clock';
import { linksNamed, partiesNamed, summarizeEvent } from './event-summary';
import { checkEvery, type Interruption } from './interruption';
import { instantMs, type ReplayClock, type ReplayEvent } from './replay-event';

export const timelineFlags = ['RECORDED_AFTER_INCIDENT', 'LATE_ENTRY', 'IMPORTED', 'PROXY'] as const;
export type TimelineFlag = (typeof timelineFlags)[number];

export const DEFAULT_LATE_ENTRY_MS = 24 * 3600_000;

export type TimelineEntry = {
  /** Position in the chain's stream (0-based, log order). */
  position: number;
  /** Place on the timeline's clock among every entry of the chain, whatever the filter (0-based): where a slider over them all stands. */
  step: number;
  eventId: string;
  type: string;
  actorPartyId: string | null;
  occurredAt: string;
  recordedAt: string;
  summary: string;
  partyIds: string[];
  linkIds: string[];
  flags: TimelineFlag[];
  /** Incidents this entry was backdated across: dated before them, recorded after they happened. */
  recordedAfterIncidentIds: string[];
  /** The import that brought the entry in, or null when it was recorded here as it happened. */
  imported: ImportMark | null;
};

export type TimelineFilter = {
  /** Entries recorded by the party or naming it. */
  partyId?: string | null;
  linkId?: string | null;
  types?: readonly string[] | null;
  /** Period on the timeline's clock, inclusive. */
  from?: string | null;
  to?: string | null;
  /** Only the entries a strip of the history marks: incidents reported, and entries with a flag. */
  marked?: boolean | null;
};

export type TimelineOptions = {
  clock: ReplayClock;
  filter?: TimelineFilter;
  /** recordedAt − occurredAt above this is a LATE_ENTRY; default 24 h. */
  lateEntryMs?: number;
  nameOf?: (partyId: string) => string;
  /** Asked every few hundred events whether to stop (the request's budget). */
  interrupt?: Interruption;
};

type IncidentTime = { incidentId: string; happenedMs: number };

/** Every incident of the chain by id and sorted by when it happened, for the backdating flag. */
export type IncidentIndex = { byId: Map<string, IncidentTime>; sorted: IncidentTime[] };

export function incidentIndex(events: readonly ReplayEvent[]): IncidentIndex {
  const byId = new Map<string, IncidentTime>();
  for (const e of events) {
    if (e.type !== 'IncidentReported') continue;
    const d = e.data as { incidentId: string; happenedAt: string };
    byId.set(d.incidentId, { incidentId: d.incidentId, happenedMs: instantMs(d.happenedAt) });
  }
  return { byId, sorted: [...byId.values()].sort((a, b) => a.happenedMs - b.happenedMs) };
}

/** First index in `sorted` whose happenedMs is greater than `ms`. */
function firstAfter(sorted: readonly IncidentTime[], ms: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].happenedMs <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Incidents this entry was backdated across: it relates to them, they happened before it was
 * recorded, and it is dated before they happened. A follow-up names one incident (a
 * notification, a reclassification, a check of its measures) and relates to that incident and to
 * every later one (what was done about an earlier incident bears on a later one, not the other way
 * round); every other entry is a fact of the chain and relates to every incident in it but its own.
 */
export function backdatedAcross(event: ReplayEvent, incidents: IncidentIndex): string[] {
  const occurred = instantMs(event.meta.occurredAt);
  const recorded = instantMs(event.meta.recordedAt);
  const d = event.data as Record<string, unknown>;
  const named = event.type === 'IncidentReported' ? null : ((d.incidentId ?? d.relatedIncidentId ?? null) as string | null);
  const namedIncident = named === null ? null : incidents.byId.get(named);
  if (named !== null && !namedIncident) return [];
  const ids: string[] = [];
  for (let k = firstAfter(incidents.sorted, occurred); k < incidents.sorted.length && incidents.sorted[k].happenedMs < recorded; k++) {
    const incident = incidents.sorted[k];
    const relates = namedIncident
      ? incident.incidentId === namedIncident.incidentId || incident.happenedMs >= namedIncident.happenedMs
      : incident.incidentId !== d.incidentId;
    if (relates) ids.push(incident.incidentId);
  }
  return ids;
}

/** Flags of one entry given every incident of the chain. */
export function flagsOf(event: ReplayEvent, incidents: IncidentIndex, lateEntryMs = DEFAULT_LATE_ENTRY_MS) {
  const after = backdatedAcross(event, incidents);
  const flags: TimelineFlag[] = [];
  if (after.length > 0) flags.push('RECORDED_AFTER_INCIDENT');
  if (instantMs(event.meta.recordedAt) - instantMs(event.meta.occurredAt) > lateEntryMs) flags.push('LATE_ENTRY');
  // an imported entry is never shown as if it had been recorded at the time
  if (event.meta.imported) flags.push('IMPORTED');
  // whose act it is: a manager's entry on a worker's behalf is the employer's statement, not the worker's
  if (isProxyEntry(event)) flags.push('PROXY');
  return { flags, recordedAfterIncidentIds: after };
}

/** An acknowledgement a manager entered for a worker, or a toolbox attendance typed in from a paper list. */
function isProxyEntry(event: ReplayEvent): boolean {
  if (event.type === 'SafetyInstructionAcknowledged') return channelOfAcknowledgement(event as unknown as SafetyInstructionAcknowledged) === 'PROXY';
  return event.type === 'ToolboxAttendanceRecorded' && (event.data as { channel?: string }).channel === 'PROXY';
}

/** Every event of a chain (in log order as given) as a timeline on one clock, filtered, with flags. */
export function timeline(events: readonly ReplayEvent[], options: TimelineOptions): TimelineEntry[] {
  return timelinePage(events, options, { offset: 0, limit: Infinity }).entries;
}

/** One page of a timeline, how many entries match in all, and the first and last of them on the clock. */
export type TimelinePage = {
  total: number;
  entries: TimelineEntry[];
  /** The first and last matching entry's instant on the clock asked; null when none matches. */
  firstAt: string | null;
  lastAt: string | null;
};

/**
 * A page of `timeline`: every event is filtered and counted, but only the page's entries are built
 * (their summaries and backdating flags cost the most: a long backdated history makes the flags of
 * the whole chain grow with the square of its length).
 */
export function timelinePage(events: readonly ReplayEvent[], options: TimelineOptions, page: { offset: number; limit: number }): TimelinePage {
  const incidents = incidentIndex(events);
  const positions = new Map(events.map((e, i) => [e, i]));
  const filter = options.filter ?? {};
  const field = options.clock === 'OCCURRED' ? 'occurredAt' : 'recordedAt';
  const from = filter.from ? instantMs(filter.from) : -Infinity;
  const to = filter.to ? instantMs(filter.to) : Infinity;
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
  const entries: TimelineEntry[] = [];
  let total = 0;
  let firstAt: string | null = null;
  let lastAt: string | null = null;
  let step = 0;
  options.interrupt?.throwIfAborted();
  for (const event of eventsOnClock(events, options.clock)) {
    checkEvery(options.interrupt, ++step);
    const at = instantMs(event.meta[field]);
    if (at < from || at > to) continue;
    if (types && !types.has(event.type)) continue;
    const partyIds = partiesNamed(event);
    if (filter.partyId && event.meta.actorPartyId !== filter.partyId && !partyIds.includes(filter.partyId)) continue;
    const linkIds = linksNamed(event);
    if (filter.linkId && !linkIds.includes(filter.linkId)) continue;
    // flags cost the most: built for the page's entries only, unless the filter asks for flagged ones
    const flagged = filter.marked ? flagsOf(event, incidents, options.lateEntryMs) : null;
    if (flagged && event.type !== 'IncidentReported' && flagged.flags.length === 0) continue;
    const index = total++;
    firstAt ??= event.meta[field];
    lastAt = event.meta[field];
    if (index < page.offset || index >= page.offset + page.limit) continue;
    entries.push({
      position: positions.get(event) as number,
      step: step - 1,
      eventId: event.meta.eventId,
      type: event.type,
      actorPartyId: event.meta.actorPartyId,
      occurredAt: event.meta.occurredAt,
      recordedAt: event.meta.recordedAt,
      summary: summarizeEvent(event, options.nameOf),
      partyIds,
      linkIds,
      ...(flagged ?? flagsOf(event, incidents, options.lateEntryMs)),
      imported: event.meta.imported ?? null,
    });
  }
  return { total, entries, firstAt, lastAt };
}

/** The first and last moment of the chain's history on a clock (null for a chain without entries): the ends of a strip of it. */
export function timelineSpan(events: readonly ReplayEvent[], clock: ReplayClock): { first: string; last: string } | null {
  const field = clock === 'OCCURRED' ? 'occurredAt' : 'recordedAt';
  let first: ReplayEvent | null = null;
  let last: ReplayEvent | null = null;
  for (const event of events) {
    const at = instantMs(event.meta[field]);
    if (!first || at < instantMs(first.meta[field])) first = event;
    if (!last || at > instantMs(last.meta[field])) last = event;
  }
  return first && last ? { first: first.meta[field], last: last.meta[field] } : null;
}
