import type { DomainEvent } from '../shared/messages';
import type { PartyId, WorkerId } from '../shared/values';

/**
 * A worker's personal pass: a signed token tied to the worker (not to a chain or an instruction),
 * shown as a QR code and scanned at the gate. Only a hash of the pass id is kept, never the pass.
 */
export type WorkerPassIssued = DomainEvent<
  'WorkerPassIssued',
  {
    /** The worker's own party, its employer: the stream's party. */
    partyId: PartyId;
    workerId: WorkerId;
    /** Names this issue; the pass id is an HMAC of it under the server's secret, so the server can show the pass again. */
    issueId: string;
    /** SHA-256 (hex) of the pass id. */
    passIdHash: string;
    expiresAt: string;
  }
>;

export type WorkerPassRevoked = DomainEvent<'WorkerPassRevoked', { partyId: PartyId; workerId: WorkerId; passIdHash: string }>;

export type WorkerPassEvent = WorkerPassIssued | WorkerPassRevoked;
export type WorkerPassEventType = WorkerPassEvent['type'];

export const workerPassEventTypes = ['WorkerPassIssued', 'WorkerPassRevoked'] as const satisfies readonly WorkerPassEventType[];

// A stream per employer beside its party stream: the passes of its workers.
const workerPassStreamCategory = 'passes';
export function workerPassStreamId(partyId: PartyId): string {
  return `${workerPassStreamCategory}-${partyId}`;
}
