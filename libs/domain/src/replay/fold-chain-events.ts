import { evolveChain } from '../chain/chain.decider';
import type { ChainEvent } from '../chain/chain.events';
import { initialChainState, type ChainState } from '../chain/chain.state';
import { checkEvery, type Interruption } from './interruption';

/**
 * `events.reduce(evolveChain, from)`, asking `interrupt` every few hundred events whether to stop.
 * Linear in the events: evolve copies a path of what it changes, never a whole collection.
 */
export function foldChainEvents(events: readonly { type: string; data: unknown }[], interrupt?: Interruption, from: ChainState = initialChainState()): ChainState {
  let state = from;
  let step = 0;
  for (const event of events) {
    checkEvery(interrupt, ++step);
    state = evolveChain(state, event as ChainEvent);
  }
  return state;
}
