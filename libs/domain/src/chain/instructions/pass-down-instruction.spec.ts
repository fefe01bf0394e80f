import {
  aChain,
  asParty,
  chainSpec,
  engagementEnded,
  instructionIssued,
  instructionPassedDown,
  passDownInstruction,
} from '../../../../testing/src/builders';

// principal → main → steel → zzp; main issues 'wah' v1
const chain = () =>
  aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'zzp', { kind: 'SELF_EMPLOYED' })
    .withInstruction('wah', 'main');

describe('PassDownInstruction', () => {
  it('lets the issuer pass the current version down a link it holds', () => {
    chainSpec()
      .given(chain().events())
      .when(passDownInstruction(asParty('main'), { instructionId: 'wah', linkId: 'link-main-steel' }))
      .then([instructionPassedDown({ instructionId: 'wah', version: 1, linkId: 'link-main-steel', fromPartyId: 'main', toPartyId: 'steel' })]);
  });

  it('lets a party that received it pass it further down', () => {
    chainSpec()
      .given(chain().withPassDown('wah', 'main', 'steel').events())
      .when(passDownInstruction(asParty('steel'), { instructionId: 'wah', linkId: 'link-steel-zzp' }))
      .then([instructionPassedDown({ instructionId: 'wah', linkId: 'link-steel-zzp', fromPartyId: 'steel', toPartyId: 'zzp' })]);
  });

  it('refuses a party that has not received it', () => {
    chainSpec()
      .given(chain().events())
      .when(passDownInstruction(asParty('steel'), { instructionId: 'wah', linkId: 'link-steel-zzp' }))
      .thenThrows({ code: 'INSTRUCTION_NOT_RECEIVED', rule: 'InstructionMustHaveBeenReceived' });
  });

  it('refuses a link the party does not hold as from-party', () => {
    chainSpec()
      .given(chain().events())
      .when(passDownInstruction(asParty('main'), { instructionId: 'wah', linkId: 'link-steel-zzp' }))
      .thenThrows('LINK_NOT_HELD');
  });

  it('refuses an ended link', () => {
    chainSpec()
      .given([...chain().events(), engagementEnded({ linkId: 'link-steel-zzp', endedByPartyId: 'steel' })])
      .when(passDownInstruction(asParty('steel'), { instructionId: 'wah', linkId: 'link-steel-zzp' }))
      .thenThrows('LINK_NOT_ACTIVE');
  });

  it('refuses a superseded version', () => {
    chainSpec()
      .given([...chain().events(), instructionIssued({ instructionId: 'wah', issuerPartyId: 'main', version: 2 })])
      .when(passDownInstruction(asParty('main'), { instructionId: 'wah', version: 1, linkId: 'link-main-steel' }))
      .thenThrows({ code: 'INSTRUCTION_VERSION_SUPERSEDED', params: { currentVersion: 2 } });
  });

  it('refuses the current version to a party that only received an older one', () => {
    chainSpec()
      .given([
        ...chain().withPassDown('wah', 'main', 'steel').events(),
        instructionIssued({ instructionId: 'wah', issuerPartyId: 'main', version: 2 }),
      ])
      .when(passDownInstruction(asParty('steel'), { instructionId: 'wah', version: 2, linkId: 'link-steel-zzp' }))
      .thenThrows('INSTRUCTION_NOT_RECEIVED');
  });

  it('refuses the same version over the same link twice', () => {
    chainSpec()
      .given(chain().withPassDown('wah', 'main', 'steel').events())
      .when(passDownInstruction(asParty('main'), { instructionId: 'wah', linkId: 'link-main-steel' }))
      .thenThrows('INSTRUCTION_ALREADY_PASSED');
  });

  it('refuses an unknown instruction, version or link', () => {
    const spec = () => chainSpec().given(chain().events());
    spec().when(passDownInstruction(asParty('main'), { instructionId: 'nope', linkId: 'link-main-steel' })).thenThrows('INSTRUCTION_NOT_FOUND');
    spec()
      .when(passDownInstruction(asParty('main'), { instructionId: 'wah', version: 7, linkId: 'link-main-steel' }))
      .thenThrows('INSTRUCTION_VERSION_NOT_FOUND');
    spec().when(passDownInstruction(asParty('main'), { instructionId: 'wah', linkId: 'nope' })).thenThrows('LINK_NOT_FOUND');
  });
});
