import { aChain, chainSpec, entryCorrected, incidentNotified, incidentReported, instructionAcknowledged, instructionIssued, instructionPassedDown, vergewisCheckRecorded, withEventId } from '../../../../testing/src/builders';
import type { ChainEvent } from '../chain.events';
import { foldChainEvents } from '../../replay/fold-chain-events';
import { canSeeEvent } from './event-sight';
import { subjectPartyIdsIn } from './visibility';

// principal → main → {steel → agency, roof}: who may learn of which entry (a live update).
const links = aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'steel').withLink('main', 'roof').withLink('steel', 'agency', { kind: 'LENDING' }).events();
const check = withEventId(vergewisCheckRecorded({ checkId: 'c1', checkerPartyId: 'main', subjectPartyId: 'roof' }), 'e-check');
const entries: ChainEvent[] = [
  ...links,
  instructionIssued({ instructionId: 'i1', issuerPartyId: 'main' }),
  instructionPassedDown({ instructionId: 'i1', linkId: 'link-main-steel', fromPartyId: 'main', toPartyId: 'steel' }),
  instructionAcknowledged({ instructionId: 'i1', partyId: 'steel', workerId: 'w-sanne' }),
  check,
  incidentReported({ incidentId: 'n1', reporterPartyId: 'roof' }),
  incidentNotified({ incidentId: 'n1', notifierPartyId: 'roof', recipient: { kind: 'PARTY', partyId: 'agency' } }),
  entryCorrected({ targetEventId: 'e-check', targetType: 'VergewisCheckRecorded', reason: 'typo', changes: { summary: 'VCA*' }, previousValues: { summary: 'VCA**' }, correctedByPartyId: 'main' }),
] as ChainEvent[];

/** The entries (by type) each viewer may learn of, judged on the chain folded up to each. */
function heardBy(viewer: string): string[] {
  const state = chainSpec().given(entries).state();
  const subjects = subjectPartyIdsIn(state, viewer);
  const heard: string[] = [];
  entries.forEach((event, index) => {
    const after = foldChainEvents(entries.slice(0, index + 1));
    const seen = canSeeEvent(after, event, { partyId: viewer, isPrincipal: viewer === 'principal', subjectPartyIds: subjects }, (id) => (id === 'e-check' ? check : null));
    if (seen && index >= links.length) heard.push(event.type);
  });
  return heard;
}

describe('which entries a viewer may learn of', () => {
  it('the principal learns of everything', () => {
    expect(heardBy('principal')).toEqual(entries.slice(links.length).map((e) => e.type));
  });

  it('a party learns of what it may see of the entries about itself and below, and what it was told', () => {
    expect(heardBy('steel')).toEqual(['SafetyInstructionPassedDown', 'SafetyInstructionAcknowledged']);
    expect(heardBy('roof')).toEqual(['VergewisCheckRecorded', 'IncidentReported', 'IncidentNotified', 'EntryCorrected']);
    // the agency was told of the incident only later: it learns of that, not of the report as it happened
    expect(heardBy('agency')).toEqual(['IncidentNotified']);
    expect(heardBy('main')).toEqual(['SafetyInstructionIssued', 'SafetyInstructionPassedDown', 'SafetyInstructionAcknowledged', 'VergewisCheckRecorded', 'IncidentReported', 'IncidentNotified', 'EntryCorrected']);
  });

  it('a party never in the chain learns of nothing', () => {
    expect(heardBy('outsider')).toEqual([]);
  });
});
