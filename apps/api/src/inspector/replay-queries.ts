import { Injectable } from '@nestjs/common';
import {
  accidentReplay,
  chainAsOf,
  chainAsOfFolded,
  DEFAULT_LATE_ENTRY_MS,
  evaluateFindings,
  eventsAsOf,
  foldChainEvents,
  partiesEverInChain,
  type ChainEvent,
  timelinePage,
  timelineSpan,
  whoKnew,
  type ReplayClock,
  type ReplayEvent,
  type WhoKnewSubject,
  type Interruption,
} from '@schakel/domain';
import { badInput } from '@schakel/application';
import { inTurn } from '../limits/fold-turns';
import { instantText } from '../graphql/instant-text';
import { ChainReplaySource } from './chain-replay-source';
import { ReplayFolds } from './replay-folds';
import type { AccidentReplay, ChainAsOf, ChainAsOfSource, ReplayFinding, Timeline, TimelineFilterInput, WhoKnew } from './inspector.types';
import { toAccidentReplay, toChainAsOf, toKnower, toTimelineEntry } from './replay-mapping';

export const MAX_TIMELINE_PAGE = 500;

/** The inspector's questions, answered by folding the chain's events (the pure replay functions). */
@Injectable()
export class ReplayQueries {
  constructor(
    private readonly source: ChainReplaySource,
    private readonly folds: ReplayFolds,
  ) {}

  async chainAsOf(chainId: string, events: readonly ReplayEvent[], asOf: Date, clock: ReplayClock, interrupt?: Interruption): Promise<ChainAsOf> {
    const at = validInstant(asOf, 'asOf');
    const registrations = await this.source.workerRegistrationsFor(events);
    // from the nearest fold kept of this log; every fold runs in a turn of its own (fold-turns)
    const folded = await this.folds.foldAsOf(events, at, clock, interrupt);
    const answer = folded
      ? chainAsOfFolded(folded.state, at, clock, folded.eventCount, registrations)
      : await inTurn(() => chainAsOf(events, at, clock, interrupt, registrations));
    return { ...toChainAsOf(chainId, answer, await this.source.namesFor(events)), source: { events, asOf: at, clock, interrupt, state: answer.state } };
  }

  /** The rules engine on the chain as of that moment and clock, with its parties' credentials. */
  async findings(source: ChainAsOfSource): Promise<ReplayFinding[]> {
    // the chain as chainAsOf folded it (the same events on the same clock): not folded a second time
    const state = source.state ?? (await inTurn(() => foldChainEvents(eventsAsOf(source.events, source.asOf, source.clock), source.interrupt)));
    const parties = partiesEverInChain(state);
    const credentialEvents = await this.source.credentialEventsOf(parties);
    const names = await this.source.partyAndWorkerNamesOf(parties);
    const findings = await inTurn(() => {
      source.interrupt?.throwIfAborted();
      return evaluateFindings({ chainEvents: source.events as ChainEvent[], credentialEvents, names }, { asOf: source.asOf, clock: source.clock });
    });
    return findings.map((f) => ({
      ruleId: f.ruleId,
      title: f.title,
      basis: f.basis.article,
      partyIds: f.partyIds,
      arisenAt: new Date(f.arisenAt),
      resolvedAt: f.resolvedAt ? new Date(f.resolvedAt) : null,
      explanation: f.explanation,
      policyNote: f.policyNote,
      evidenceEventIds: f.evidenceEventIds,
    }));
  }

  async timeline(events: readonly ReplayEvent[], clock: ReplayClock, filter: TimelineFilterInput = {}, interrupt?: Interruption): Promise<Timeline> {
    const limit = filter.limit ?? 500;
    const offset = filter.offset ?? 0;
    if (limit < 0 || limit > MAX_TIMELINE_PAGE || offset < 0) throw badInput('INPUT_VALUE_INVALID', `limit must be 0..${MAX_TIMELINE_PAGE} and offset 0 or more`);
    if (filter.lateEntryHours != null && !(filter.lateEntryHours >= 0)) throw badInput('INPUT_VALUE_INVALID', 'lateEntryHours must be 0 or more');
    const nameOf = await this.source.namesFor(events);
    const page = await inTurn(() => timelinePage(events, {
      clock,
      filter: {
        partyId: filter.partyId ?? null,
        linkId: filter.linkId ?? null,
        types: filter.types ?? null,
        from: filter.from ? validInstant(filter.from, 'filter.from') : null,
        to: filter.to ? validInstant(filter.to, 'filter.to') : null,
        marked: filter.marked ?? null,
      },
      lateEntryMs: filter.lateEntryHours != null ? filter.lateEntryHours * 3600_000 : DEFAULT_LATE_ENTRY_MS,
      nameOf,
      interrupt,
    }, { offset, limit }));
    // the ends of the whole history, whatever the filter: a strip of flagged entries is drawn between them
    const span = timelineSpan(events, clock);
    return {
      total: page.total,
      firstAt: span ? new Date(span.first) : null,
      lastAt: span ? new Date(span.last) : null,
      entries: page.entries.map((e) => toTimelineEntry(e, nameOf)),
    };
  }

  async whoKnew(chainId: string, events: readonly ReplayEvent[], subject: WhoKnewSubject, interrupt?: Interruption): Promise<WhoKnew> {
    // the messages Schakel sent count as knowing too: shown as SENT, never as read
    const notices = await this.source.notices(chainId);
    const answer = await inTurn(() => whoKnew(notices.length > 0 ? [...events, ...notices] : events, subject, interrupt));
    const nameOf = await this.source.namesFor(events);
    return { incidentIds: answer.incidentIds, knowers: answer.knowers.map((k) => toKnower(k, nameOf)) };
  }

  async accidentReplay(events: readonly ReplayEvent[], incidentId: string, interrupt?: Interruption): Promise<AccidentReplay> {
    const nameOf = await this.source.namesFor(events);
    const registrations = await this.source.workerRegistrationsFor(events);
    return toAccidentReplay(await inTurn(() => accidentReplay(events, incidentId, nameOf, interrupt, registrations)), nameOf);
  }
}

/** An instant from the DateTime scalar, or BAD_USER_INPUT naming the field. */
export function validInstant(value: Date, field: string): string {
  const text = instantText(value);
  if (Number.isNaN(Date.parse(text))) throw badInput('INPUT_INSTANT_INVALID', `${field} must be an ISO-8601 instant, got "${text}"`);
  return text;
}

