import type { Decider } from '../shared/decider';
import { continueChainFold, foldChainEvents } from '../replay/fast-chain-fold';
import type { ReplayEvent } from '../replay/replay-event';
import type { ChainCommand } from './chain.commands';
import { decideChain, evolveChain } from './chain.decider';
import type { ChainEvent } from './chain.events';
import { initialChainState, type ChainState } from './chain.state';

/**
 * The chain aggregate, stream `chain-<chainId>`. `foldAll` and `foldOnto` replay in time linear in
 * the events folded (evolve copies the state's lists per event, so its cost grows with history);
 * they need the events' meta, as stored events have.
 */
export const chainDecider: Decider<ChainCommand, ChainEvent, ChainState> = {
  initialState: initialChainState,
  evolve: evolveChain,
  decide: decideChain,
  foldAll: (events) => foldChainEvents(events as readonly ReplayEvent[]),
  foldOnto: (state, events) => continueChainFold(state, events as readonly ReplayEvent[]),
};
