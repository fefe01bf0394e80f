import type { DomainCommand } from '../shared/messages';
import type { PartyId, ResolvedWorker, WorkerId } from '../shared/values';
import type { CertificateScheme, CertificateStatus, WorkerDiploma } from './credential.events';

export type RecordCompanyCertificate = DomainCommand<
  'RecordCompanyCertificate',
  {
    partyId: PartyId;
    certificateId: string;
    scheme: CertificateScheme;
    ladderStep: number | null;
    registerNumber: string;
    issuedOn: string;
    validUntil: string;
    status: CertificateStatus;
    /** The party as resolved from its stream (null: not registered). */
    party: CredentialHolder | null;
  }
>;

export type RecordWorkerDiploma = DomainCommand<
  'RecordWorkerDiploma',
  {
    partyId: PartyId;
    workerId: WorkerId;
    diploma: WorkerDiploma;
    issuedOn: string;
    registerNumber: string;
    party: CredentialHolder | null;
    worker: ResolvedWorker | null;
  }
>;

/** The facts about the holder a credential command needs from the party stream. */
export type CredentialHolder = { partyId: PartyId; registeredBy: PartyId | null };

export type CredentialCommand = RecordCompanyCertificate | RecordWorkerDiploma;
