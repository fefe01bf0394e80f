import type { CheckId, IncidentId, InstructionId, LinkId } from '../shared/values';
import type { ChainState, CheckState, IncidentState, InstructionState, LinkState, OpenedChain } from './chain.state';

export function linkOf(state: ChainState, linkId: LinkId): LinkState | null {
  return state.status === 'Opened' ? (state.links.find((link) => link.linkId === linkId) ?? null) : null;
}

export function instructionOf(state: ChainState, instructionId: InstructionId): InstructionState | null {
  return state.status === 'Opened' ? (state.instructions.find((i) => i.instructionId === instructionId) ?? null) : null;
}

export function checkOf(state: ChainState, checkId: CheckId): CheckState | null {
  return state.status === 'Opened' ? (state.checks.find((check) => check.checkId === checkId) ?? null) : null;
}

export function incidentOf(state: ChainState, incidentId: IncidentId): IncidentState | null {
  return state.status === 'Opened' ? (state.incidents.find((i) => i.incidentId === incidentId) ?? null) : null;
}

/** A copy of the list with the matching item replaced, or the item appended when none matches. */
function put<T>(items: readonly T[], matches: (item: T) => boolean, item: T): T[] {
  const index = items.findIndex(matches);
  if (index < 0) return [...items, item];
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

export function withLink(state: OpenedChain, link: LinkState): OpenedChain {
  return { ...state, links: put(state.links, (l) => l.linkId === link.linkId, link) };
}

export function withInstruction(state: OpenedChain, instruction: InstructionState): OpenedChain {
  return { ...state, instructions: put(state.instructions, (i) => i.instructionId === instruction.instructionId, instruction) };
}

export function withCheck(state: OpenedChain, check: CheckState): OpenedChain {
  return { ...state, checks: put(state.checks, (c) => c.checkId === check.checkId, check) };
}

export function withIncident(state: OpenedChain, incident: IncidentState): OpenedChain {
  return { ...state, incidents: put(state.incidents, (i) => i.incidentId === incident.incidentId, incident) };
}
