import { chainDecider, partyDecider } from '@schakel/domain';
import { deciderScenario, deciderSpec } from '../decider';
import { chainEventRecorder, partyEventRecorder } from './recorded-by';

/** deciderSpec for the chain, recording each given event by the party that acted in it. */
export const chainSpec = () => deciderSpec(chainDecider, { recordedBy: chainEventRecorder });
export const partySpec = () => deciderSpec(partyDecider, { recordedBy: partyEventRecorder });
export const chainScenario = () => deciderScenario(chainDecider, { recordedBy: chainEventRecorder });
