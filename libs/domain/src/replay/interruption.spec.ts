import { accidentReplay } from './accident-replay';
import { chainAsOf } from './chain-as-of';
import { foldChainEvents } from './fold-chain-events';
import type { Interruption } from './interruption';
import type { ReplayEvent } from './replay-event';
import { ids, storyFourEvents } from '../../test/story-four.fixture';
import { timeline } from './timeline';
import { whoKnew } from './who-knew';

class Stop extends Error {}

/** Lets `allowed` checks pass, then stops the fold; counts the checks. */
function stopAfter(allowed: number): Interruption & { checks: number } {
  return {
    checks: 0,
    throwIfAborted() {
      this.checks += 1;
      if (this.checks > allowed) throw new Stop('stopped');
    },
  };
}

// A long history: the story, then its last event repeated under new ids (2,000 more steps to fold).
const story = storyFourEvents();
const long: ReplayEvent[] = [...story, ...Array.from({ length: 2_000 }, (_, i) => ({ ...story[story.length - 1], meta: { ...story[story.length - 1].meta, eventId: `filler-${i}` } }))];

describe('a long fold asks whether to stop, and stops', () => {
  it('a timeline, an as-of fold, who knew and an accident replay all stop when asked', () => {
    expect(() => timeline(long, { clock: 'RECORDED', interrupt: stopAfter(0) })).toThrow(Stop);
    expect(() => chainAsOf(story, '2026-12-31T00:00:00.000Z', 'RECORDED', stopAfter(0))).toThrow(Stop);
    expect(() => whoKnew(story, { kind: 'INCIDENT', incidentId: ids.fall }, stopAfter(0))).toThrow(Stop);
    expect(() => accidentReplay(story, ids.fall, undefined, stopAfter(0))).toThrow(Stop);
  });

  it('stops part way through a long history, not only before it starts', () => {
    const interrupt = stopAfter(3);
    expect(() => foldChainEvents(long, interrupt)).toThrow(Stop);
    expect(interrupt.checks).toBe(4);
  });

  it('an interruption that never fires changes no answer', () => {
    const quiet = { throwIfAborted: () => undefined };
    expect(timeline(story, { clock: 'OCCURRED', interrupt: quiet })).toEqual(timeline(story, { clock: 'OCCURRED' }));
    expect(chainAsOf(story, '2026-12-31T00:00:00.000Z', 'OCCURRED', quiet)).toEqual(chainAsOf(story, '2026-12-31T00:00:00.000Z', 'OCCURRED'));
  });

  it('an AbortSignal is an interruption: an aborted one stops the fold with its reason', () => {
    const controller = new AbortController();
    controller.abort(new Stop('client left'));
    expect(() => timeline(story, { clock: 'RECORDED', interrupt: controller.signal })).toThrow('client left');
  });
});
