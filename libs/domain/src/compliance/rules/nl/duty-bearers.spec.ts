import type { ChainEvent, CompanyCertificateRecorded, EvaluationOptions, Finding, WorkerDiplomaRecorded } from '../../../index';
import { evaluateFindings } from '../../../index';
import { nlRuleSet } from './index';
import {
  aChain,
  HASH_A,
  incidentNotified,
  incidentReported,
  instructionAcknowledged,
  instructionIssued,
  instructionPassedDown,
  vergewisCheckRecorded,
} from '../../../../../testing/src/builders';

// Given / when / then for the duty bearer and the trigger of each rule: every finding names the
// party that bears the duty (docs/domain.md, "Who bears a duty").

let counter = 0;
function at<E extends { type: string; data: unknown }>(instant: string, event: E): E & { meta: NonNullable<ChainEvent['meta']> } {
  counter += 1;
  return { ...event, meta: { eventId: `d${counter}`, occurredAt: instant, recordedAt: instant, actorPartyId: null } };
}
const T0 = '2026-03-01T00:00:00.000Z';
type Given = { type: string; data: unknown }[];
const opened = (events: Given) => events.map((e) => at(T0, e));

function findings(given: readonly { type: string; data: unknown }[], asOf: string, options: Partial<EvaluationOptions> & { credentials?: (CompanyCertificateRecorded | WorkerDiplomaRecorded)[]; names?: Record<string, string> } = {}): Finding[] {
  const { credentials = [], names, ...rest } = options;
  const chain = given as unknown as ChainEvent[];
  return evaluateFindings({ chainEvents: chain, credentialEvents: credentials, names }, { asOf, ...rest });
}
const ids = (list: Finding[]) => list.map((f) => `${f.ruleId}:${f.partyIds.join('+')}${f.resolvedAt ? ':resolved' : ''}`);
const only = (list: Finding[], ruleId: string) => list.filter((f) => f.ruleId === ruleId);
const start = (linkId: string, partyId: string, workerId: string, topics = ['WORK_AT_HEIGHT'], id = `ws-${workerId}-${topics.join('-')}`) => ({
  type: 'WorkStarted' as const,
  data: { workStartId: id, linkId, partyId, workerId, topics, startedByPartyId: partyId },
});
const described = (data: { days?: number; peak?: number; personDays?: number; specialHazards?: string[] } = {}) => ({
  type: 'ConstructionProjectDescribed' as const,
  data: { estimatedWorkingDays: data.days ?? 10, peakSimultaneousWorkers: data.peak ?? 5, personDays: data.personDays ?? 100, plannedSiteStart: '2026-04-01', specialHazards: data.specialHazards ?? [], describedByPartyId: 'principal' },
});
const agreement = { type: 'ExecutionAgreementRecorded' as const, data: { uitvoerendePartyId: 'main', reference: 'Aannemingsovereenkomst 2026-17', recordedByPartyId: 'principal' } };
const appointed = (phase: 'DESIGN' | 'EXECUTION', by: string) => ({ type: 'CoordinatorAppointed' as const, data: { phase, coordinatorPartyId: 'coord', appointedByPartyId: by } });

describe('1. execution-phase coordinator: the uitvoerende partij (Arbobesluit 2.29)', () => {
  const site = () => opened(aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'steel').events());
  it('names the main contractor for a missing execution-phase coordinator and the principal for the design phase', () => {
    const list = findings([...site(), at('2026-03-02T07:00:00.000Z', start('link-main-steel', 'steel', 's1'))], '2026-03-03T00:00:00.000Z');
    // design phase, execution phase, and the principal's record of its written agreement (2.32(2))
    expect(ids(list)).toEqual(['NL-BOUW-COORDINATOR:principal', 'NL-BOUW-COORDINATOR:main', 'NL-BOUW-COORDINATOR:principal']);
    expect(list[2].explanation).toContain('written agreement');
  });
  it('the main contractor\'s own appointment resolves the execution phase; the principal records the written agreement', () => {
    const list = findings([...site(), at('2026-03-02T06:00:00.000Z', agreement), at('2026-03-02T06:00:00.000Z', appointed('EXECUTION', 'main')), at('2026-03-02T06:00:00.000Z', appointed('DESIGN', 'principal')), at('2026-03-02T07:00:00.000Z', start('link-main-steel', 'steel', 's1'))], '2026-03-03T00:00:00.000Z');
    expect(ids(list)).toEqual([]);
  });
});

describe('2. V&G plan: special hazards or notifiable works only (Arbobesluit 2.28(1))', () => {
  const site = (...events: Given) => [...opened(aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'steel').events()), ...events.map((e) => at('2026-02-01T00:00:00.000Z', e)), at('2026-02-01T00:00:00.000Z', appointed('DESIGN', 'principal')), at('2026-02-01T00:00:00.000Z', appointed('EXECUTION', 'main')), at('2026-02-01T00:00:00.000Z', agreement)];
  it('two employers alone do not require a plan', () => {
    expect(ids(findings(site(described()), '2026-04-02T00:00:00.000Z'))).toEqual([]);
  });
  it('one contractor working at height does', () => {
    const alone = opened(aChain().openedBy('principal').withLink('principal', 'main').events());
    const list = findings([...alone, at('2026-02-01T00:00:00.000Z', described({ specialHazards: ['FALL_FROM_HEIGHT'] }))], '2026-04-02T00:00:00.000Z');
    expect(ids(list)).toEqual(['NL-BOUW-VG-PLAN:principal']);
    expect(list[0].explanation).toContain('FALL_FROM_HEIGHT');
  });
});

describe('3. gezag counts: a zzp\'er under gezag is a werknemer of the gezag holder', () => {
  it('a main contractor plus one zzp\'er under its gezag is one employer: no coordinator finding', () => {
    const chain = opened(aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'zzp', { kind: 'SELF_EMPLOYED', underAuthority: true }).events());
    expect(ids(findings([...chain, at('2026-03-02T07:00:00.000Z', start('link-main-zzp', 'zzp', 'zzp-self'))], '2026-03-03T00:00:00.000Z'))).toEqual([]);
  });
  it('the same zzp\'er without gezag is a zelfstandige: coordinators are required', () => {
    const chain = opened(aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'zzp', { kind: 'SELF_EMPLOYED' }).events());
    expect(ids(findings([...chain, at('2026-03-01T00:00:00.000Z', agreement), at('2026-03-02T07:00:00.000Z', start('link-main-zzp', 'zzp', 'zzp-self', ['WELDING']))], '2026-03-03T00:00:00.000Z'))).toEqual([
      'NL-BOUW-COORDINATOR:principal',
      'NL-BOUW-COORDINATOR:main',
    ]);
  });
});

describe('4. NL-ARBO-8-INSTRUCTION names the Arbo employer', () => {
  const chain = () =>
    opened(
      aChain()
        .openedBy('principal', { sector: 'OTHER' })
        .withLink('principal', 'main')
        .withLink('main', 'agency', { kind: 'LENDING' })
        .withLink('main', 'jan', { kind: 'SELF_EMPLOYED', underAuthority: true })
        .withLink('main', 'piotr', { kind: 'SELF_EMPLOYED' })
        .events(),
    );
  const issued = at(T0, instructionIssued({ instructionId: 'i', issuerPartyId: 'main' }));
  const passed = ['agency', 'jan', 'piotr'].map((to) => at(T0, instructionPassedDown({ instructionId: 'i', linkId: `link-main-${to}`, fromPartyId: 'main', toPartyId: to })));
  const run = (...events: Given) => ids(findings([...chain(), issued, ...passed, ...events], '2026-03-03T00:00:00.000Z'));
  it('the hirer for a lent worker, not the agency', () => {
    expect(run(at('2026-03-02T07:00:00.000Z', start('link-main-agency', 'agency', 'w7'))).filter((id) => id !== 'NL-ARBO-5-RIE:main')).toEqual(['NL-ARBO-8-INSTRUCTION:main']);
  });
  it('the gezag holder for a zzp\'er under gezag', () => {
    expect(run(at('2026-03-02T07:00:00.000Z', start('link-main-jan', 'jan', 'jan-self')))).toEqual(['NL-ARBO-8-INSTRUCTION:main']);
    expect(run(at('2026-03-01T10:00:00.000Z', instructionAcknowledged({ instructionId: 'i', partyId: 'jan' })), at('2026-03-02T07:00:00.000Z', start('link-main-jan', 'jan', 'jan-self')))).toEqual([]);
  });
  it('a genuine zzp\'er is not flagged under Arbowet 8; the engaging party is, under CHAIN-INFORM-ZZP', () => {
    expect(run(at('2026-03-02T07:00:00.000Z', start('link-main-piotr', 'piotr', 'piotr-self')))).toEqual(['CHAIN-INFORM-ZZP:main']);
    expect(run(at('2026-03-01T10:00:00.000Z', instructionAcknowledged({ instructionId: 'i', partyId: 'piotr', language: 'pl' })), at('2026-03-02T07:00:00.000Z', start('link-main-piotr', 'piotr', 'piotr-self')))).toEqual([]);
  });
});

describe('5. NL-LEND-VERGEWIS: before any worker of the agency works there again', () => {
  const LEND = { policy: { lendingActInForceFrom: '2026-01-01' } };
  const chain = () => opened(aChain().openedBy('principal', { sector: 'OTHER' }).withLink('principal', 'steel').withLink('steel', 'agency', { kind: 'LENDING' }).events());
  const death = incidentReported({
    incidentId: 'inc',
    reporterPartyId: 'steel',
    kind: 'ACCIDENT',
    happenedAt: '2026-03-02T08:00:00.000Z',
    victim: { partyId: 'agency', workerId: 'w7', linkId: 'link-steel-agency' },
    severity: 'DEATH',
    victimRelation: 'LENT_WORKER',
    authorityHolderPartyId: 'steel',
  });
  const reported = [
    at('2026-03-02T08:00:00.000Z', death),
    at('2026-03-02T09:00:00.000Z', incidentNotified({ incidentId: 'inc', notifierPartyId: 'steel', channel: 'PHONE' })),
    at('2026-03-02T09:00:00.000Z', incidentNotified({ incidentId: 'inc', notifierPartyId: 'steel', recipient: { kind: 'PARTY', partyId: 'agency' }, channel: 'PHONE' })),
    at('2026-03-02T10:00:00.000Z', incidentNotified({ incidentId: 'inc', notifierPartyId: 'agency' })),
  ];
  const check = (instant: string) => at(instant, vergewisCheckRecorded({ checkId: 'c', checkerPartyId: 'agency', subjectPartyId: 'steel', subject: 'MEASURES_TAKEN', relatedIncidentId: 'inc' }));
  it('after a death, a colleague starting at that place before the check is flagged on the agency', () => {
    const list = only(findings([...chain(), ...reported, at('2026-03-03T07:00:00.000Z', start('link-steel-agency', 'agency', 'w8'))], '2026-03-04T00:00:00.000Z', LEND), 'NL-LEND-VERGEWIS');
    expect(ids(list)).toEqual(['NL-LEND-VERGEWIS:agency']);
    expect(list[0].arisenAt).toBe('2026-03-03T07:00:00.000Z');
    expect(list[0].policyNote).toBeNull();
  });
  it('with no work there again, the policy period passing is the trigger, shown as policy', () => {
    const list = only(findings([...chain(), ...reported], '2026-03-10T00:00:00.000Z', LEND), 'NL-LEND-VERGEWIS');
    expect(list.map((f) => f.arisenAt)).toEqual(['2026-03-09T08:00:00.000Z']);
    expect(list[0].policyNote).toContain('168 h');
    expect(only(findings([...chain(), ...reported, check('2026-03-03T06:00:00.000Z'), at('2026-03-03T07:00:00.000Z', start('link-steel-agency', 'agency', 'w8'))], '2026-03-10T00:00:00.000Z', LEND), 'NL-LEND-VERGEWIS')).toEqual([]);
  });
});

describe('6. CHAIN-INFORM-EMPLOYER: the recording party tells the worker\'s Arbo employer', () => {
  const chain = () => opened(aChain().openedBy('principal', { sector: 'OTHER' }).withLink('principal', 'main').withLink('main', 'steel').events());
  const accident = at('2026-03-02T08:00:00.000Z', incidentReported({ incidentId: 'inc', reporterPartyId: 'main', kind: 'ACCIDENT', happenedAt: '2026-03-02T08:00:00.000Z', victim: { partyId: 'steel', workerId: 's1', linkId: 'link-main-steel' }, severity: 'HOSPITAL_ADMISSION', victimRelation: 'EMPLOYEE', authorityHolderPartyId: 'steel' }));
  it('names the recorder, with the policy deadline; the register rule stays silent (9(2) has no deadline)', () => {
    const list = findings([...chain(), accident], '2026-03-05T00:00:00.000Z');
    expect(ids(list).filter((id) => !id.startsWith('NL-ARBO-9-REPORT'))).toEqual(['CHAIN-INFORM-EMPLOYER:main']);
    expect(only(list, 'NL-ARBO-9-REGISTER')).toEqual([]);
    const informed = at('2026-03-02T12:00:00.000Z', incidentNotified({ incidentId: 'inc', notifierPartyId: 'main', recipient: { kind: 'PARTY', partyId: 'steel' }, channel: 'EMAIL' }));
    expect(only(findings([...chain(), accident, informed], '2026-03-05T00:00:00.000Z'), 'CHAIN-INFORM-EMPLOYER')).toEqual([]);
  });
});

describe('7. construction rules without a project description', () => {
  const links = (sector: 'CONSTRUCTION' | 'TRANSPORT') => opened(aChain().openedBy('principal', { sector }).withLink('principal', 'main').withLink('main', 'steel').events());
  it('the coordinator duty fires from the links and work starts alone', () => {
    expect(ids(findings([...links('CONSTRUCTION'), at('2026-03-02T07:00:00.000Z', start('link-main-steel', 'steel', 's1'))], '2026-03-03T00:00:00.000Z'))).toEqual([
      'NL-BOUW-COORDINATOR:principal',
      'NL-BOUW-COORDINATOR:main',
      'NL-BOUW-COORDINATOR:principal',
    ]);
  });
  it('no work started yet: nothing due; a transport chain is no building site', () => {
    expect(ids(findings(links('CONSTRUCTION'), '2026-03-03T00:00:00.000Z'))).toEqual([]);
    expect(ids(findings([...links('TRANSPORT'), at('2026-03-02T07:00:00.000Z', start('link-main-steel', 'steel', 's1'))], '2026-03-03T00:00:00.000Z'))).toEqual([]);
  });
});

describe('8. policies shown as policies; NL-BOUW-PLAN-RECEIPT is evidence, not the law', () => {
  const site = () => [
    ...opened(aChain().openedBy('principal').withLink('principal', 'main').events()),
    at('2026-02-01T00:00:00.000Z', described({ days: 31, peak: 21 })),
    at('2026-02-01T00:00:00.000Z', { type: 'ConstructionNoticeFiled', data: { noticeNumber: 1, reference: 'NLA-1', filedByPartyId: 'principal' } }),
    at('2026-02-01T00:00:00.000Z', { type: 'HealthSafetyPlanPublished', data: { version: 1, contentHash: HASH_A, summary: 'v1', publishedByPartyId: 'principal' } }),
    at('2026-02-01T00:00:00.000Z', appointed('EXECUTION', 'main')),
  ];
  it('plan and direction receipts and voormelding updates carry a policy note', () => {
    const list = findings(
      [
        ...site(),
        at('2026-03-01T00:00:00.000Z', { type: 'CoordinatorDirectionIssued', data: { directionId: 'd1', coordinatorPartyId: 'coord', addresseePartyIds: ['main'], text: 'Close the edge' } }),
        at('2026-03-02T00:00:00.000Z', described({ days: 60, peak: 30 })),
        at('2026-04-01T07:00:00.000Z', start('link-principal-main', 'main', 'm1', ['WELDING'])),
      ],
      '2026-04-02T00:00:00.000Z',
    );
    expect(ids(list)).toEqual(['NL-BOUW-PLAN-RECEIPT:main', 'NL-BOUW-VOORMELDING:principal', 'NL-BOUW-PLAN-RECEIPT:main']);
    for (const f of list) expect(f.policyNote).toContain('72 h');
    expect(list[0].basis).toMatchObject({ kind: 'CERTIFICATION_OR_CONTRACT', article: 'evidence for Arbobesluit 2.35(3), 9.5' });
  });
});

describe('9. NL-GEZAG-SIGNAL stays open until the gezag is settled; an accident asks whether to report', () => {
  const chain = () => opened(aChain().openedBy('principal', { sector: 'OTHER' }).withLink('principal', 'steel').withLink('steel', 'zzp', { kind: 'SELF_EMPLOYED' }).events());
  const supervision = at('2026-03-02T07:00:00.000Z', { type: 'DirectSupervisionRecorded', data: { linkId: 'link-steel-zzp', supervisorPartyId: 'steel', selfEmployedPartyId: 'zzp', description: 'Foreman assigns tasks', recordedByPartyId: 'zzp' } });
  const assessment = at('2026-03-04T07:00:00.000Z', vergewisCheckRecorded({ checkId: 'g', checkerPartyId: 'steel', subjectPartyId: 'zzp', subject: 'GEZAG_ASSESSMENT', outcome: 'NOT_CONFIRMED' }));
  it('resolved by a recorded assessment, or by a new link with gezag', () => {
    expect(ids(findings([...chain(), supervision], '2026-03-05T00:00:00.000Z'))).toEqual(['NL-GEZAG-SIGNAL:steel']);
    expect(findings([...chain(), supervision, assessment], '2026-03-05T00:00:00.000Z').map((f) => f.resolvedAt)).toEqual(['2026-03-04T07:00:00.000Z']);
    const relinked = opened(aChain().withLink('steel', 'zzp', { kind: 'SELF_EMPLOYED', underAuthority: true, linkId: 'link-2' }).events()).map((e) => at('2026-03-03T07:00:00.000Z', e));
    expect(findings([...chain(), supervision, ...relinked], '2026-03-05T00:00:00.000Z').map((f) => f.resolvedAt)).toEqual(['2026-03-03T07:00:00.000Z']);
  });
  it('an accident to the zzp\'er while it is open raises a prompt on the engaging party, resolved by settling or reporting', () => {
    const fall = at('2026-03-03T09:00:00.000Z', incidentReported({ incidentId: 'inc', reporterPartyId: 'zzp', kind: 'ACCIDENT', happenedAt: '2026-03-03T08:00:00.000Z', victim: { partyId: 'zzp', workerId: null, linkId: 'link-steel-zzp' }, severity: 'HOSPITAL_ADMISSION', victimRelation: 'SELF_EMPLOYED', authorityHolderPartyId: 'zzp' }));
    const list = findings([...chain(), supervision, fall], '2026-03-05T00:00:00.000Z');
    expect(ids(list)).toEqual(['NL-GEZAG-SIGNAL:steel', 'NL-GEZAG-SIGNAL:steel']);
    expect(list[1].explanation).toContain('must decide whether');
    expect(ids(findings([...chain(), supervision, fall, assessment], '2026-03-05T00:00:00.000Z'))).toEqual(['NL-GEZAG-SIGNAL:steel:resolved', 'NL-GEZAG-SIGNAL:steel:resolved']);
  });
});

describe('10. dates: VOORMELDING arises when the estimate crossed the threshold', () => {
  it('not backdated to site start when the threshold was crossed later', () => {
    const chain = [
      ...opened(aChain().openedBy('principal').withLink('principal', 'main').events()),
      at('2026-02-01T00:00:00.000Z', described()),
      at('2026-02-01T00:00:00.000Z', appointed('EXECUTION', 'main')),
      at('2026-04-10T00:00:00.000Z', described({ personDays: 900 })),
    ];
    const list = only(findings(chain, '2026-04-20T00:00:00.000Z'), 'NL-BOUW-VOORMELDING');
    expect(list.map((f) => f.arisenAt)).toEqual(['2026-04-10T00:00:00.000Z']);
  });
});

describe('11. VCA**: when the party subcontracts work, not for supply or lending; VOL-VCA for supervisors', () => {
  const requirements = { type: 'LinkRequirementsSet' as const, data: { linkId: 'link-main-steel', setByPartyId: 'main', minimumCertificate: 'VCA_1STAR', minimumLadderStep: null, maySubcontract: true, workerDiplomaRequired: false } };
  const vca1: CompanyCertificateRecorded = at(T0, { type: 'CompanyCertificateRecorded', data: { partyId: 'steel', certificateId: 'c1', scheme: 'VCA_1STAR', ladderStep: null, registerNumber: 'R1', issuedOn: '2025-01-01', validUntil: '2027-01-01', status: 'VALID', recordedByPartyId: 'steel' } });
  const withLink = (kind: 'SUPPLY' | 'LENDING' | 'SUBCONTRACT' | 'SELF_EMPLOYED', underAuthority = kind === 'LENDING') =>
    [...opened(aChain().openedBy('principal', { sector: 'OTHER' }).withLink('principal', 'main').withLink('main', 'steel').withLink('steel', 'other', { kind, underAuthority }).events()), at('2026-03-01T09:00:00.000Z', requirements)];
  it('buying supplies or hiring lent workers keeps VCA* enough; subcontracting needs VCA**', () => {
    expect(ids(findings(withLink('SUPPLY'), '2026-03-03T00:00:00.000Z', { credentials: [vca1] }))).toEqual([]);
    expect(ids(findings(withLink('LENDING'), '2026-03-03T00:00:00.000Z', { credentials: [vca1] }))).toEqual([]);
    expect(ids(findings(withLink('SUBCONTRACT'), '2026-03-03T00:00:00.000Z', { credentials: [vca1] }))).toEqual(['NL-VCA-CERT:steel+main']);
    // a genuine zzp'er is subcontracted work; a zzp'er under gezag works as steel's own werknemer
    expect(ids(findings(withLink('SELF_EMPLOYED'), '2026-03-03T00:00:00.000Z', { credentials: [vca1] }))).toEqual(['NL-VCA-CERT:steel+main']);
    expect(ids(findings(withLink('SELF_EMPLOYED', true), '2026-03-03T00:00:00.000Z', { credentials: [vca1] }))).toEqual([]);
  });
  it('a supervisor with only B-VCA is flagged; VOL-VCA counts', () => {
    const chain = [...opened(aChain().openedBy('principal', { sector: 'OTHER' }).withLink('principal', 'main').withLink('main', 'steel').events()), at('2026-03-01T09:00:00.000Z', { ...requirements, data: { ...requirements.data, minimumCertificate: null, workerDiplomaRequired: true } }), at('2026-03-02T07:00:00.000Z', start('link-main-steel', 'steel', 's1', ['SUPERVISION']))];
    const diploma = (d: 'B_VCA' | 'VOL_VCA'): WorkerDiplomaRecorded => at(T0, { type: 'WorkerDiplomaRecorded', data: { partyId: 'steel', workerId: 's1', diploma: d, issuedOn: '2024-01-01', registerNumber: 'D1', recordedByPartyId: 'steel' } });
    expect(ids(findings(chain, '2026-03-03T00:00:00.000Z', { credentials: [diploma('B_VCA')] }))).toEqual(['NL-VCA-DIPLOMA:steel']);
    expect(ids(findings(chain, '2026-03-03T00:00:00.000Z', { credentials: [diploma('VOL_VCA')] }))).toEqual([]);
  });
});

describe('12. citations in one form', () => {
  it('cites "Arbowet 9(1)" / "Arbobesluit 2.29", never "art."', () => {
    for (const rule of nlRuleSet.rules) expect(rule.basis.article).not.toMatch(/\bart\./);
    const lending = nlRuleSet.rules.find((r) => r.id === 'NL-LEND-INFORM')!;
    expect(lending.basis.article).toContain('Wet invoering meld- en vergewisplicht arbeidsongevallen voor uitleners');
    expect(lending.basis.text).toContain('follows the bill as summarised');
  });
  // one file per rule, named for its id: test/architecture/rule-files.spec.ts
});

describe('CHAIN-SITE-INSTRUCTION: the party in charge of the workplace (Arbowet 19)', () => {
  const chain = () =>
    opened(
      aChain()
        .openedBy('shipper', { sector: 'TRANSPORT' })
        .withLink('shipper', 'logistics')
        .withLink('logistics', 'haulier')
        .withLink('haulier', 'driver', { kind: 'SELF_EMPLOYED', underAuthority: true })
        .events(),
    );
  const dock = at(T0, instructionIssued({ instructionId: 'dock', issuerPartyId: 'shipper', topics: ['SITE_INSTRUCTION'], content: [{ language: 'nl', title: 'Dockinstructie', body: 'Wielkeggen, geen passagiers.' }] }));
  const pass = (from: string, to: string, instant = '2026-03-01T10:00:00.000Z') => at(instant, instructionPassedDown({ instructionId: 'dock', linkId: `link-${from}-${to}`, fromPartyId: from, toPartyId: to }));
  const loading = at('2026-03-02T07:00:00.000Z', start('link-haulier-driver', 'driver', 'driver-self', ['LOADING']));
  const names = { shipper: 'Verlader BV', driver: 'Kees Rijder', logistics: 'Logistiek BV', haulier: 'Transport BV' };
  it('flags the shipper when its dock instruction had not reached the driver before his first loading, by name', () => {
    const list = findings([...chain(), dock, pass('shipper', 'logistics'), pass('logistics', 'haulier'), loading], '2026-03-03T00:00:00.000Z', { names });
    expect(ids(list)).toEqual(['CHAIN-SITE-INSTRUCTION:shipper']);
    expect(list[0].explanation).toContain('Verlader BV');
    expect(list[0].explanation).toContain('Kees Rijder');
    expect(list[0].explanation).not.toMatch(/\bshipper\b|\bdriver\b/);
  });
  it('is compliant when it reached the driver first; reaching him later resolves it', () => {
    const passedOn = [dock, pass('shipper', 'logistics'), pass('logistics', 'haulier'), pass('haulier', 'driver')];
    expect(ids(findings([...chain(), ...passedOn, loading], '2026-03-03T00:00:00.000Z'))).toEqual([]);
    expect(ids(findings([...chain(), dock, pass('shipper', 'logistics'), pass('logistics', 'haulier'), loading, pass('haulier', 'driver', '2026-03-02T09:00:00.000Z')], '2026-03-03T00:00:00.000Z'))).toEqual(['CHAIN-SITE-INSTRUCTION:shipper:resolved']);
  });
});
