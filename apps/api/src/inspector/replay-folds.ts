import { Injectable } from '@nestjs/common';
import { clockOrder, countAsOf, foldChainEvents, initialChainState, type ChainState, type ClockOrder, type Interruption, type ReplayClock, type ReplayEvent } from '@schakel/domain';
import { inTurn } from '../limits/fold-turns';

/** A fold is kept every this many events of a clock's order. */
export const KEEP_EVERY = 1024;

type Folds = { order: ClockOrder<ReplayEvent>; kept: Map<number, ChainState> };

/**
 * The chain as of any moment without folding its log from the start for each one: the events in a
 * clock's order are sorted once per read of the log, and the fold is kept every KEEP_EVERY events
 * as it passes (evolve is persistent, ADR 0010: a kept state never changes), so a moment folds at
 * most KEEP_EVERY events onto the nearest kept state below it. An inspector moving the replay's
 * slider asks for one moment after another of the same log.
 */
@Injectable()
export class ReplayFolds {
  // keyed by the cached log itself (ChainReplaySource): a log that grew is a new array and starts over
  private readonly byLog = new WeakMap<readonly ReplayEvent[], Partial<Record<ReplayClock, Folds>>>();

  /**
   * The fold of `eventsAsOf(events, asOf, clock)` and how many events it took; null when that clock's
   * order is not a prefix cut (recorded times that go down in the log), for the caller to fold whole.
   */
  async foldAsOf(events: readonly ReplayEvent[], asOf: string, clock: ReplayClock, interrupt?: Interruption): Promise<{ state: ChainState; eventCount: number } | null> {
    const folds = await this.foldsOf(events, clock);
    if (!folds.order.cutsAsPrefix) return null;
    const count = countAsOf(folds.order, asOf);
    let at = Math.floor(count / KEEP_EVERY) * KEEP_EVERY;
    while (at > 0 && !folds.kept.has(at)) at -= KEEP_EVERY;
    let state = at === 0 ? initialChainState() : folds.kept.get(at)!;
    while (at < count) {
      const next = Math.min(count, (Math.floor(at / KEEP_EVERY) + 1) * KEEP_EVERY);
      const from = state;
      const start = at;
      // a turn per stretch: another request starts between them (fold-turns)
      state = await inTurn(() => foldChainEvents(folds.order.events.slice(start, next), interrupt, from));
      at = next;
      if (at % KEEP_EVERY === 0) folds.kept.set(at, state);
    }
    return { state, eventCount: count };
  }

  private async foldsOf(events: readonly ReplayEvent[], clock: ReplayClock): Promise<Folds> {
    const byClock = this.byLog.get(events) ?? {};
    this.byLog.set(events, byClock);
    byClock[clock] ??= { order: await inTurn(() => clockOrder(events, clock)), kept: new Map() };
    return byClock[clock]!;
  }
}
