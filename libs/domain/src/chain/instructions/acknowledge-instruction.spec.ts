import {
  aChain,
  acknowledgeInstruction,
  asParty,
  asWorker,
  chainSpec,
  instructionAcknowledged,
  instructionIssued,
} from '../../../../testing/src/builders';

// principal → main → steel; 'wah' v1 (nl, pl) passed main → steel
const chain = () =>
  aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withInstruction('wah', 'main')
    .withPassDown('wah', 'main', 'steel');

const piotr = { workerId: 'piotr', partyId: 'steel', languages: ['pl'] };

describe('AcknowledgeInstruction', () => {
  it('lets a party that received it acknowledge for itself', () => {
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', language: 'NL' }))
      .then([instructionAcknowledged({ instructionId: 'wah', version: 1, partyId: 'steel', workerId: null, language: 'nl', channel: 'OWN_ACCOUNT' })]);
  });

  it('lets the issuer acknowledge', () => {
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asParty('main'), { instructionId: 'wah' }))
      .then([instructionAcknowledged({ instructionId: 'wah', partyId: 'main', channel: 'OWN_ACCOUNT' })]);
  });

  it('lets a manager acknowledge for one of its workers, in a language the worker reads: PROXY, the employer\'s statement', () => {
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', workerId: 'piotr', worker: piotr, language: 'pl' }))
      .then([instructionAcknowledged({ instructionId: 'wah', partyId: 'steel', workerId: 'piotr', language: 'pl', channel: 'PROXY' })]);
  });

  it('lets a worker acknowledge for itself: its own account', () => {
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asWorker('steel', 'piotr'), { instructionId: 'wah', workerId: 'piotr', worker: piotr, language: 'pl' }))
      .then([instructionAcknowledged({ instructionId: 'wah', partyId: 'steel', workerId: 'piotr', language: 'pl', channel: 'OWN_ACCOUNT' })]);
  });

  it('records a personal link as the worker\'s own act, channel LINK, with the link hash and user agent', () => {
    const link = { linkIdHash: 'f'.repeat(64), userAgent: 'Mobile' };
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asWorker('steel', 'piotr'), { instructionId: 'wah', workerId: 'piotr', worker: piotr, language: 'pl', link }))
      .then([instructionAcknowledged({ instructionId: 'wah', partyId: 'steel', workerId: 'piotr', language: 'pl', channel: 'LINK', ...link })]);
    // a link is never a manager's act
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', workerId: 'piotr', worker: piotr, language: 'pl', link }))
      .thenThrows('WORKER_NOT_SELF');
  });

  it('refuses a worker acknowledging for another worker or for the party', () => {
    const anna = { workerId: 'anna', partyId: 'steel', languages: ['pl'] };
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asWorker('steel', 'piotr'), { instructionId: 'wah', workerId: 'anna', worker: anna, language: 'pl' }))
      .thenThrows('WORKER_NOT_SELF');
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asWorker('steel', 'piotr'), { instructionId: 'wah' }))
      .thenThrows('WORKER_NOT_SELF');
  });

  it('refuses a worker of another party', () => {
    chainSpec()
      .given(chain().events())
      .when(
        acknowledgeInstruction(asParty('steel'), {
          instructionId: 'wah',
          workerId: 'w9',
          worker: { workerId: 'w9', partyId: 'agency', languages: ['nl'] },
        }),
      )
      .thenThrows('WORKER_NOT_OWN');
  });

  it('refuses an unknown worker', () => {
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', workerId: 'ghost', worker: null }))
      .thenThrows('WORKER_NOT_FOUND');
  });

  it('records an acknowledgement of a version that never came down to the party (the rules flag it)', () => {
    chainSpec()
      .given([...chain().withLink('principal', 'other').events()])
      .when(acknowledgeInstruction(asParty('other'), { instructionId: 'wah' }))
      .then([instructionAcknowledged({ instructionId: 'wah', version: 1, partyId: 'other', channel: 'OWN_ACCOUNT' })]);
    chainSpec()
      .given([...chain().events(), instructionIssued({ instructionId: 'wah', issuerPartyId: 'main', version: 2 })])
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', version: 2 }))
      .then([instructionAcknowledged({ instructionId: 'wah', version: 2, partyId: 'steel', channel: 'OWN_ACCOUNT' })]);
  });

  it('refuses a party that is not in the chain', () => {
    chainSpec().given(chain().events()).when(acknowledgeInstruction(asParty('outsider'), { instructionId: 'wah' })).thenThrows('CHAIN_PARTY_NOT_IN_CHAIN');
  });

  it('lets a hirer record the acknowledgement of a worker lent to it, under the agency', () => {
    const lent = { workerId: 'radu', partyId: 'agency', languages: ['ro', 'nl'] };
    chainSpec()
      .given([...chain().withLink('steel', 'agency', { kind: 'LENDING' }).events()])
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', workerId: 'radu', worker: lent, language: 'nl' }))
      .then([instructionAcknowledged({ instructionId: 'wah', partyId: 'agency', workerId: 'radu', language: 'nl', channel: 'PROXY' })]);
  });

  it('refuses a party recording for a worker of a party that does not lend to it', () => {
    const lent = { workerId: 'radu', partyId: 'agency', languages: ['nl'] };
    chainSpec()
      .given([...chain().withLink('steel', 'agency', { kind: 'LENDING' }).events()])
      .when(acknowledgeInstruction(asParty('main'), { instructionId: 'wah', workerId: 'radu', worker: lent, language: 'nl' }))
      .thenThrows('WORKER_NOT_OWN');
  });

  it('allows acknowledging a superseded version that was received', () => {
    chainSpec()
      .given([...chain().events(), instructionIssued({ instructionId: 'wah', issuerPartyId: 'main', version: 2 })])
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', version: 1 }))
      .then([instructionAcknowledged({ instructionId: 'wah', version: 1, partyId: 'steel', channel: 'OWN_ACCOUNT' })]);
  });

  it('refuses a language the version has no content in', () => {
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', language: 'de' }))
      .thenThrows({ code: 'INSTRUCTION_LANGUAGE_UNAVAILABLE', params: { language: 'de' } });
  });

  it('records an acknowledgement in a language the worker does not read, as not understood', () => {
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', workerId: 'piotr', worker: piotr, language: 'nl' }))
      .then([instructionAcknowledged({ instructionId: 'wah', partyId: 'steel', workerId: 'piotr', language: 'nl', understood: false, channel: 'PROXY' })]);
  });

  it('lets a worker who signed in a language he does not read acknowledge again in one he reads, once', () => {
    const notUnderstood = instructionAcknowledged({ instructionId: 'wah', partyId: 'steel', workerId: 'piotr', language: 'nl', understood: false });
    chainSpec()
      .given([...chain().events(), notUnderstood])
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', workerId: 'piotr', worker: piotr, language: 'pl' }))
      .then([instructionAcknowledged({ instructionId: 'wah', partyId: 'steel', workerId: 'piotr', language: 'pl', channel: 'PROXY' })]);
    chainSpec()
      .given([...chain().events(), notUnderstood])
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', workerId: 'piotr', worker: piotr, language: 'nl' }))
      .thenThrows('INSTRUCTION_ALREADY_ACKNOWLEDGED');
  });

  it('refuses a language that is not ISO 639-1', () => {
    chainSpec().given(chain().events()).when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', language: 'dutch' })).thenThrows('LANGUAGE_INVALID');
  });

  it('refuses the same subject acknowledging the same version twice', () => {
    chainSpec()
      .given([...chain().events(), instructionAcknowledged({ instructionId: 'wah', partyId: 'steel', workerId: 'piotr', language: 'pl' })])
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', workerId: 'piotr', worker: piotr, language: 'pl' }))
      .thenThrows('INSTRUCTION_ALREADY_ACKNOWLEDGED');
  });

  it('refuses an unknown instruction or version', () => {
    chainSpec().given(chain().events()).when(acknowledgeInstruction(asParty('steel'), { instructionId: 'nope' })).thenThrows('INSTRUCTION_NOT_FOUND');
    chainSpec()
      .given(chain().events())
      .when(acknowledgeInstruction(asParty('steel'), { instructionId: 'wah', version: 0 }))
      .thenThrows('INSTRUCTION_VERSION_NOT_FOUND');
  });
});
