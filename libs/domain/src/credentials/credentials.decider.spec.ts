import type { CredentialCommand, CommandMetadata } from '../index';
import { asParty, deciderSpec } from '../../../testing/src';
import { credentialsDecider } from './credentials.decider';

const spec = () => deciderSpec(credentialsDecider);
const steel = { partyId: 'steel', registeredBy: 'main' };

function certificate(metadata: CommandMetadata, data: Partial<Extract<CredentialCommand, { type: 'RecordCompanyCertificate' }>['data']> = {}): CredentialCommand {
  return {
    type: 'RecordCompanyCertificate',
    data: { partyId: 'steel', certificateId: 'c1', scheme: 'VCA_2STAR', ladderStep: null, registerNumber: 'VCA-123', issuedOn: '2025-01-01', validUntil: '2027-12-31', status: 'VALID', party: steel, ...data },
    metadata,
  };
}

describe('credentials decider', () => {
  it('records a company certificate by the party itself or its registrar', () => {
    const expected = {
      type: 'CompanyCertificateRecorded' as const,
      data: { partyId: 'steel', certificateId: 'c1', scheme: 'VCA_2STAR' as const, ladderStep: null, registerNumber: 'VCA-123', issuedOn: '2025-01-01', validUntil: '2027-12-31', status: 'VALID' as const, recordedByPartyId: 'steel' },
    };
    spec().given([]).when(certificate(asParty('steel'))).then([expected]);
    spec().given([]).when(certificate(asParty('main'))).then([{ ...expected, data: { ...expected.data, recordedByPartyId: 'main' } }]);
    spec().given([]).when(certificate(asParty('other'))).thenThrows({ code: 'PARTY_NOT_OWN', rule: 'CredentialsByPartyOrRegistrar' });
    spec().given([]).when(certificate(asParty('steel'), { party: null })).thenThrows('PARTY_NOT_FOUND');
  });

  it('a ladder step goes with the Safety Culture Ladder only, 1–5', () => {
    spec().given([]).when(certificate(asParty('steel'), { scheme: 'SAFETY_CULTURE_LADDER', ladderStep: 3 })).decided();
    spec().given([]).when(certificate(asParty('steel'), { scheme: 'SAFETY_CULTURE_LADDER', ladderStep: null })).thenThrows({ code: 'LADDER_STEP_INVALID', rule: 'LadderStepFitsScheme' });
    spec().given([]).when(certificate(asParty('steel'), { scheme: 'SAFETY_CULTURE_LADDER', ladderStep: 6 })).thenThrows('LADDER_STEP_INVALID');
    spec().given([]).when(certificate(asParty('steel'), { ladderStep: 2 })).thenThrows('LADDER_STEP_INVALID');
  });

  it('refuses validity before issue, unknown schemes and statuses', () => {
    spec().given([]).when(certificate(asParty('steel'), { validUntil: '2024-12-31' })).thenThrows('CREDENTIAL_VALIDITY_INVALID');
    spec().given([]).when(certificate(asParty('steel'), { scheme: 'ISO9001' as never })).thenThrows({ code: 'INPUT_VALUE_INVALID', params: { field: 'scheme' } });
    spec().given([]).when(certificate(asParty('steel'), { status: 'LAPSED' as never })).thenThrows({ code: 'INPUT_VALUE_INVALID', params: { field: 'status' } });
  });

  it('records a worker diploma for a worker of the party', () => {
    const diploma = (worker: { workerId: string; partyId: string; languages: string[] } | null): CredentialCommand => ({
      type: 'RecordWorkerDiploma',
      data: { partyId: 'steel', workerId: 'w1', diploma: 'B_VCA', issuedOn: '2016-03-02', registerNumber: 'D-1', party: steel, worker },
      metadata: asParty('steel'),
    });
    spec()
      .given([])
      .when(diploma({ workerId: 'w1', partyId: 'steel', languages: ['nl'] }))
      .then([{ type: 'WorkerDiplomaRecorded', data: { partyId: 'steel', workerId: 'w1', diploma: 'B_VCA', issuedOn: '2016-03-02', registerNumber: 'D-1', recordedByPartyId: 'steel' } }]);
    spec().given([]).when(diploma(null)).thenThrows('WORKER_NOT_FOUND');
  });
});
