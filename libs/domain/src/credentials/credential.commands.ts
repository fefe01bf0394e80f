import type { DomainCommand } from '../../shared/messages';
import type { PartyId, WorkerId } from '../../shared/values';
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
  }
>;

export type RecordWorkerDiploma = DomainCommand<
  'RecordWorkerDiploma',
  { partyId: PartyId; workerId: WorkerId; diploma: WorkerDiploma; issuedOn: string; registerNumber: string }
>;
