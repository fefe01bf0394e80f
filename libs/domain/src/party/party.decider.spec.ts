import { asParty, partyRegistered, partySpec, workerRegistered } from '../../../testing/src/builders';
import type { RegisterParty, RegisterWorker } from './party.commands';
import { partyDecider } from './party.decider';

const registerParty = (data: Partial<RegisterParty['data']> = {}, actorPartyId: string | null = null): RegisterParty => ({
  type: 'RegisterParty',
  data: { partyId: 'steel', kind: 'ORGANISATION', name: 'Staalbouw Oost BV', kvkNumber: '12345678', country: 'NL', ...data },
  metadata: asParty(actorPartyId),
});

const registerWorker = (data: Partial<RegisterWorker['data']> = {}, actorPartyId = 'steel'): RegisterWorker => ({
  type: 'RegisterWorker',
  data: { partyId: 'steel', workerId: 'w-1', name: 'Piotr Nowak', languages: ['pl', 'en'], relation: 'EMPLOYEE', ...data },
  metadata: asParty(actorPartyId),
});

describe('party decider', () => {
  describe('RegisterParty', () => {
    it('registers an organisation with its KvK number, recording who registered it', () => {
      partySpec()
        .given([])
        .when(registerParty({}, 'main'))
        .then([
          partyRegistered({
            partyId: 'steel',
            kind: 'ORGANISATION',
            name: 'Staalbouw Oost BV',
            kvkNumber: '12345678',
            country: 'NL',
            registeredBy: 'main',
          }),
        ]);
    });

    it('registers a person without KvK number, trimming the name and upper-casing the country', () => {
      partySpec()
        .given([])
        .when(registerParty({ partyId: 'jan', kind: 'PERSON', name: '  Jan de Vries ', kvkNumber: null, country: 'be' }))
        .then([partyRegistered({ partyId: 'jan', kind: 'PERSON', name: 'Jan de Vries', kvkNumber: null, country: 'BE' })]);
    });

    it('refuses a party that is already registered', () => {
      partySpec().given([partyRegistered({ partyId: 'steel' })]).when(registerParty()).thenThrows('PARTY_ALREADY_REGISTERED');
    });

    it.each([[''], ['   ']])('refuses an empty name %j', (name) => {
      partySpec().given([]).when(registerParty({ name })).thenThrows('PARTY_NAME_REQUIRED');
    });

    it.each([['1234567'], ['123456789'], ['1234567a'], ['']])('refuses KvK number %j', (kvkNumber) => {
      partySpec().given([]).when(registerParty({ kvkNumber })).thenThrows('PARTY_KVK_INVALID');
    });

    it.each([['XX'], ['NLD'], [''], ['UK']])('refuses country %j', (country) => {
      partySpec().given([]).when(registerParty({ country })).thenThrows('PARTY_COUNTRY_INVALID');
    });

    it('refuses an unknown kind', () => {
      partySpec()
        .given([])
        .when(registerParty({ kind: 'COMPANY' as never }))
        .thenThrows({ code: 'INPUT_VALUE_INVALID', params: { field: 'kind' } });
    });

    it('refuses a valid time in the future', () => {
      const command = registerParty();
      command.metadata.occurredAt = '2026-03-02T12:10:00.000Z';
      partySpec().given([]).when(command).thenThrows('EVENT_OCCURRED_IN_FUTURE');
    });
  });

  describe('RegisterWorker', () => {
    const steel = partyRegistered({ partyId: 'steel' });
    const jan = partyRegistered({ partyId: 'jan', kind: 'PERSON' });

    it('registers a worker of the party itself, normalising languages', () => {
      partySpec()
        .given([steel])
        .when(registerWorker({ languages: ['PL', 'en', 'pl'] }))
        .then([workerRegistered({ partyId: 'steel', workerId: 'w-1', name: 'Piotr Nowak', languages: ['pl', 'en'] })]);
    });

    it('lets a person register itself once (relation SELF)', () => {
      const self = registerWorker({ partyId: 'jan', workerId: 'jan-self', relation: 'SELF', languages: ['nl'] }, 'jan');
      partySpec()
        .given([jan])
        .when(self)
        .then([workerRegistered({ partyId: 'jan', workerId: 'jan-self', name: 'Piotr Nowak', relation: 'SELF' })]);
      partySpec()
        .given([jan, workerRegistered({ partyId: 'jan', workerId: 'jan-self', relation: 'SELF' })])
        .when({ ...self, data: { ...self.data, workerId: 'jan-again' } })
        .thenThrows('WORKER_SELF_ALREADY_REGISTERED');
    });

    it('refuses SELF for an organisation', () => {
      partySpec()
        .given([steel])
        .when(registerWorker({ relation: 'SELF' }))
        .thenThrows({ code: 'WORKER_SELF_NOT_PERSON', rule: 'SelfOnlyForAPerson' });
    });

    it('refuses a worker registered by another party', () => {
      partySpec().given([steel]).when(registerWorker({}, 'main')).thenThrows('PARTY_NOT_OWN');
    });

    it('refuses a worker of an unknown party', () => {
      partySpec().given([]).when(registerWorker()).thenThrows('PARTY_NOT_FOUND');
    });

    it('refuses a worker id that is already registered', () => {
      partySpec()
        .given([steel, workerRegistered({ partyId: 'steel', workerId: 'w-1' })])
        .when(registerWorker())
        .thenThrows('WORKER_ALREADY_REGISTERED');
    });

    it('refuses a worker without languages, or with a language that is not ISO 639-1', () => {
      partySpec().given([steel]).when(registerWorker({ languages: [] })).thenThrows('WORKER_LANGUAGES_REQUIRED');
      partySpec().given([steel]).when(registerWorker({ languages: ['nl', 'xx'] })).thenThrows('LANGUAGE_INVALID');
      partySpec().given([steel]).when(registerWorker({ languages: ['dutch'] })).thenThrows('LANGUAGE_INVALID');
    });

    it('refuses a worker without a name, or with an unknown relation', () => {
      partySpec().given([steel]).when(registerWorker({ name: ' ' })).thenThrows('WORKER_NAME_REQUIRED');
      partySpec()
        .given([steel])
        .when(registerWorker({ relation: 'FRIEND' as never }))
        .thenThrows({ code: 'INPUT_VALUE_INVALID', params: { field: 'relation' } });
    });
  });

  describe('evolve', () => {
    it('folds the party and its workers', () => {
      const state = partySpec()
        .given([
          partyRegistered({ partyId: 'jan', kind: 'PERSON', name: 'Jan', kvkNumber: '87654321' }),
          workerRegistered({ partyId: 'jan', workerId: 'jan-self', relation: 'SELF', languages: ['nl', 'de'] }),
        ])
        .state();
      expect(state).toEqual({
        status: 'Registered',
        partyId: 'jan',
        kind: 'PERSON',
        name: 'Jan',
        kvkNumber: '87654321',
        country: 'NL',
        registeredBy: null,
        workers: [{ workerId: 'jan-self', name: 'Worker jan-self', languages: ['nl', 'de'], relation: 'SELF' }],
        members: [],
      });
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    });

    it('starts unregistered', () => {
      expect(partyDecider.initialState()).toEqual({ status: 'Unregistered' });
    });
  });
});
