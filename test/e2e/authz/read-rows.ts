// The read matrix: every query of the schema, asked by every identity of the world, and what each
// may see. A row's `expect` names, per identity, the labels it sees or the error it gets.
import { errorOf, WHO, type Who, type World } from './authz-world';

export type Seen = unknown;
export interface ReadRow {
  /** The root query field the row exercises. */
  readonly query: string;
  readonly what: string;
  probe(world: World, who: Who): Promise<Seen>;
  readonly expect: Readonly<Record<Who, Seen>>;
}

async function ask(world: World, who: Who, query: string, variables: Record<string, unknown> = {}): Promise<{ error: string } | { data: any }> {
  const res = await world.api.gql(query, variables, world.token(who));
  const error = errorOf(res);
  return error ? { error } : { data: res.data };
}

/** The labels of the ids `pick` finds in the answer, sorted; the error when it failed. */
function labels(query: string, pick: (data: any, world: World) => string[], variables: (world: World, who: Who) => Record<string, unknown> = (w) => ({ id: w.chainId })) {
  return async (world: World, who: Who): Promise<Seen> => {
    const answer = await ask(world, who, query, variables(world, who));
    if ('error' in answer) return answer.error;
    return pick(answer.data, world).map(world.label).sort();
  };
}

/** 'answered' or the error, for queries that answer all or nothing. */
function answered(query: string, variables: (world: World) => Record<string, unknown>) {
  return async (world: World, who: Who): Promise<Seen> => {
    const answer = await ask(world, who, query, variables(world));
    return 'error' in answer ? answer.error : 'answered';
  };
}

// Shorthands for the table.
const NOT_VISIBLE = 'FORBIDDEN/CHAIN_NOT_VISIBLE';
const ROLE = 'FORBIDDEN/ROLE_NOT_ALLOWED';
const REPLAY = 'FORBIDDEN/REPLAY_NOT_ALLOWED';
const NO_GRANT = 'FORBIDDEN/INSPECTOR_ACCESS_NOT_GRANTED';
const NOT_OWN = 'FORBIDDEN/REGISTER_NOT_OWN';
const PARTY_HIDDEN = 'FORBIDDEN/PARTY_NOT_VISIBLE';
const CHAIN = ['chain:main'];
const NOT_OWN_PARTY = 'FORBIDDEN/NOTICE_PARTY_NOT_OWN';
const INCIDENT_HIDDEN = 'NOT_FOUND/INCIDENT_NOT_FOUND';
const VICTIM_HIDDEN = 'FORBIDDEN/INCIDENT_VICTIM_NOT_REPORTABLE';
const STEEL = ['party:steel'];

/** A party's own managers answer; other managers are refused by party, everyone else by role. */
function managersOf(own: Who): Record<Who, Seen> {
  return {
    ...(Object.fromEntries(WHO.map((who) => [who, NOT_OWN_PARTY])) as Record<Who, Seen>),
    [own]: 'answered',
    admin: ROLE,
    marek: ROLE,
    sanne: ROLE,
    inspector: ROLE,
    inspectorNoGrant: ROLE,
  };
}

/** Chain members see; the rest are refused (an outsider: not visible; other roles: by role). */
function members(seen: Partial<Record<Who, Seen>>, others: Partial<Record<Who, Seen>> = {}): Record<Who, Seen> {
  return {
    admin: ROLE,
    outsider: NOT_VISIBLE,
    inspector: ROLE,
    inspectorNoGrant: ROLE,
    ...seen,
    ...others,
  } as Record<Who, Seen>;
}

const chainOnly = (world: World) => ({ chainId: world.chainId });
const ids = (list: { id: string }[]) => list.map((x) => x.id);
const allLinks = ['link:agency', 'link:jan', 'link:leafMain', 'link:leafSteel', 'link:main', 'link:piotr', 'link:sibling', 'link:steel'];
const below = { steel: ['link:agency', 'link:jan', 'link:leafSteel', 'link:piotr', 'link:steel'] };

export const readRows: ReadRow[] = [
  {
    query: 'chain',
    what: 'the chain itself',
    probe: labels('query Q($id: ID!) { chain(id: $id) { id } }', (d) => [d.chain.id]),
    expect: members({ principal: CHAIN, main: CHAIN, steel: CHAIN, sibling: CHAIN, agency: CHAIN, jan: CHAIN, piotr: CHAIN, marek: CHAIN, sanne: CHAIN }),
  },
  {
    query: 'chain',
    what: 'links: into its own party and below',
    probe: labels('query Q($id: ID!) { chain(id: $id) { links { id } } }', (d) => ids(d.chain.links)),
    expect: members({
      principal: allLinks,
      main: allLinks,
      steel: below.steel,
      sibling: ['link:sibling'],
      agency: ['link:agency'],
      jan: ['link:jan'],
      piotr: ['link:piotr'],
      marek: ['link:agency'],
      sanne: below.steel,
    }),
  },
  {
    query: 'chain',
    what: 'the tree, paged: the links of its rows are the links it may see, and treeSize counts its rows',
    probe: async (world, who) => {
      const answer = await ask(world, who, 'query Q($id: ID!) { chain(id: $id) { treeSize tree(first: 500) { linkId } } }', { id: world.chainId });
      if ('error' in answer) return answer.error;
      const { tree, treeSize } = answer.data.chain as { tree: { linkId: string | null }[]; treeSize: number };
      if (treeSize !== tree.length) return `treeSize ${treeSize} but ${tree.length} rows`;
      return [...new Set(tree.flatMap((row) => (row.linkId ? [world.label(row.linkId)] : [])))].sort();
    },
    expect: members({
      principal: allLinks,
      main: allLinks,
      steel: below.steel,
      sibling: ['link:sibling'],
      agency: ['link:agency'],
      jan: ['link:jan'],
      piotr: ['link:piotr'],
      marek: ['link:agency'],
      sanne: below.steel,
    }),
  },
  {
    query: 'chain',
    what: 'vergewis checks: about its own party and below, never a sibling\'s',
    probe: labels('query Q($id: ID!) { chain(id: $id) { checks { id } } }', (d) => ids(d.chain.checks)),
    expect: members({
      principal: ['check:jan', 'check:sibling', 'check:steel'],
      main: ['check:jan', 'check:sibling', 'check:steel'],
      steel: ['check:jan', 'check:steel'],
      sibling: ['check:sibling'],
      agency: [],
      jan: ['check:jan'],
      piotr: [],
      marek: [],
      sanne: ['check:jan', 'check:steel'],
    }),
  },
  {
    query: 'chain',
    what: 'incidents: about its own party and below, reported by it or told to it',
    probe: labels('query Q($id: ID!) { chain(id: $id) { incidents { id } } }', (d) => ids(d.chain.incidents)),
    expect: members({
      principal: ['incident:bob', 'incident:marek', 'incident:nearMiss', 'incident:sanne'],
      main: ['incident:bob', 'incident:marek', 'incident:nearMiss', 'incident:sanne'],
      steel: ['incident:marek', 'incident:sanne'],
      sibling: ['incident:bob'],
      agency: ['incident:marek'],
      jan: [],
      piotr: [],
      marek: ['incident:marek'],
      sanne: ['incident:marek', 'incident:sanne'],
    }),
  },
  {
    query: 'chain',
    what: "incidents whose injury it may read (need to know): the victim's Arbo employer, own party and reporter, the victim as WORKER; the rest see that it happened",
    probe: labels('query Q($id: ID!) { chain(id: $id) { incidents { id description } } }', (d) =>
      d.chain.incidents.filter((i: any) => !i.description.startsWith('withheld:')).map((i: any) => i.id),
    ),
    expect: members({
      principal: ['incident:nearMiss'],
      main: ['incident:nearMiss'],
      steel: ['incident:marek', 'incident:sanne'],
      sibling: ['incident:bob'],
      agency: ['incident:marek'],
      jan: [],
      piotr: [],
      marek: ['incident:marek'],
      sanne: ['incident:sanne'],
    }),
  },
  {
    query: 'chain',
    what: 'corrections: of entries it may see',
    probe: labels('query Q($id: ID!) { chain(id: $id) { corrections { targetEventId } } }', (d) => d.chain.corrections.map((c: any) => c.targetEventId)),
    expect: members({
      principal: ['entry:checkJan', 'entry:checkSibling'],
      main: ['entry:checkJan', 'entry:checkSibling'],
      steel: ['entry:checkJan'],
      sibling: ['entry:checkSibling'],
      agency: [],
      jan: ['entry:checkJan'],
      piotr: [],
      marek: [],
      sanne: ['entry:checkJan'],
    }),
  },
  {
    query: 'chain',
    what: 'acknowledgements: by its own party (and staff) and below, not its engager\'s staff',
    probe: labels(
      'query Q($id: ID!) { chain(id: $id) { instructions { id versions { acknowledgements { partyId workerId } } } } }',
      (d, w) =>
        d.chain.instructions
          .filter((i: any) => i.id === w.instruction.passedDown)
          .flatMap((i: any) => i.versions.flatMap((v: any) => v.acknowledgements.map((a: any) => a.workerId))),
    ),
    expect: members({
      principal: ['worker:marek', 'worker:mia'],
      main: ['worker:marek', 'worker:mia'],
      steel: ['worker:marek'],
      sibling: [],
      agency: ['worker:marek'],
      jan: [],
      piotr: [],
      marek: ['worker:marek'],
      sanne: ['worker:marek'],
    }),
  },
  {
    query: 'chain',
    what: 'the staff of the parties it sees: its own and below, not its engager\'s (a WORKER: only itself)',
    probe: labels('query Q($id: ID!) { chain(id: $id) { parties { id workers { id } } } }', (d) =>
      d.chain.parties.flatMap((p: any) => p.workers.map((x: any) => x.id)),
    ),
    expect: members({
      principal: ['worker:bob', 'worker:jan', 'worker:marek', 'worker:mia', 'worker:piotr', 'worker:sanne', 'worker:tomasz'],
      main: ['worker:bob', 'worker:jan', 'worker:marek', 'worker:mia', 'worker:piotr', 'worker:sanne', 'worker:tomasz'],
      steel: ['worker:jan', 'worker:marek', 'worker:piotr', 'worker:sanne', 'worker:tomasz'],
      sibling: ['worker:bob'],
      agency: ['worker:marek', 'worker:tomasz'],
      jan: ['worker:jan'],
      piotr: ['worker:piotr'],
      marek: ['worker:marek'],
      sanne: ['worker:sanne'],
    }),
  },
  {
    query: 'chains',
    what: 'the chains its party is in',
    probe: labels('{ chains { id } }', (d) => ids(d.chains), () => ({})),
    expect: members(
      { principal: CHAIN, main: CHAIN, steel: CHAIN, sibling: CHAIN, agency: CHAIN, jan: CHAIN, piotr: CHAIN, marek: CHAIN, sanne: CHAIN },
      { outsider: ['chain:outsider'] },
    ),
  },
  {
    query: 'party',
    what: 'the steel subcontractor and its staff',
    probe: labels('query Q($id: ID!) { party(id: $id) { id workers { id } } }', (d) => [d.party.id, ...ids(d.party.workers)], (w) => ({ id: w.party.steel })),
    expect: {
      admin: ['party:steel', 'worker:sanne'],
      principal: ['party:steel', 'worker:sanne'],
      main: ['party:steel', 'worker:sanne'],
      steel: ['party:steel', 'worker:sanne'],
      sibling: PARTY_HIDDEN,
      agency: ['party:steel'],
      jan: ['party:steel'],
      piotr: ['party:steel'],
      marek: ['party:steel'],
      sanne: ['party:steel', 'worker:sanne'],
      outsider: PARTY_HIDDEN,
      inspector: PARTY_HIDDEN,
      inspectorNoGrant: PARTY_HIDDEN,
    },
  },
  {
    query: 'myParty',
    what: 'its own party',
    probe: async (w, who) => {
      const answer = await ask(w, who, '{ myParty { id } }');
      return 'error' in answer ? answer.error : answer.data.myParty ? w.label(answer.data.myParty.id) : null;
    },
    expect: {
      admin: null,
      principal: 'party:principal',
      main: 'party:main',
      steel: 'party:steel',
      sibling: 'party:sibling',
      agency: 'party:agency',
      jan: 'party:jan',
      piotr: 'party:piotr',
      marek: 'party:agency',
      sanne: 'party:steel',
      outsider: 'party:outsider',
      inspector: 'party:nla',
      inspectorNoGrant: 'party:insurer',
    },
  },
  {
    query: 'accidentRegister',
    what: 'its own party\'s register (a WORKER: only the lines about itself)',
    probe: labels('query Q($p: ID!) { accidentRegister(partyId: $p) { incidentId } }', (d) => d.accidentRegister.map((e: any) => e.incidentId), (w, who) => ({ p: w.partyOf(who) })),
    expect: members(
      { principal: [], main: [], steel: ['incident:marek', 'incident:sanne'], sibling: ['incident:bob'], agency: [], jan: [], piotr: [], marek: [], sanne: ['incident:sanne'] },
      { outsider: [], admin: ROLE },
    ),
  },
  {
    query: 'accidentRegister',
    what: 'the steel subcontractor\'s register',
    probe: labels('query Q($p: ID!) { accidentRegister(partyId: $p) { incidentId } }', (d) => d.accidentRegister.map((e: any) => e.incidentId), (w) => ({ p: w.party.steel })),
    expect: members(
      { principal: NOT_OWN, main: NOT_OWN, steel: ['incident:marek', 'incident:sanne'], sibling: NOT_OWN, agency: NOT_OWN, jan: NOT_OWN, piotr: NOT_OWN, marek: NOT_OWN, sanne: ['incident:sanne'] },
      { outsider: NOT_OWN },
    ),
  },
  {
    query: 'accidentRegisterCsv',
    what: 'its own party\'s register as CSV (a WORKER: only the lines about itself)',
    probe: async (w, who) => {
      const answer = await ask(w, who, 'query Q($p: ID!) { accidentRegisterCsv(partyId: $p) }', { p: w.partyOf(who) });
      if ('error' in answer) return answer.error;
      return Object.entries(w.incident).filter(([, id]) => (answer.data.accidentRegisterCsv as string).includes(id)).map(([name]) => `incident:${name}`).sort();
    },
    expect: members(
      { principal: [], main: [], steel: ['incident:marek', 'incident:sanne'], sibling: ['incident:bob'], agency: [], jan: [], piotr: [], marek: [], sanne: ['incident:sanne'] },
      { outsider: [], admin: ROLE },
    ),
  },
  {
    query: 'incidentChecklist',
    what: 'the follow-up of the lent worker\'s accident: those who may see the incident',
    probe: answered(
      'query Q($c: ID!, $i: ID!) { incidentChecklist(chainId: $c, incidentId: $i) { incidentId duty { mustReport dutyBearerPartyId } measures { description } } }',
      (w) => ({ c: w.chainId, i: w.incident.marek }),
    ),
    expect: members(
      { principal: 'answered', main: 'answered', steel: 'answered', agency: 'answered', sibling: INCIDENT_HIDDEN, jan: INCIDENT_HIDDEN, piotr: INCIDENT_HIDDEN, marek: ROLE, sanne: ROLE },
    ),
  },
  {
    query: 'nlaReportDuty',
    what: 'the NLA checklist of an accident being reported to a lent worker: those who see the lending link',
    probe: async (w, who) => {
      const answer = await ask(w, who, 'query Q($input: NlaReportDutyInput!) { nlaReportDuty(input: $input) { mustReport dutyBearerPartyId } }', {
        input: { chainId: w.chainId, kind: 'ACCIDENT', severity: 'HOSPITAL_ADMISSION', happenedAt: new Date().toISOString(), victim: { partyId: w.party.agency, linkId: w.link.agency } },
      });
      if ('error' in answer) return answer.error;
      return answer.data.nlaReportDuty.mustReport ? [w.label(answer.data.nlaReportDuty.dutyBearerPartyId)] : [];
    },
    expect: members(
      { principal: STEEL, main: STEEL, steel: STEEL, agency: STEEL, sibling: VICTIM_HIDDEN, jan: VICTIM_HIDDEN, piotr: VICTIM_HIDDEN, marek: ROLE, sanne: ROLE },
    ),
  },
  {
    query: 'gateCheck',
    what: "the gate scanning the lent worker Tomasz's pass: managers at or above the agency; a pass tells others nothing",
    probe: answered(
      'query Q($pass: String!, $chainId: ID!, $l: ID!) { gateCheck(pass: $pass, chainId: $chainId, linkId: $l, topics: ["WORK_AT_HEIGHT"]) { verdict } }',
      (w) => ({ pass: w.pass.token, chainId: w.chainId, l: w.link.agency }),
    ),
    expect: members({
      principal: 'answered',
      main: 'answered',
      steel: 'answered',
      agency: 'answered',
      sibling: 'FORBIDDEN/WORKER_NOT_VISIBLE',
      jan: 'FORBIDDEN/WORKER_NOT_VISIBLE',
      piotr: 'FORBIDDEN/WORKER_NOT_VISIBLE',
      marek: ROLE,
      sanne: ROLE,
    }),
  },
  {
    query: 'workerPasses',
    what: "Tomasz's passes: only his own party's managers",
    probe: answered('query Q($p: ID!, $w: ID!) { workerPasses(workerPartyId: $p, workerId: $w) { passId } }', (w) => ({ p: w.party.agency, w: w.worker.tomasz })),
    expect: {
      ...(Object.fromEntries(WHO.map((who) => [who, 'FORBIDDEN/PASS_NOT_OWN_WORKER'])) as Record<Who, Seen>),
      agency: 'answered',
      admin: ROLE,
      marek: ROLE,
      sanne: ROLE,
      inspector: ROLE,
      inspectorNoGrant: ROLE,
    },
  },
  {
    query: 'myWorkerPass',
    what: "a worker's own pass as a QR code: only the worker itself, never another's",
    probe: async (world, who) => {
      const answer = await ask(world, who, 'query Q { myWorkerPass { workerId status qrSvg } }');
      if ('error' in answer) return answer.error;
      const pass = answer.data.myWorkerPass;
      return pass ? `${world.label(pass.workerId)} ${pass.status} ${String(pass.qrSvg).startsWith('<svg') ? 'qr' : 'no qr'}` : 'none';
    },
    expect: {
      ...(Object.fromEntries(WHO.map((who) => [who, ROLE])) as Record<Who, Seen>),
      marek: 'worker:marek ACTIVE qr',
      sanne: 'none',
    },
  },
  {
    query: 'startCheck',
    what: "a start check for a lent worker: the agency and the parties above it; a worker only about itself",
    probe: answered(
      'query Q($chainId: ID!, $p: ID!, $w: ID!, $l: ID!) { startCheck(chainId: $chainId, workerPartyId: $p, workerId: $w, linkId: $l, topics: ["WORK_AT_HEIGHT"]) { verdict } }',
      (w) => ({ chainId: w.chainId, p: w.party.agency, w: w.worker.tomasz, l: w.link.agency }),
    ),
    expect: members({
      principal: 'answered',
      main: 'answered',
      steel: 'answered',
      agency: 'answered',
      sibling: 'FORBIDDEN/WORKER_NOT_VISIBLE',
      jan: 'FORBIDDEN/WORKER_NOT_VISIBLE',
      piotr: 'FORBIDDEN/WORKER_NOT_VISIBLE',
      marek: 'FORBIDDEN/WORKER_NOT_VISIBLE',
      sanne: 'FORBIDDEN/WORKER_NOT_VISIBLE',
    }),
  },
  {
    query: 'correctiveActions',
    what: "corrective actions: the parties involved (main assigned, steel was asked) and those above them",
    probe: labels('query Q($chainId: ID!) { correctiveActions(chainId: $chainId) { id } }', (d) => ids(d.correctiveActions), chainOnly),
    expect: members(
      { principal: ['action:main'], main: ['action:main'], steel: ['action:main'], sibling: [], agency: [], jan: [], piotr: [], marek: ROLE, sanne: ROLE },
    ),
  },
  {
    query: 'toolboxMeetings',
    what: 'toolbox meetings: organised by its party or below, or attended by workers of those parties',
    probe: labels('query Q($chainId: ID!) { toolboxMeetings(chainId: $chainId) { id } }', (d) => ids(d.toolboxMeetings), chainOnly),
    expect: members({ principal: ['meeting:steel'], main: ['meeting:steel'], steel: ['meeting:steel'], sibling: [], agency: [], jan: [], piotr: [], marek: ROLE, sanne: ROLE }),
  },
  {
    query: 'findings',
    what: 'findings: only those about its own party or below (the parties they name)',
    probe: labels('query Q($chainId: ID!) { findings(chainId: $chainId) { partyIds } }', (d) => [...new Set<string>(d.findings.flatMap((f: any) => f.partyIds))], chainOnly),
    expect: members({
      principal: ['party:sibling', 'party:steel'],
      main: ['party:sibling', 'party:steel'],
      steel: ['party:steel'],
      sibling: ['party:sibling'],
      agency: [],
      jan: [],
      piotr: [],
      marek: [],
      sanne: ['party:steel'],
    }),
  },
  {
    query: 'findingsPerMonth',
    what: 'findings per month: counted only over those about its own party or below, as findings',
    probe: labels('query Q($chainId: ID!) { findingsPerMonth(chainId: $chainId) { bars { partyId } } }', (d) => [...new Set<string>(d.findingsPerMonth.bars.map((b: any) => b.partyId))], chainOnly),
    expect: members({
      principal: ['party:sibling', 'party:steel'],
      main: ['party:sibling', 'party:steel'],
      steel: ['party:steel'],
      sibling: ['party:sibling'],
      agency: [],
      jan: [],
      piotr: [],
      marek: [],
      sanne: ['party:steel'],
    }),
  },
  {
    query: 'openFindings',
    what: 'open findings of the chains where it is principal',
    probe: async (w, who) => {
      const answer = await ask(w, who, '{ openFindings { findings { chainId } } }');
      return 'error' in answer ? answer.error : [...new Set<string>(answer.data.openFindings.findings.map((f: any) => w.label(f.chainId)))];
    },
    expect: members(
      { principal: ['chain:main'], main: [], steel: [], sibling: [], agency: [], jan: [], piotr: [], marek: [], sanne: [] },
      { outsider: [] },
    ),
  },
  ...(
    [
      ['chainAsOf', 'query Q($chainId: ID!, $asOf: DateTime!) { chainAsOf(chainId: $chainId, asOf: $asOf, clock: OCCURRED) { chainId } }', (w: World) => ({ chainId: w.chainId, asOf: new Date().toISOString() })],
      ['timeline', 'query Q($chainId: ID!) { timeline(chainId: $chainId, clock: RECORDED) { total } }', chainOnly],
      ['whoKnew', 'query Q($chainId: ID!, $i: ID!) { whoKnew(chainId: $chainId, incidentId: $i) { incidentIds } }', (w: World) => ({ chainId: w.chainId, i: w.incident.marek })],
      ['accidentReplay', 'query Q($chainId: ID!, $i: ID!) { accidentReplay(chainId: $chainId, incidentId: $i) { happenedAt } }', (w: World) => ({ chainId: w.chainId, i: w.incident.marek })],
      ['exportEvidenceBundle', 'query Q($chainId: ID!) { exportEvidenceBundle(chainId: $chainId) { rootHash } }', chainOnly],
    ] as const
  ).map(
    ([query, text, variables]): ReadRow => ({
      query,
      what: 'a replay of the log: the principal, or an inspector under a grant',
      probe: answered(text, variables),
      expect: {
        admin: ROLE,
        principal: 'answered',
        main: REPLAY,
        steel: REPLAY,
        sibling: REPLAY,
        agency: REPLAY,
        jan: REPLAY,
        piotr: REPLAY,
        marek: ROLE,
        sanne: ROLE,
        outsider: REPLAY,
        inspector: 'answered',
        inspectorNoGrant: NO_GRANT,
      },
    }),
  ),
  ...(
    [
      [
        'chainAsOf',
        'query Q($chainId: ID!, $asOf: DateTime!) { chainAsOf(chainId: $chainId, asOf: $asOf, clock: RECORDED) { incidents { id description } } }',
        (w: World) => ({ chainId: w.chainId, asOf: new Date().toISOString() }),
        (d: any) => d.chainAsOf.incidents,
      ],
      [
        'accidentReplay',
        'query Q($chainId: ID!, $i: ID!) { accidentReplay(chainId: $chainId, incidentId: $i) { incident { id description } earlierNearMisses { incident { id description } } } }',
        (w: World) => ({ chainId: w.chainId, i: w.incident.marek }),
        (d: any) => [d.accidentReplay.incident, ...d.accidentReplay.earlierNearMisses.map((n: any) => n.incident)],
      ],
    ] as const
  ).map(
    ([query, text, variables, incidents]): ReadRow => ({
      query,
      what: "incidents whose injury the replay shows (need to know): an inspector all; the principal, not the victim's employer, only the near miss",
      probe: labels(text, (d) => incidents(d).filter((i: any) => !i.description.startsWith('withheld:')).map((i: any) => i.id), variables),
      expect: {
        admin: ROLE,
        principal: query === 'chainAsOf' ? ['incident:nearMiss'] : [],
        main: REPLAY,
        steel: REPLAY,
        sibling: REPLAY,
        agency: REPLAY,
        jan: REPLAY,
        piotr: REPLAY,
        marek: ROLE,
        sanne: ROLE,
        outsider: REPLAY,
        inspector: query === 'chainAsOf' ? ['incident:bob', 'incident:marek', 'incident:nearMiss', 'incident:sanne'] : ['incident:marek'],
        inspectorNoGrant: NO_GRANT,
      },
    }),
  ),
  {
    query: 'timeline',
    what: 'incident reports whose injury the timeline shows: an inspector all four; the principal the near miss, the accidents as withheld',
    probe: async (w, who) => {
      const text = 'query Q($chainId: ID!) { timeline(chainId: $chainId, clock: RECORDED, filter: { types: ["IncidentReported", "EntryCorrected", "IncidentReclassified"] }) { entries { type summary } } }';
      const answer = await ask(w, who, text, { chainId: w.chainId });
      if ('error' in answer) return answer.error;
      return answer.data.timeline.entries
        .filter((e: any) => e.type === 'IncidentReported')
        .map((e: any) => (e.summary.includes('withheld: health data') ? 'withheld' : 'shown'))
        .sort();
    },
    expect: {
      admin: ROLE,
      principal: ['shown', 'withheld', 'withheld', 'withheld'],
      main: REPLAY,
      steel: REPLAY,
      sibling: REPLAY,
      agency: REPLAY,
      jan: REPLAY,
      piotr: REPLAY,
      marek: ROLE,
      sanne: ROLE,
      outsider: REPLAY,
      inspector: ['shown', 'shown', 'shown', 'shown'],
      inspectorNoGrant: NO_GRANT,
    },
  },
  {
    query: 'subjectAccess',
    what: "what Schakel holds about Marek (GDPR art. 15): the ADMIN, his employer's managers (the agency) and Marek himself",
    probe: answered('query Q($p: ID!, $s: ID!) { subjectAccess(partyId: $p, subjectId: $s) { shownAs } }', (w) => ({ p: w.party.agency, s: w.worker.marek })),
    expect: {
      ...(Object.fromEntries(WHO.map((who) => [who, 'FORBIDDEN/PERSONAL_DATA_ACCESS_NOT_ALLOWED'])) as Record<Who, Seen>),
      admin: 'answered',
      agency: 'answered',
      marek: 'answered',
      inspector: ROLE,
      inspectorNoGrant: ROLE,
    },
  },
  {
    query: 'consistencyProof',
    what: 'a consistency proof between two sizes of the whole log: tree hashes only, no event content',
    probe: answered('{ consistencyProof(fromSize: 1) { fromSize toSize } }', () => ({})),
    // any inspector and the installation's admin; a party's own staff have no use for it
    expect: {
      ...(Object.fromEntries(WHO.map((who) => [who, ROLE])) as Record<Who, Seen>),
      admin: 'answered',
      inspector: 'answered',
      inspectorNoGrant: 'answered',
    },
  },
  {
    query: 'evidencePublicKey',
    what: 'the public key that signs bundles',
    probe: answered('{ evidencePublicKey { fingerprint } }', () => ({})),
    // public by design: a verifier pins it without trusting the platform
    expect: Object.fromEntries(WHO.map((who) => [who, 'answered'])) as Record<Who, Seen>,
  },
  {
    query: 'members',
    what: 'steel\'s members: steel\'s managers and an ADMIN',
    probe: answered('query Q($p: ID!) { members(partyId: $p) { userId } }', (w) => ({ p: w.partyOf('steel') })),
    expect: {
      ...(Object.fromEntries(WHO.map((who) => [who, 'FORBIDDEN/MEMBER_MANAGER_REQUIRED'])) as Record<Who, Seen>),
      admin: 'answered',
      steel: 'answered',
      marek: ROLE,
      sanne: ROLE,
      inspector: ROLE,
      inspectorNoGrant: ROLE,
    },
  },
  {
    query: 'noticePreferences',
    what: "the agency's notification choices: its members, each their own",
    probe: answered('query Q($p: ID!) { noticePreferences(partyId: $p) { trigger mode } }', (w) => ({ p: w.party.agency })),
    expect: {
      ...(Object.fromEntries(WHO.map((who) => [who, NOT_OWN_PARTY])) as Record<Who, Seen>),
      admin: ROLE,
      agency: 'answered',
      marek: 'answered',
      inspector: ROLE,
      inspectorNoGrant: ROLE,
    },
  },
  {
    query: 'webhookEndpoints',
    what: "steel's webhook endpoints: steel's managers",
    probe: answered('query Q($p: ID!) { webhookEndpoints(partyId: $p) { id } }', (w) => ({ p: w.party.steel })),
    expect: managersOf('steel'),
  },
  {
    query: 'noticeDeliveries',
    what: "messages sent to steel: steel's managers",
    probe: answered('query Q($p: ID!) { noticeDeliveries(partyId: $p) { total } }', (w) => ({ p: w.party.steel })),
    expect: managersOf('steel'),
  },
  {
    query: 'mySessions',
    what: 'anyone: their own sessions (none for a bearer token)',
    probe: answered('{ mySessions { id } }', () => ({})),
    expect: Object.fromEntries(WHO.map((who) => [who, 'answered'])) as Record<Who, Seen>,
  },
  {
    query: 'me',
    what: 'anyone: who they are themselves (role and worker), nobody else',
    probe: async (w, who) => {
      const answer = await ask(w, who, '{ me { userId role workerId } }');
      if ('error' in answer) return answer.error;
      const me = answer.data.me;
      // the user the caller's own token names, and no one else
      const claims = JSON.parse(Buffer.from(w.token(who).split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
      const self = me.userId === (claims.sub ?? claims.userId);
      return [self ? 'self' : me.userId, me.role, me.workerId ? w.label(me.workerId) : null];
    },
    expect: {
      admin: ['self', 'ADMIN', null],
      principal: ['self', 'MANAGER', null],
      main: ['self', 'MANAGER', null],
      steel: ['self', 'MANAGER', null],
      sibling: ['self', 'MANAGER', null],
      agency: ['self', 'MANAGER', null],
      jan: ['self', 'MANAGER', null],
      piotr: ['self', 'MANAGER', null],
      marek: ['self', 'WORKER', 'worker:marek'],
      sanne: ['self', 'WORKER', 'worker:sanne'],
      outsider: ['self', 'MANAGER', null],
      inspector: ['self', 'INSPECTOR', null],
      inspectorNoGrant: ['self', 'INSPECTOR', null],
    },
  },
  {
    query: 'myInvitations',
    what: 'anyone: their own open invitations',
    probe: answered('{ myInvitations { partyName } }', () => ({})),
    expect: Object.fromEntries(WHO.map((who) => [who, 'answered'])) as Record<Who, Seen>,
  },
  {
    query: 'myGrants',
    what: 'an INSPECTOR: the chains granted to their inspectorate (the NLA has one grant, the insurer none)',
    probe: labels('{ myGrants { chainId } }', (d) => d.myGrants.map((g: { chainId: string }) => g.chainId), () => ({})),
    expect: { ...(Object.fromEntries(WHO.map((who) => [who, ROLE])) as Record<Who, Seen>), inspector: CHAIN, inspectorNoGrant: [] },
  },
  {
    query: 'grantsGiven',
    what: 'a MANAGER: the grants their party gave (only the principal gave one)',
    probe: labels('{ grantsGiven { chainId } }', (d) => d.grantsGiven.map((g: { chainId: string }) => g.chainId), () => ({})),
    expect: { ...(Object.fromEntries(WHO.map((who) => [who, []])) as Record<Who, Seen>), principal: CHAIN, admin: ROLE, marek: ROLE, sanne: ROLE, inspector: ROLE, inspectorNoGrant: ROLE },
  },
  {
    query: 'searchParties',
    what: 'parties by name: an ADMIN and every MANAGER, before engaging one',
    probe: answered('{ searchParties(query: "staal") { id } }', () => ({})),
    expect: { ...(Object.fromEntries(WHO.map((who) => [who, 'answered'])) as Record<Who, Seen>), marek: ROLE, sanne: ROLE, inspector: ROLE, inspectorNoGrant: ROLE },
  },
];
