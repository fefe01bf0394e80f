import { foldChainEvents } from '../../replay/fold-chain-events';
import type { ChainCommand, ChainEvent, CommandMetadata } from '../../index';
import { decideChain, evaluateFindings, startCheck } from '../../index';
import { aChain, asParty, chainSpec, HASH_A, incidentReported, instructionAcknowledged, instructionIssued, instructionPassedDown } from '../../../../testing/src/builders';

// Given / when / then for the gate (a start with its check, an override) and corrective actions.

type Of<T extends ChainCommand['type']> = Extract<ChainCommand, { type: T }>;
function cmd<T extends ChainCommand['type']>(type: T, metadata: CommandMetadata, data: Omit<Of<T>['data'], 'chainId'>): Of<T> {
  return { type, data: { chainId: 'chain-1', ...data }, metadata } as unknown as Of<T>;
}
const chain = () =>
  aChain()
    .openedBy('principal', { sector: 'OTHER' })
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'zzp', { kind: 'SELF_EMPLOYED', underAuthority: true })
    .withLink('main', 'sibling')
    .with(incidentReported({ incidentId: 'inc', reporterPartyId: 'steel', kind: 'NEAR_MISS', severity: 'NONE', victim: null }));
const jan = { workerId: 'jan', partyId: 'zzp', languages: ['nl'] };
const start = { workStartId: 'ws1', linkId: 'link-steel-zzp', workerId: 'jan', worker: jan, topics: ['WORK_AT_HEIGHT'] };
const noGo = { verdict: 'NO_GO' as const, reasons: [{ ruleId: 'NL-ARBO-8-INSTRUCTION', partyIds: ['steel'], explanation: 'Jan did not acknowledge v2' }], checkedAt: '2026-03-02T11:00:00.000Z', passScanned: true, passIdHash: null };

describe('the gate: startWork with the start check', () => {
  it('a NO-GO start without a reason is refused and writes nothing; with a reason it is recorded as an override', () => {
    chainSpec().given(chain().events()).when(cmd('StartWork', asParty('steel'), { ...start, gate: { ...noGo, overrideReason: '  ' } })).thenThrows({ code: 'START_OVERRIDE_REASON_REQUIRED', rule: 'OverrideNeedsReason' });
    chainSpec()
      .given(chain().events())
      .when(cmd('StartWork', asParty('steel'), { ...start, gate: { ...noGo, overrideReason: 'Storm repair, instructed orally by the foreman' } }))
      .then([
        { type: 'WorkStarted', data: { workStartId: 'ws1', linkId: 'link-steel-zzp', partyId: 'zzp', workerId: 'jan', topics: ['WORK_AT_HEIGHT'], startedByPartyId: 'steel' } },
        {
          type: 'WorkStartChecked',
          data: {
            workStartId: 'ws1',
            linkId: 'link-steel-zzp',
            partyId: 'zzp',
            workerId: 'jan',
            topics: ['WORK_AT_HEIGHT'],
            verdict: 'NO_GO',
            reasons: noGo.reasons,
            checkedAt: noGo.checkedAt,
            passScanned: true,
            passIdHash: null,
            overrideReason: 'Storm repair, instructed orally by the foreman',
            checkedByPartyId: 'steel',
          },
        },
      ]);
  });

  it('a GO start needs no reason and takes none; a verdict that does not follow from its reasons is refused', () => {
    const go = { verdict: 'GO' as const, reasons: [], checkedAt: noGo.checkedAt, passScanned: false, passIdHash: null };
    chainSpec().given(chain().events()).when(cmd('StartWork', asParty('steel'), { ...start, gate: { ...go, overrideReason: 'why not' } })).thenThrows('START_OVERRIDE_NOT_NEEDED');
    chainSpec().given(chain().events()).when(cmd('StartWork', asParty('steel'), { ...start, gate: { ...go, reasons: noGo.reasons, overrideReason: null } })).thenThrows('INPUT_VALUE_INVALID');
    const events = decideChain(cmd('StartWork', asParty('steel'), { ...start, gate: { ...go, overrideReason: null } }), foldChainEvents(chain().events().map((e, i) => ({ ...e, meta: { eventId: `g${i}`, occurredAt: '2026-03-01T00:00:00.000Z', recordedAt: '2026-03-01T00:00:00.000Z', actorPartyId: null } })) as ChainEvent[]));
    expect(events.map((e) => e.type)).toEqual(['WorkStarted', 'WorkStartChecked']);
    expect(events[1].data).toMatchObject({ verdict: 'GO', overrideReason: null, reasons: [], passScanned: false, passIdHash: null });
    // a pass the application verified identifies the worker: recorded as scanned, with its hash
    const byPass = decideChain(cmd('StartWork', asParty('steel'), { ...start, gate: { ...go, passIdHash: 'a'.repeat(64), overrideReason: null } }), foldChainEvents(chain().events().map((e, i) => ({ ...e, meta: { eventId: `g${i}`, occurredAt: '2026-03-01T00:00:00.000Z', recordedAt: '2026-03-01T00:00:00.000Z', actorPartyId: null } })) as ChainEvent[]));
    expect(byPass[1].data).toMatchObject({ passScanned: true, passIdHash: 'a'.repeat(64) });
  });
});

describe('the start check', () => {
  let n = 0;
  const at = (instant: string, e: { type: string; data: unknown }) => ({ ...e, meta: { eventId: `s${++n}`, occurredAt: instant, recordedAt: instant, actorPartyId: null } }) as ChainEvent;
  const T0 = '2026-03-01T00:00:00.000Z';
  const base = () => [
    ...chain().events().map((e) => at(T0, e)),
    at('2026-03-01T01:00:00.000Z', instructionIssued({ instructionId: 'i', issuerPartyId: 'main' })),
    at('2026-03-01T02:00:00.000Z', instructionPassedDown({ instructionId: 'i', linkId: 'link-main-steel', fromPartyId: 'main', toPartyId: 'steel' })),
    at('2026-03-01T02:00:00.000Z', instructionPassedDown({ instructionId: 'i', linkId: 'link-steel-zzp', fromPartyId: 'steel', toPartyId: 'zzp' })),
    at('2026-03-01T03:00:00.000Z', instructionAcknowledged({ instructionId: 'i', partyId: 'zzp', workerId: 'jan' })),
    at('2026-03-02T01:00:00.000Z', instructionIssued({ instructionId: 'i', issuerPartyId: 'main', version: 2, contentHash: 'b'.repeat(64) })),
    at('2026-03-02T02:00:00.000Z', instructionPassedDown({ instructionId: 'i', version: 2, linkId: 'link-main-steel', fromPartyId: 'main', toPartyId: 'steel' })),
    at('2026-03-02T02:00:00.000Z', instructionPassedDown({ instructionId: 'i', version: 2, linkId: 'link-steel-zzp', fromPartyId: 'steel', toPartyId: 'zzp' })),
  ];
  const names = { jan: 'Jan de Vries', zzp: 'Jan de Vries (zzp)', steel: 'Staalbouw Noord', main: 'Bouwbedrijf Van Dijk' };
  const request = { workerPartyId: 'zzp', workerId: 'jan', topics: ['WORK_AT_HEIGHT'], linkId: null };

  it('NO-GO for a worker who acknowledged only v1, naming the rule, its basis and the Arbo employer by name; GO after v2', () => {
    const check = startCheck({ chainEvents: base(), credentialEvents: [], names }, { ...request, at: '2026-03-02T06:00:00.000Z' });
    expect(check.verdict).toBe('NO_GO');
    expect(check.linkId).toBe('link-steel-zzp');
    expect(check.reasons.map((r) => [r.ruleId, r.partyIds, r.basis.article])).toEqual([['NL-ARBO-8-INSTRUCTION', ['steel'], 'Arbowet 8; 1(1)(a)(2°), 1(2)(a)(1°)']]);
    expect(check.reasons[0].explanation).toContain('Staalbouw Noord is the Arbo employer (only version 1 was acknowledged)');
    expect(check.reasons[0].evidenceEventIds).not.toContain('start-check:imagined-start');

    const acked = [...base(), at('2026-03-02T05:00:00.000Z', instructionAcknowledged({ instructionId: 'i', partyId: 'zzp', workerId: 'jan', version: 2 }))];
    expect(startCheck({ chainEvents: acked, credentialEvents: [], names }, { ...request, at: '2026-03-02T06:00:00.000Z' }).verdict).toBe('GO');
    // what was recorded after the gate moment does not count at it
    expect(startCheck({ chainEvents: acked, credentialEvents: [], names }, { ...request, at: '2026-03-02T04:00:00.000Z' }).verdict).toBe('NO_GO');
  });

  it('refuses a worker not on the link, and asks for the link when the party has several', () => {
    expect(() => startCheck({ chainEvents: base(), credentialEvents: [] }, { ...request, linkId: 'link-main-steel', at: '2026-03-02T06:00:00.000Z' })).toThrow(
      expect.objectContaining({ code: 'WORK_WORKER_NOT_ON_LINK' }),
    );
    expect(() => startCheck({ chainEvents: base(), credentialEvents: [] }, { ...request, workerPartyId: 'nobody', at: '2026-03-02T06:00:00.000Z' })).toThrow(
      expect.objectContaining({ code: 'START_CHECK_NO_LINK' }),
    );
  });
});

describe('corrective actions', () => {
  const DUE = '2026-03-10T09:00:00.000Z';
  const assigned = { type: 'CorrectiveActionAssigned' as const, data: { actionId: 'a1', subject: { kind: 'INCIDENT' as const, ruleId: null, findingArisenAt: null, incidentId: 'inc', directionId: null }, description: 'Fix the scaffold anchor', assigneePartyId: 'steel', assignedByPartyId: 'main', dueAt: DUE } };
  const assign = (by: string, data: Partial<Of<'AssignCorrectiveAction'>['data']> = {}) =>
    cmd('AssignCorrectiveAction', asParty(by), { actionId: 'a1', subjectKind: 'INCIDENT', finding: null, incidentId: 'inc', directionId: null, description: 'Fix the scaffold anchor', assigneePartyId: null, dueAt: DUE, ...data });

  it('assigns to the duty bearer by default (the gezag holder of the incident)', () => {
    chainSpec().given(chain().events()).when(assign('main', { assigneePartyId: 'steel' })).then([assigned]);
    chainSpec().given(chain().events()).when(assign('steel')).then([{ ...assigned, data: { ...assigned.data, assignedByPartyId: 'steel' } }]);
  });

  it('refuses a party outside the chain, a party not below the assigner, a due date not after now, and an empty description', () => {
    const spec = () => chainSpec().given(chain().events());
    spec().when(assign('main', { assigneePartyId: 'outsider' })).thenThrows({ code: 'ACTION_ASSIGNEE_NOT_IN_CHAIN', rule: 'AssigneeBelowAssigner' });
    spec().when(assign('steel', { assigneePartyId: 'sibling' })).thenThrows('ACTION_ASSIGNEE_NOT_BELOW');
    spec().when(assign('main', { dueAt: '2026-03-01T00:00:00.000Z' })).thenThrows('ACTION_DUE_NOT_AFTER_ASSIGNMENT');
    spec().when(assign('main', { description: ' ' })).thenThrows('INPUT_REQUIRED');
    spec().when(assign('sibling', { assigneePartyId: 'sibling' })).thenThrows('INCIDENT_NOT_FOUND');
  });

  it('the thread: the parties involved comment, plain text within bounds; others are refused', () => {
    const spec = () => chainSpec().given([...chain().events(), assigned]);
    spec()
      .when(cmd('CommentOnCorrectiveAction', asParty('steel'), { actionId: 'a1', commentId: 'c1', text: '<b>Anchor</b> ordered' }))
      .then([{ type: 'CorrectiveActionCommented', data: { actionId: 'a1', commentId: 'c1', text: '<b>Anchor</b> ordered', byPartyId: 'steel' } }]);
    spec().when(cmd('CommentOnCorrectiveAction', asParty('principal'), { actionId: 'a1', commentId: 'c1', text: 'Hurry' })).thenThrows('ACTION_NOT_INVOLVED');
    spec().when(cmd('CommentOnCorrectiveAction', asParty('sibling'), { actionId: 'a1', commentId: 'c1', text: 'Hi' })).thenThrows('ACTION_NOT_FOUND');
    spec().when(cmd('CommentOnCorrectiveAction', asParty('steel'), { actionId: 'a1', commentId: 'c1', text: 'x'.repeat(2001) })).thenThrows('TEXT_TOO_LONG');
  });

  it('completion by the assignee with evidence, verification or reopening by the assigner', () => {
    const completed = { type: 'CorrectiveActionCompleted' as const, data: { actionId: 'a1', note: 'Anchor replaced', evidence: [{ name: 'photo.jpg', sha256: HASH_A }], byPartyId: 'steel' } };
    chainSpec().given([...chain().events(), assigned]).when(cmd('CompleteCorrectiveAction', asParty('steel'), { actionId: 'a1', note: 'Anchor replaced', evidence: [{ name: 'photo.jpg', sha256: HASH_A.toUpperCase() }] })).then([completed]);
    chainSpec().given([...chain().events(), assigned]).when(cmd('CompleteCorrectiveAction', asParty('main'), { actionId: 'a1', note: 'done', evidence: [] })).thenThrows('ACTION_NOT_ASSIGNEE');
    chainSpec().given([...chain().events(), assigned]).when(cmd('VerifyCorrectiveAction', asParty('main'), { actionId: 'a1' })).thenThrows('ACTION_NOT_COMPLETED');
    chainSpec().given([...chain().events(), assigned, completed]).when(cmd('VerifyCorrectiveAction', asParty('steel'), { actionId: 'a1' })).thenThrows('ACTION_NOT_ASSIGNER');
    chainSpec().given([...chain().events(), assigned, completed]).when(cmd('VerifyCorrectiveAction', asParty('main'), { actionId: 'a1' })).then([{ type: 'CorrectiveActionVerified', data: { actionId: 'a1', byPartyId: 'main' } }]);
    chainSpec().given([...chain().events(), assigned, completed]).when(cmd('ReopenCorrectiveAction', asParty('main'), { actionId: 'a1', reason: '' })).thenThrows('INPUT_REQUIRED');
    chainSpec()
      .given([...chain().events(), assigned, completed])
      .when(cmd('ReopenCorrectiveAction', asParty('main'), { actionId: 'a1', reason: 'Anchor still loose' }))
      .then([{ type: 'CorrectiveActionReopened', data: { actionId: 'a1', reason: 'Anchor still loose', byPartyId: 'main' } }]);
  });
});

describe('CHAIN-ACTION-OVERDUE', () => {
  let n = 0;
  const at = (instant: string, e: { type: string; data: unknown }) => ({ ...e, meta: { eventId: `o${++n}`, occurredAt: instant, recordedAt: instant, actorPartyId: null } }) as ChainEvent;
  const T0 = '2026-03-01T00:00:00.000Z';
  const DUE = '2026-03-10T09:00:00.000Z';
  const given = (...more: ChainEvent[]) => [
    ...chain().events().map((e) => at(T0, e)),
    at('2026-03-02T09:00:00.000Z', { type: 'CorrectiveActionAssigned', data: { actionId: 'a1', subject: { kind: 'INCIDENT', ruleId: null, findingArisenAt: null, incidentId: 'inc', directionId: null }, description: 'Fix the scaffold anchor', assigneePartyId: 'steel', assignedByPartyId: 'main', dueAt: DUE } }),
    ...more,
  ];
  const complete = (instant: string) => at(instant, { type: 'CorrectiveActionCompleted', data: { actionId: 'a1', note: 'done', evidence: [], byPartyId: 'steel' } });
  const overdue = (events: ChainEvent[], asOf: string) =>
    evaluateFindings({ chainEvents: events, credentialEvents: [], names: { steel: 'Staalbouw Noord', main: 'Bouwbedrijf Van Dijk' } }, { asOf }).filter((f) => f.ruleId === 'CHAIN-ACTION-OVERDUE');

  it('an unanswered action is a finding against the assignee once its due date has passed, not before', () => {
    expect(overdue(given(), DUE)).toEqual([]);
    const [finding] = overdue(given(), '2026-03-11T00:00:00.000Z');
    expect(finding).toMatchObject({ partyIds: ['steel'], arisenAt: DUE, resolvedAt: null, basis: { kind: 'CERTIFICATION_OR_CONTRACT' } });
    expect(finding.explanation).toBe('Staalbouw Noord had not completed "Fix the scaffold anchor", asked by Bouwbedrijf Van Dijk on 2026-03-02, by its due date 2026-03-10T09:00:00.000Z.');
  });

  it('completed on the due instant is on time; later resolves it; a reopening opens it again', () => {
    expect(overdue(given(complete(DUE)), '2026-03-12T00:00:00.000Z')).toEqual([]);
    expect(overdue(given(complete('2026-03-11T00:00:00.000Z')), '2026-03-12T00:00:00.000Z').map((f) => f.resolvedAt)).toEqual(['2026-03-11T00:00:00.000Z']);
    const reopened = at('2026-03-09T00:00:00.000Z', { type: 'CorrectiveActionReopened', data: { actionId: 'a1', reason: 'still loose', byPartyId: 'main' } });
    expect(overdue(given(complete('2026-03-08T00:00:00.000Z'), reopened), '2026-03-12T00:00:00.000Z').map((f) => f.resolvedAt)).toEqual([null]);
  });
});
