import {
  aChain,
  asParty,
  chainSpec,
  HASH_A,
  HASH_B,
  instructionIssued,
  issueInstruction,
} from '../../../../testing/src/builders';

const chain = () => aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'steel');

describe('IssueSafetyInstruction', () => {
  it('issues version 1 of a new instruction by a party in the chain', () => {
    chainSpec()
      .given(chain().events())
      .when(issueInstruction(asParty('main'), { instructionId: 'wah', topics: ['WORK_AT_HEIGHT', 'HAZARDOUS_SUBSTANCES'] }))
      .then([
        instructionIssued({
          instructionId: 'wah',
          version: 1,
          issuerPartyId: 'main',
          topics: ['WORK_AT_HEIGHT', 'HAZARDOUS_SUBSTANCES'],
          contentHash: HASH_A,
        }),
      ]);
  });

  it('issues version n+1 of the same instruction when superseding it', () => {
    const v2 = [{ language: 'nl', title: 'Werken op hoogte v2', body: 'Valbescherming en vangnet.' }];
    chainSpec()
      .given([
        ...chain().events(),
        instructionIssued({ instructionId: 'wah', issuerPartyId: 'main' }),
        instructionIssued({ instructionId: 'wah', issuerPartyId: 'main', version: 2 }),
      ])
      .when(
        issueInstruction(asParty('main'), { instructionId: 'fresh-id', supersedesInstructionId: 'wah', content: v2, contentHash: HASH_B }),
      )
      .then([instructionIssued({ instructionId: 'wah', version: 3, issuerPartyId: 'main', content: v2, contentHash: HASH_B })]);
  });

  it('refuses a new version by anyone but the original issuer', () => {
    chainSpec()
      .given([...chain().events(), instructionIssued({ instructionId: 'wah', issuerPartyId: 'main' })])
      .when(issueInstruction(asParty('steel'), { instructionId: 'x', supersedesInstructionId: 'wah' }))
      .thenThrows({ code: 'INSTRUCTION_NOT_OWN', params: { issuerPartyId: 'main' } });
  });

  it('refuses superseding an unknown instruction', () => {
    chainSpec()
      .given(chain().events())
      .when(issueInstruction(asParty('main'), { instructionId: 'x', supersedesInstructionId: 'nope' }))
      .thenThrows('INSTRUCTION_NOT_FOUND');
  });

  it('refuses reusing an instruction id for a new instruction', () => {
    chainSpec()
      .given([...chain().events(), instructionIssued({ instructionId: 'wah', issuerPartyId: 'main' })])
      .when(issueInstruction(asParty('steel'), { instructionId: 'wah' }))
      .thenThrows('INSTRUCTION_ALREADY_ISSUED');
  });

  it('refuses an issuer outside the chain', () => {
    chainSpec()
      .given(chain().events())
      .when(issueInstruction(asParty('outsider'), { instructionId: 'wah' }))
      .thenThrows('CHAIN_PARTY_NOT_IN_CHAIN');
  });

  it('validates the content: at least one language, each once, ISO 639-1, title and body', () => {
    const spec = () => chainSpec().given(chain().events());
    const nl = { language: 'nl', title: 'T', body: 'B' };
    spec().when(issueInstruction(asParty('main'), { instructionId: 'i', content: [] })).thenThrows('INSTRUCTION_CONTENT_REQUIRED');
    spec()
      .when(issueInstruction(asParty('main'), { instructionId: 'i', content: [{ ...nl, body: ' ' }] }))
      .thenThrows('INSTRUCTION_CONTENT_REQUIRED');
    spec()
      .when(issueInstruction(asParty('main'), { instructionId: 'i', content: [nl, { ...nl, language: 'NL' }] }))
      .thenThrows({ code: 'INSTRUCTION_LANGUAGE_DUPLICATE', params: { language: 'nl' } });
    spec()
      .when(issueInstruction(asParty('main'), { instructionId: 'i', content: [{ ...nl, language: 'xx' }] }))
      .thenThrows('LANGUAGE_INVALID');
  });

  it('validates the content hash and the topics', () => {
    const spec = () => chainSpec().given(chain().events());
    spec().when(issueInstruction(asParty('main'), { instructionId: 'i', contentHash: 'abc' })).thenThrows('INSTRUCTION_HASH_INVALID');
    spec()
      .when(issueInstruction(asParty('main'), { instructionId: 'i', contentHash: 'A'.repeat(64) }))
      .thenThrows('INSTRUCTION_HASH_INVALID');
    spec().when(issueInstruction(asParty('main'), { instructionId: 'i', topics: ['work at height'] })).thenThrows('TOPIC_INVALID');
    spec()
      .when(issueInstruction(asParty('main'), { instructionId: 'i', topics: ['WORK_AT_HEIGHT', 'WORK_AT_HEIGHT'] }))
      .thenThrows('TOPIC_INVALID');
  });
});
