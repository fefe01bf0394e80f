import { foldChainEvents, initialChainState, type ChainEvent, type ChainState } from '@schakel/domain';

/** The chain as it stood right after each of the wanted events, folding the stream once. */
export function foldAfterEach(events: readonly ChainEvent[], wanted: ReadonlySet<string>): { event: ChainEvent; state: ChainState }[] {
  const steps: { event: ChainEvent; state: ChainState }[] = [];
  let state = initialChainState();
  let from = 0;
  events.forEach((event, index) => {
    if (!event.meta || !wanted.has(event.meta.eventId)) return;
    state = foldChainEvents(events.slice(from, index + 1), undefined, state);
    from = index + 1;
    steps.push({ event, state });
  });
  return steps;
}
