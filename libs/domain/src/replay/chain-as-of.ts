import type { AcknowledgementChannel } from '../chain/chain.events';
import type { AcknowledgementState, ChainState, CheckState, IncidentState, InstructionState, LinkState } from '../chain/chain.state';
import { acknowledgementEntryOf, type AcknowledgementEntry } from '../chain/instructions/acknowledgement-channel';
import { countingAcknowledgements, type AcknowledgementStatusRow } from '../chain/instructions/instruction-queries';
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

/** Folds the events on `clock` up to `asOf` (inclusive) and answers from that state. */
export function chainAsOf(events: readonly ReplayEvent[], asOf: string, clock: ReplayClock, interrupt?: Interruption): ChainAsOf {
  interrupt?.throwIfAborted();
  const folded = eventsAsOf(events, asOf, clock);
  return answerFromState(foldChainEvents(folded, interrupt), asOf, clock, folded.length);
}

export function answerFromState(state: ChainState, asOf: string, clock: ReplayClock, eventCount: number): ChainAsOf {
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
      status: acknowledgementRows(instruction),
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

/**
 * The rows of `acknowledgementStatus`, in the same order, in one pass: that query scans every
 * acknowledgement per subject, which is quadratic for an instruction with thousands of them.
 */
export function acknowledgementRows(instruction: InstructionState): AcknowledgementStatusRow[] {
  const key = (partyId: string, workerId: string | null) => `${partyId}\u0000${workerId ?? ''}`;
  const subjects = new Map<string, { partyId: PartyId; workerId: WorkerId | null; latest: AcknowledgementState | null }>();
  const received = new Map<PartyId, number>();
  for (const passDown of instruction.passDowns) {
    if (passDown.retraction !== null) continue;
    const k = key(passDown.toPartyId, null);
    if (!subjects.has(k)) subjects.set(k, { partyId: passDown.toPartyId, workerId: null, latest: null });
    received.set(passDown.toPartyId, Math.max(received.get(passDown.toPartyId) ?? 0, passDown.version));
  }
  for (const ack of countingAcknowledgements(instruction)) {
    const k = key(ack.partyId, ack.workerId);
    const subject = subjects.get(k);
    if (!subject) subjects.set(k, { partyId: ack.partyId, workerId: ack.workerId, latest: ack });
    else if (subject.latest === null || ack.version > subject.latest.version) subject.latest = ack;
  }
  const issuerLatest = instruction.versions.length > 0 ? instruction.versions[instruction.versions.length - 1].version : null;
  return [...subjects.values()].map(({ partyId, workerId, latest }) => ({
    partyId,
    workerId,
    status: latest === null ? 'MISSING' : latest.version === instruction.currentVersion ? 'CURRENT' : 'STALE',
    currentVersion: instruction.currentVersion,
    acknowledgedVersion: latest?.version ?? null,
    acknowledged: latest?.stamp ?? null,
    receivedVersion: partyId === instruction.issuerPartyId ? issuerLatest : (received.get(partyId) ?? null),
  }));
}
