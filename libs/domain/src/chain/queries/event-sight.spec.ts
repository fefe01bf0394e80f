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

describe('which corrective action entries a viewer may learn of', () => {
  // main asks steel to fix something; then reopens and verifies: every entry reaches the assignee, the assigner and those above
  const subject = { kind: 'INCIDENT' as const, ruleId: null, findingArisenAt: null, incidentId: 'n1', directionId: null };
  const actions = [
    { type: 'CorrectiveActionAssigned', data: { actionId: 'a1', subject, description: 'Fix the anchor', assigneePartyId: 'steel', assignedByPartyId: 'main', dueAt: '2030-01-01T00:00:00.000Z' } },
    { type: 'CorrectiveActionCompleted', data: { actionId: 'a1', note: 'Done', evidence: [], byPartyId: 'steel' } },
    { type: 'CorrectiveActionReopened', data: { actionId: 'a1', reason: 'Not tight', byPartyId: 'main' } },
    { type: 'CorrectiveActionCommented', data: { actionId: 'a1', commentId: 'c1', text: 'Please hurry', byPartyId: 'main' } },
    { type: 'CorrectiveActionCompleted', data: { actionId: 'a1', note: 'Tightened', evidence: [], byPartyId: 'steel' } },
    { type: 'CorrectiveActionVerified', data: { actionId: 'a1', byPartyId: 'main' } },
  ] as unknown as ChainEvent[];
  const all = [...links, ...actions] as ChainEvent[];

  function heardOfActions(viewer: string): string[] {
    const state = chainSpec().given(all).state();
    const subjects = subjectPartyIdsIn(state, viewer);
    return all.flatMap((event, index) => {
      if (index < links.length) return [];
      const after = foldChainEvents(all.slice(0, index + 1));
      return canSeeEvent(after, event, { partyId: viewer, isPrincipal: viewer === 'principal', subjectPartyIds: subjects }, () => null) ? [event.type] : [];
    });
  }
  const every = actions.map((e) => e.type);

  it('the assignee, the assigner and those above them learn of every entry of the action', () => {
    expect(heardOfActions('steel')).toEqual(every);
    expect(heardOfActions('main')).toEqual(every);
    expect(heardOfActions('principal')).toEqual(every);
  });

  it('a party not involved, nor above one that is, learns of none', () => {
    expect(heardOfActions('roof')).toEqual([]);
    expect(heardOfActions('agency')).toEqual([]);
    expect(heardOfActions('outsider')).toEqual([]);
  });
});
