import { channelOfAcknowledgement } from '../chain/instructions/acknowledgement-channel';
import type {
  ChainEvent,
  IncidentNotified,
  IncidentReported,
  PartyEngaged,
  SafetyInstructionAcknowledged,
  SafetyInstructionIssued,
  SafetyInstructionPassedDown,
  VergewisCheckRecorded,
} from '../chain/chain.events';
import { evolveChain } from '../chain/chain.decider';
import { wasUnderstood } from '../chain/instructions/evolve-instructions';
import { provenanceOf } from '../chain/chain-guards';
import { initialChainState, type ChainState, type EntryStamp, type OpenedChain } from '../chain/chain.state';
import { checkEvery, type Interruption } from './interruption';
import type { ReplayEvent } from './replay-event';

// evolveChain copies the arrays it changes, so a fold of n appends costs O(n²): fine for a
// command, too slow for replaying 100,000 events. This fold keeps ONE private, mutable
// accumulator: the appends that dominate a long history are pushed in place (with the same
// shapes evolveChain builds); everything else goes through evolveChain itself. foldChainEvents
// starts from a fresh state, so nothing outside sees the accumulator before the fold ends.

type Positions = { links: Map<string, number>; instructions: Map<string, number>; checks: Map<string, number>; incidents: Map<string, number> };

const stamp = (event: ReplayEvent): EntryStamp => ({
  eventId: event.meta.eventId,
  occurredAt: event.meta.occurredAt,
  recordedAt: event.meta.recordedAt,
  recordedByPartyId: event.meta.actorPartyId,
  ...provenanceOf(event.meta),
});

/** Puts an item at its id's position (replacing, as evolveChain's `put` does) or appends it. */
function place<T>(items: T[], positions: Map<string, number>, id: string, item: T): void {
  const at = positions.get(id);
  if (at === undefined) {
    positions.set(id, items.length);
    items.push(item);
  } else items[at] = item;
}

/** Positions of every item, rebuilt after evolveChain may have added or replaced items. */
function positionsOf(state: OpenedChain): Positions {
  const index = <T>(items: readonly T[], id: (item: T) => string) => new Map(items.map((item, i) => [id(item), i]));
  return {
    links: index(state.links, (l) => l.linkId),
    instructions: index(state.instructions, (i) => i.instructionId),
    checks: index(state.checks, (c) => c.checkId),
    incidents: index(state.incidents, (i) => i.incidentId),
  };
}

function grew(state: OpenedChain, positions: Positions): boolean {
  return (
    state.links.length !== positions.links.size ||
    state.instructions.length !== positions.instructions.size ||
    state.checks.length !== positions.checks.size ||
    state.incidents.length !== positions.incidents.size
  );
}

/** Folds chain events in the order given; the same state as `events.reduce(evolveChain, initial)`. */
export function foldChainEvents(events: readonly ReplayEvent[], interrupt?: Interruption): ChainState {
  return continueChainFold(initialChainState(), events, interrupt);
}

// The positions index of a state this module produced, so a fold can be continued without
// rebuilding it (a WeakMap: it goes when the state goes).
const positionsByState = new WeakMap<OpenedChain, Positions>();

/**
 * Continues a fold from `state` with more events: the same state as reducing them with
 * evolveChain, in time proportional to the events, not to the history. It applies events to
 * `state` IN PLACE, so only a caller that owns the state and drops the old value may use it
 * (the command runner's cache does; a pure caller folds from scratch with foldChainEvents).
 */
export function continueChainFold(from: ChainState, events: readonly ReplayEvent[], interrupt?: Interruption): ChainState {
  let state = from;
  let positions: Positions | null = state.status === 'Opened' ? (positionsByState.get(state) ?? positionsOf(state)) : null;
  let step = 0;
  for (const event of events) {
    checkEvery(interrupt, ++step);
    if (state.status !== 'Opened' || positions === null) {
      state = evolveChain(state, event as ChainEvent);
      if (state.status === 'Opened') positions = positionsOf(state);
      continue;
    }
    if (!applyInPlace(state, positions, event)) {
      state = evolveChain(state, event as ChainEvent);
      // evolveChain keeps items at their positions and appends new ones: only a new item moves the index
      if (state.status === 'Opened' && grew(state, positions)) positions = positionsOf(state);
    }
  }
  if (state.status === 'Opened' && positions !== null) positionsByState.set(state, positions);
  return state;
}

/** True when the event was applied to the accumulator in place. */
function applyInPlace(state: OpenedChain, positions: Positions, event: ReplayEvent): boolean {
  switch (event.type) {
    case 'PartyEngaged': {
      const data = (event as PartyEngaged).data;
      place(state.links, positions.links, data.linkId, {
        ...data,
        status: 'ACTIVE',
        endDate: null,
        endReason: null,
        endedByPartyId: null,
        engaged: stamp(event),
        ended: null,
        corrections: [],
      });
      return true;
    }
    case 'SafetyInstructionIssued': {
      const { instructionId, version, issuerPartyId, content, topics, contentHash } = (event as SafetyInstructionIssued).data;
      const at = positions.instructions.get(instructionId);
      const issued = { version, content, topics, contentHash, issued: stamp(event) };
      if (at === undefined) {
        positions.instructions.set(instructionId, state.instructions.length);
        state.instructions.push({ instructionId, issuerPartyId, currentVersion: version, versions: [issued], passDowns: [], acknowledgements: [] });
      } else {
        const instruction = state.instructions[at];
        instruction.currentVersion = Math.max(instruction.currentVersion, version);
        instruction.versions.push(issued);
      }
      return true;
    }
    case 'SafetyInstructionPassedDown': {
      const { instructionId, version, linkId, fromPartyId, toPartyId } = (event as SafetyInstructionPassedDown).data;
      const at = positions.instructions.get(instructionId);
      if (at !== undefined) state.instructions[at].passDowns.push({ version, linkId, fromPartyId, toPartyId, stamp: stamp(event), retraction: null });
      return true;
    }
    case 'SafetyInstructionAcknowledged': {
      const { instructionId, version, partyId, workerId, language } = (event as SafetyInstructionAcknowledged).data;
      const at = positions.instructions.get(instructionId);
      if (at !== undefined) {
        state.instructions[at].acknowledgements.push({
          version,
          partyId,
          workerId,
          language,
          understood: wasUnderstood(event as SafetyInstructionAcknowledged),
          channel: channelOfAcknowledgement(event as SafetyInstructionAcknowledged),
          stamp: stamp(event),
          retraction: null,
        });
      }
      return true;
    }
    case 'VergewisCheckRecorded': {
      const data = (event as VergewisCheckRecorded).data;
      place(state.checks, positions.checks, data.checkId, { ...data, stamp: stamp(event), retraction: null, corrections: [] });
      return true;
    }
    case 'IncidentReported': {
      const { severity, absenceDays, ...rest } = (event as IncidentReported).data;
      place(state.incidents, positions.incidents, rest.incidentId, {
        ...rest,
        reportedSeverity: severity,
        reportedAbsenceDays: absenceDays,
        severity,
        absenceDays,
        reclassifications: [],
        notifications: [],
        stamp: stamp(event),
        retraction: null,
        corrections: [],
      });
      return true;
    }
    case 'IncidentNotified': {
      const { incidentId, ...notification } = (event as IncidentNotified).data;
      const at = positions.incidents.get(incidentId);
      if (at !== undefined) {
        state.incidents[at].notifications.push({ ...notification, stamp: stamp(event), retraction: null, corrections: [] });
      }
      return true;
    }
    default:
      return false;
  }
}
