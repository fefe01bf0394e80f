import type { Decider } from '../shared/decider';
import type { ChainCommand } from './chain.commands';
import { decideChain, evolveChain } from './chain.decider';
import type { ChainEvent } from './chain.events';
import { initialChainState, type ChainState } from './chain.state';

/**
 * The chain aggregate, stream `chain-<chainId>`. Its evolve is linear in the events folded
 * (persistent collections, docs/adr/0010), so a plain reduce replays a long stream.
 */
export const chainDecider: Decider<ChainCommand, ChainEvent, ChainState> = {
  initialState: initialChainState,
  evolve: evolveChain,
  decide: decideChain,
};
