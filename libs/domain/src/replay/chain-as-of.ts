import type { AcknowledgementChannel } from '../chain/chain.events';
import type { ChainState, CheckState, IncidentState, LinkState } from '../chain/chain.state';
import { acknowledgementEntryOf, type AcknowledgementEntry } from '../chain/instructions/acknowledgement-channel';
import { countingAcknowledgements, instructionStatusRows, type AcknowledgementStatusRow, type RegisteredWorker } from '../chain/instructions/instruction-queries';
import type { InstructionId, PartyId, WorkerId } from '../shared/values';
import { eventsAsOf } from './events-on-clock';
import { foldChainEvents } from './fold-chain-events';
import type { Interruption } from './interruption';
import type { ReplayClock, ReplayEvent } from './replay-event';

export type AsOfAcknowledgement = {
  eventId: string;
  partyId: PartyId;
  workerId: WorkerId | null;
  version: number;
  language: string;
  /** false: signed in a language the worker does not read. */
  understood: boolean;
  /** How it came in: the worker's own act (OWN_ACCOUNT, LINK) or a manager's entry on its behalf (PROXY). */
  channel: AcknowledgementChannel;
  /** Whose act, from the channel and the import mark: OWN, ON_BEHALF or IMPORTED. */
  entry: AcknowledgementEntry;
  /** Valid time of the acknowledgement (when it was signed). */
  acknowledgedAt: string;
  recordedAt: string;
};

export type AsOfInstruction = {
  instructionId: InstructionId;
  issuerPartyId: PartyId;
  /** The version current at that moment on that clock. */
  currentVersion: number;
  title: string;
  topics: string[];
  issuedAt: string;
  recordedAt: string;
  issuedEventId: string;
  /** Counting acknowledgements of the current version. */
  acknowledgements: AsOfAcknowledgement[];
  status: AcknowledgementStatusRow[];
};

/** The chain as it stood (OCCURRED) or as the records said (RECORDED) at `asOf`. */
export type ChainAsOf = {
  asOf: string;
  clock: ReplayClock;
  /** How many events the fold used. */
  eventCount: number;
  state: ChainState;
  activeLinks: LinkState[];
  endedLinks: LinkState[];
  instructions: AsOfInstruction[];
  incidents: readonly IncidentState[];
  checks: readonly CheckState[];
};

/** A worker's registration on its party's stream, with both clocks: the replay lists it from then on. */
export type WorkerRegistration = RegisteredWorker & { occurredAt: string; recordedAt: string };

/** The worker registrations among a party stream's events. */
export function workerRegistrationsIn(partyEvents: readonly ReplayEvent[]): WorkerRegistration[] {
  return partyEvents
    .filter((event) => event.type === 'WorkerRegistered')
    .map((event) => {
      const data = event.data as { workerId: WorkerId; partyId: PartyId; relation: string };
      return { workerId: data.workerId, partyId: data.partyId, relation: data.relation, occurredAt: event.meta.occurredAt, recordedAt: event.meta.recordedAt };
    });
}

/** The registrations that had happened (OCCURRED) or were on record (RECORDED) at `asOf`. */
function workersAsOf(registrations: readonly WorkerRegistration[], asOf: string, clock: ReplayClock): RegisteredWorker[] {
  const at = Date.parse(asOf);
  const timeOf = (r: WorkerRegistration) => Date.parse(clock === 'OCCURRED' ? r.occurredAt : r.recordedAt);
  return registrations
    .filter((r) => timeOf(r) <= at)
    // registration order, as the read model lists them: recorded time, then worker id on a tie
    .sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt) || (a.workerId < b.workerId ? -1 : a.workerId > b.workerId ? 1 : 0))
    .map(({ workerId, partyId, relation }) => ({ workerId, partyId, relation }));
}

/**
 * Folds the events on `clock` up to `asOf` (inclusive) and answers from that state. Worker
 * registrations live on the parties' streams: give them to list, in the acknowledgement status,
 * the workers who never acknowledged.
 */
export function chainAsOf(
  events: readonly ReplayEvent[],
  asOf: string,
  clock: ReplayClock,
  interrupt?: Interruption,
  registrations: readonly WorkerRegistration[] = [],
): ChainAsOf {
  interrupt?.throwIfAborted();
  const folded = eventsAsOf(events, asOf, clock);
  return chainAsOfFolded(foldChainEvents(folded, interrupt), asOf, clock, folded.length, registrations);
}

/**
 * `chainAsOf` from a fold made elsewhere (a cache that keeps folds along the way): `state` must be
 * the fold of `eventsAsOf(events, asOf, clock)`, `eventCount` their number.
 */
export function chainAsOfFolded(state: ChainState, asOf: string, clock: ReplayClock, eventCount: number, registrations: readonly WorkerRegistration[] = []): ChainAsOf {
  return answerFromState(state, asOf, clock, eventCount, workersAsOf(registrations, asOf, clock));
}

export function answerFromState(state: ChainState, asOf: string, clock: ReplayClock, eventCount: number, workers: readonly RegisteredWorker[] = []): ChainAsOf {
  if (state.status !== 'Opened') {
    return { asOf, clock, eventCount, state, activeLinks: [], endedLinks: [], instructions: [], incidents: [], checks: [] };
  }
  const instructions = state.instructions.map((instruction): AsOfInstruction => {
    const current = instruction.versions.find((v) => v.version === instruction.currentVersion) ?? instruction.versions[instruction.versions.length - 1];
    return {
      instructionId: instruction.instructionId,
      issuerPartyId: instruction.issuerPartyId,
      currentVersion: instruction.currentVersion,
      title: current.content[0]?.title ?? '',
      topics: [...current.topics],
      issuedAt: current.issued.occurredAt,
      recordedAt: current.issued.recordedAt,
      issuedEventId: current.issued.eventId,
      acknowledgements: countingAcknowledgements(instruction)
        .filter((ack) => ack.version === instruction.currentVersion)
        .map((ack) => ({
          eventId: ack.stamp.eventId,
          partyId: ack.partyId,
          workerId: ack.workerId,
          version: ack.version,
          language: ack.language,
          understood: ack.understood,
          channel: ack.channel,
          entry: acknowledgementEntryOf({ channel: ack.channel, imported: ack.stamp.imported }),
          acknowledgedAt: ack.stamp.occurredAt,
          recordedAt: ack.stamp.recordedAt,
        })),
      status: instructionStatusRows(instruction, workers),
    };
  });
  return {
    asOf,
    clock,
    eventCount,
    state,
    activeLinks: state.links.filter((link) => link.status === 'ACTIVE'),
    endedLinks: state.links.filter((link) => link.status === 'ENDED'),
    instructions,
    incidents: state.incidents,
    checks: state.checks,
  };
}
