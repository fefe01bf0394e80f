import { chainStreamId, eventSchemaVersions, type ChainEvent } from '@schakel/domain';
import { uuidv7, type EventStore, type NewEvent } from '@schakel/event-store';

/** A chain written straight to the store: who is in it, and where its stream is. */
export interface BenchChain {
  readonly chainId: string;
  readonly streamId: string;
  readonly principalPartyId: string;
  readonly subcontractorPartyId: string;
  /** Events in the stream after it was written. */
  readonly length: number;
}

const BATCH = 100;

function envelope(event: ChainEvent, occurredAt: string, partyId: string): NewEvent {
  return {
    eventId: uuidv7(),
    type: event.type,
    schemaVersion: eventSchemaVersions[event.type] ?? 1,
    data: event.data,
    occurredAt,
    actor: { userId: 'bench-manager', partyId, role: 'MANAGER', workerId: null },
    correlationId: uuidv7(),
    causationId: null,
  };
}

// What a busy chain collects: mostly vergewis checks of the subcontractor, every fourth a near miss.
function entry(i: number, chainId: string, principal: string, subcontractor: string): ChainEvent {
  if (i % 4 === 3) {
    return {
      type: 'IncidentReported',
      data: {
        incidentId: uuidv7(), reporterPartyId: principal, kind: 'NEAR_MISS', happenedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
        location: 'Steiger blok B', description: 'Losse steigerplank opgemerkt en vastgezet.', topics: ['WORK_AT_HEIGHT'],
        victim: null, severity: 'NONE', absenceDays: 0, victimRelation: null, authorityHolderPartyId: null,
      },
    };
  }
  return {
    type: 'VergewisCheckRecorded',
    data: {
      checkId: uuidv7(), checkerPartyId: principal, subjectPartyId: subcontractor, subjectWorkerId: null, subject: 'CERTIFICATE',
      outcome: 'CONFIRMED', summary: `VCA-certificaat gecontroleerd (${i})`, evidence: [], validUntil: null, relatedIncidentId: null, relatedInstructionId: null,
    },
  };
}

/**
 * Writes a chain of `length` events: ChainOpened, PartyEngaged, then checks and near misses, in
 * appends of 100 with the expected version. occurredAt runs one minute per event from 2024-01-01,
 * so both clocks have a past to cut. `parties` names registered parties to use (a screen then reads
 * their names); by default both are fresh ids no party stream knows.
 */
export async function writeBenchChain(store: EventStore, length: number, parties?: { principal: string; subcontractor: string }): Promise<BenchChain> {
  const chainId = uuidv7();
  const principal = parties?.principal ?? uuidv7();
  const subcontractor = parties?.subcontractor ?? uuidv7();
  const streamId = chainStreamId(chainId);
  const occurredAt = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  const events: NewEvent[] = [
    envelope({ type: 'ChainOpened', data: { chainId, name: 'Renovatie Zuiderpark', description: 'Bench chain', siteAddress: null, principalPartyId: principal, sector: 'CONSTRUCTION' } }, occurredAt(0), principal),
    envelope(
      {
        type: 'PartyEngaged',
        data: { linkId: uuidv7(), fromPartyId: principal, toPartyId: subcontractor, toPartyKind: 'ORGANISATION', kind: 'SUBCONTRACT', scope: 'Hoofdaanneming', underAuthority: false, startDate: '2024-01-01' },
      },
      occurredAt(1),
      principal,
    ),
  ];
  let version = -1;
  for (let i = 2; i < length || events.length > 0; i++) {
    if (i < length) events.push(envelope(entry(i, chainId, principal, subcontractor), occurredAt(i), principal));
    if (events.length === BATCH || (i >= length - 1 && events.length > 0)) {
      version = (await store.append(streamId, events.splice(0), version)).nextExpectedVersion;
    }
  }
  return { chainId, streamId, principalPartyId: principal, subcontractorPartyId: subcontractor, length: version + 1 };
}

/**
 * The party that engages link k (1-based; link k engages party k, party 0 is the principal) in a
 * chain built breadth first with `fanOut` links below each party: link 1 is the principal's main
 * contractor, links 2..fanOut+1 are below it, and so on tier by tier.
 */
export function tierParent(k: number, fanOut: number): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`link numbers start at 1, got ${k}`);
  return k === 1 ? 0 : Math.floor((k - 2) / fanOut) + 1;
}
