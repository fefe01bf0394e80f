import { partyRegistered, partySpec, workerRegistered } from '../../../testing/src/builders';
import { isDomainError } from '../shared/errors';
import { initialPartyState, type PartyState } from '../party/party.state';
import { assertSubjectAccess, type SubjectAccessAsker } from './subject-access-allowed';

const state = partySpec()
  .given([
    partyRegistered({ partyId: 'agency', kind: 'ORGANISATION', name: 'Flex BV', kvkNumber: '12345678', country: 'NL', registeredBy: null }),
    workerRegistered({ partyId: 'agency', workerId: 'w-1', name: 'Marek Kowalski', languages: ['pl'], relation: 'LENT_WORKER' }),
    workerRegistered({ partyId: 'agency', workerId: 'w-2', name: 'Tomasz Zielinski', languages: ['pl'], relation: 'LENT_WORKER' }),
  ])
  .state();

const codeOf = (asker: SubjectAccessAsker, subjectId = 'w-1', partyId = 'agency', of: PartyState = state): string => {
  try {
    assertSubjectAccess(asker, of, partyId, subjectId);
    return 'allowed';
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
};

describe('assertSubjectAccess', () => {
  it('the ADMIN, a MANAGER of the party and the worker himself may ask', () => {
    expect(codeOf({ role: 'ADMIN', partyId: null, workerId: null })).toBe('allowed');
    expect(codeOf({ role: 'MANAGER', partyId: 'agency', workerId: null })).toBe('allowed');
    expect(codeOf({ role: 'WORKER', partyId: 'agency', workerId: 'w-1' })).toBe('allowed');
  });

  it("refuses a colleague's WORKER token, another party's manager and an inspector", () => {
    expect(codeOf({ role: 'WORKER', partyId: 'agency', workerId: 'w-2' })).toBe('PERSONAL_DATA_ACCESS_NOT_ALLOWED');
    expect(codeOf({ role: 'MANAGER', partyId: 'steel', workerId: null })).toBe('PERSONAL_DATA_ACCESS_NOT_ALLOWED');
    expect(codeOf({ role: 'INSPECTOR', partyId: 'nla', workerId: null })).toBe('PERSONAL_DATA_ACCESS_NOT_ALLOWED');
  });

  it('a person who is not the party\'s, or a party that does not exist, is not found', () => {
    expect(codeOf({ role: 'MANAGER', partyId: 'agency', workerId: null }, 'w-9')).toBe('PERSONAL_DATA_SUBJECT_NOT_FOUND');
    expect(codeOf({ role: 'ADMIN', partyId: null, workerId: null }, 'w-1', 'nope', initialPartyState())).toBe('PARTY_NOT_FOUND');
  });
});
