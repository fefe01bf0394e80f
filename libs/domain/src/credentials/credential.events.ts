import type { DomainEvent } from '../shared/messages';
import type { IsoDate, PartyId, WorkerId } from '../shared/values';

export const certificateSchemes = ['VCA_1STAR', 'VCA_2STAR', 'VCA_PETROCHEMIE', 'VCU', 'SAFETY_CULTURE_LADDER'] as const;
export type CertificateScheme = (typeof certificateSchemes)[number];

export const certificateStatuses = ['VALID', 'SUSPENDED', 'WITHDRAWN'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

export const workerDiplomas = ['B_VCA', 'VOL_VCA', 'VIL_VCU'] as const;
export type WorkerDiploma = (typeof workerDiplomas)[number];

/** Stream `credentials-<partyId>`. Recording the same certificateId again replaces it (e.g. a suspension). */
export type CompanyCertificateRecorded = DomainEvent<
  'CompanyCertificateRecorded',
  {
    partyId: PartyId;
    certificateId: string;
    scheme: CertificateScheme;
    /** Safety Culture Ladder step 1–5; null for the other schemes. */
    ladderStep: number | null;
    registerNumber: string;
    issuedOn: IsoDate;
    validUntil: IsoDate;
    status: CertificateStatus;
    recordedByPartyId: PartyId;
  }
>;

export type WorkerDiplomaRecorded = DomainEvent<
  'WorkerDiplomaRecorded',
  {
    partyId: PartyId;
    workerId: WorkerId;
    diploma: WorkerDiploma;
    issuedOn: IsoDate;
    registerNumber: string;
    recordedByPartyId: PartyId;
  }
>;

export type CredentialEvent = CompanyCertificateRecorded | WorkerDiplomaRecorded;
export type CredentialEventType = CredentialEvent['type'];

export const credentialEventTypes = ['CompanyCertificateRecorded', 'WorkerDiplomaRecorded'] as const satisfies readonly CredentialEventType[];

// A stream of its own (not the party stream): credentials change often and are read only by the
// rules engine, so the party's decisions and read model stay as they are.
const credentialsStreamCategory = 'credentials';
export function credentialsStreamId(partyId: PartyId): string {
  return `${credentialsStreamCategory}-${partyId}`;
}
