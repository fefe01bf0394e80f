import type { VergewisCheckRecorded } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { withCheck } from '../chain-collections';
import { stampOf } from '../chain-guards';

export function evolveVergewisCheckRecorded(state: OpenedChain, event: VergewisCheckRecorded): OpenedChain {
  const check = { ...event.data, stamp: stampOf(event), retraction: null, corrections: [] };
  return withCheck(state, check);
}
