import type { CheckId, IncidentId, InstructionId, LinkId } from '../shared/values';
import type { DutiesState } from './duties/duty.state';
import { DutiesRecord } from './duties/duties-record';
import { InstructionRecord } from './instructions/instruction-record';
import { ChainRecord, type ChainFields, type ChainLists } from './chain-record';
import type { ChainState, CheckState, IncidentState, InstructionState, LinkState, OpenedChain } from './chain.state';

// Items are found through the chain's index (O(log n)); the `with…` functions return a new state
// that shares everything it did not change with the state they were given, which stays as it was.

const listsOf = (state: OpenedChain): ChainLists => ChainRecord.listsOf(ChainRecord.of(state));

export function linkOf(state: ChainState, linkId: LinkId): LinkState | null {
  return state.status === 'Opened' ? (listsOf(state).links.get(linkId) ?? null) : null;
}

export function instructionOf(state: ChainState, instructionId: InstructionId): InstructionState | null {
  return state.status === 'Opened' ? (listsOf(state).instructions.get(instructionId) ?? null) : null;
}

export function checkOf(state: ChainState, checkId: CheckId): CheckState | null {
  return state.status === 'Opened' ? (listsOf(state).checks.get(checkId) ?? null) : null;
}

export function incidentOf(state: ChainState, incidentId: IncidentId): IncidentState | null {
  return state.status === 'Opened' ? (listsOf(state).incidents.get(incidentId) ?? null) : null;
}

function withLists(state: OpenedChain, change: (lists: ChainLists) => Partial<ChainLists>): OpenedChain {
  const record = ChainRecord.of(state);
  const lists = ChainRecord.listsOf(record);
  // a record has every field of its own: it is its own ChainFields
  return new ChainRecord(record, { ...lists, ...change(lists) });
}

export function withLink(state: OpenedChain, link: LinkState): OpenedChain {
  return withLists(state, ({ links }) => ({ links: links.put(link.linkId, link) }));
}

export function withInstruction(state: OpenedChain, instruction: InstructionState): OpenedChain {
  return withLists(state, ({ instructions }) => ({ instructions: instructions.put(instruction.instructionId, InstructionRecord.of(instruction)) }));
}

export function withCheck(state: OpenedChain, check: CheckState): OpenedChain {
  return withLists(state, ({ checks }) => ({ checks: checks.put(check.checkId, check) }));
}

export function withIncident(state: OpenedChain, incident: IncidentState): OpenedChain {
  return withLists(state, ({ incidents }) => ({ incidents: incidents.put(incident.incidentId, incident) }));
}

/** The chain with some of its own fields (name, corrections, …) changed. */
export function withChainFields(state: OpenedChain, fields: Partial<Omit<ChainFields, 'status' | 'duties'>>): OpenedChain {
  const record = ChainRecord.of(state);
  return new ChainRecord({ ...ChainRecord.fieldsOf(record), ...fields }, ChainRecord.listsOf(record));
}

/** The chain with one more item in one of its duty lists. */
export function withDuty<K extends keyof DutiesState>(state: OpenedChain, key: K, item: DutiesState[K][number]): OpenedChain {
  const record = ChainRecord.of(state);
  const duties = DutiesRecord.of(record.duties).with(key, item);
  return new ChainRecord({ ...ChainRecord.fieldsOf(record), duties }, ChainRecord.listsOf(record));
}
