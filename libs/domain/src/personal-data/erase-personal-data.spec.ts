import { asParty, partyRegistered, partySpec, workerRegistered } from '../../../testing/src/builders';
import type { ErasePersonalData } from './personal-data.commands';
import type { RetentionHold } from './retention';

const HOLD: RetentionHold = { until: '2031-03-01T08:00:00.000Z', basis: 'Arbowet art. 9(2)', chainId: 'c1', incidentId: 'inc' };

const erase = (data: Partial<ErasePersonalData['data']> = {}, metadata = asParty('agency')): ErasePersonalData => ({
  type: 'ErasePersonalData',
  data: { partyId: 'agency', subjectId: 'w-1', reason: 'Request under GDPR art. 17', erasedAs: 3, holds: [], ...data },
  metadata,
});

const given = [
  partyRegistered({ partyId: 'agency', kind: 'ORGANISATION', name: 'Flex BV', kvkNumber: '12345678', country: 'NL', registeredBy: null }),
  workerRegistered({ partyId: 'agency', workerId: 'w-1', name: 'Marek Kowalski', languages: ['pl'], relation: 'LENT_WORKER' }),
];

describe('ErasePersonalData', () => {
  it('a MANAGER of the party erases its worker: recorded without the data, with who the worker now reads as', () => {
    partySpec()
      .given(given)
      .when(erase())
      .then([
        {
          type: 'PersonalDataErased',
          data: { partyId: 'agency', subjectId: 'w-1', erasedAs: 3, reason: 'Request under GDPR art. 17', erasedBy: 'user-of-agency' },
        },
      ]);
  });

  it('refuses a manager of another party, a reason left empty, an unknown worker and a second erasure', () => {
    partySpec().given(given).when(erase({}, asParty('steel'))).thenThrows('PERSONAL_DATA_ERASER_NOT_ALLOWED');
    partySpec().given(given).when(erase({ reason: '  ' })).thenThrows('PERSONAL_DATA_REASON_REQUIRED');
    partySpec().given(given).when(erase({ subjectId: 'w-2' })).thenThrows('PERSONAL_DATA_SUBJECT_NOT_FOUND');
    partySpec()
      .given([...given, { type: 'PersonalDataErased', data: { partyId: 'agency', subjectId: 'w-1', erasedAs: 1, reason: 'x', erasedBy: 'u' } }])
      .when(erase())
      .thenThrows('PERSONAL_DATA_ALREADY_ERASED');
  });

  it('a statutory record holds the erasure back, naming until when and why', () => {
    partySpec().given(given).when(erase({ holds: [HOLD] })).thenThrows('PERSONAL_DATA_RETENTION_HOLD');
  });
});
