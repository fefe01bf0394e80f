import { startApi, type ApiHarness } from '@schakel/api-harness';
import { buildStory1, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// The construction process, credentials and the gezag signal through GraphQL: the findings the
// rules derive from what was (and was not) recorded.

const FINDINGS = `query F($chainId: ID!, $asOf: DateTime) { findings(chainId: $chainId, asOf: $asOf) { ruleId partyIds resolvedAt basis { kind } } }`;
const HASH = 'c'.repeat(64);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('compliance: construction process and credentials over GraphQL', () => {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  const findings = async (asOf?: string) => {
    const res = await api.gql(FINDINGS, { chainId: chain.chainId, asOf }, cast.principal.token);
    expect(res.errors).toBeUndefined();
    return (res.data!.findings as { ruleId: string; partyIds: string[]; resolvedAt: string | null; basis: { kind: string } }[])
      .map((f) => `${f.ruleId}:${f.partyIds.map((p) => nameOf(p)).join('+')}${f.resolvedAt ? ':resolved' : ''}`)
      .sort();
  };
  const nameOf = (id: string) => (Object.entries(cast).find(([, m]) => typeof m === 'object' && (m as { id?: string }).id === id)?.[0] ?? id);

  beforeAll(async () => {
    api = await startApi();
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
  }, 60_000);
  afterAll(() => api?.close());

  it('a construction project above the notice threshold, started without notice, plan or coordinators, is flagged', async () => {
    const { chainId } = chain;
    await ok(api, 'describeConstructionProject', { chainId, estimatedWorkingDays: 120, peakSimultaneousWorkers: 25, personDays: 2400, plannedSiteStart: day(0) }, cast.principal.token);
    await ok(api, 'startWork', { chainId, linkId: chain.links.jan, workerPartyId: cast.jan.id, workerId: cast.workers.jan.id, topics: ['WELDING'] }, cast.jan.token);
    const soon = new Date(Date.now() + 1000).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await findings(soon)).toEqual(
      // the execution-phase coordinator is the main contractor's (the uitvoerende partij) to appoint
      ['NL-BOUW-COORDINATOR:principal', 'NL-BOUW-COORDINATOR:principal', 'NL-BOUW-COORDINATOR:main', 'NL-BOUW-VG-PLAN:principal', 'NL-BOUW-VOORMELDING:principal'].sort(),
    );
  });

  it('notice, plan, coordinators, acknowledgements and directions resolve them', async () => {
    const { chainId } = chain;
    await ok(api, 'fileConstructionNotice', { chainId, reference: 'NLA-VM-2026-88' }, cast.principal.token);
    await ok(api, 'appointCoordinator', { chainId, phase: 'DESIGN', coordinatorPartyId: cast.main.id }, cast.principal.token);
    await ok(api, 'appointCoordinator', { chainId, phase: 'EXECUTION', coordinatorPartyId: cast.main.id }, cast.main.token);
    await ok(api, 'recordExecutionAgreement', { chainId, uitvoerendePartyId: cast.main.id, reference: 'Aannemingsovereenkomst 2026-088' }, cast.principal.token);
    await ok(api, 'publishHealthSafetyPlan', { chainId, contentHash: HASH, summary: 'V&G-plan uitvoering v1' }, cast.main.token);
    await ok(api, 'acknowledgeHealthSafetyPlan', { chainId, version: 1 }, cast.jan.token);
    const res = await api.gql(
      'mutation D($input: IssueCoordinatorDirectionInput!) { issueCoordinatorDirection(input: $input) { directionId } }',
      { input: { chainId, addresseePartyIds: [cast.steel.id], text: 'Valbeveiliging galerij 3 herstellen' } },
      cast.main.token,
    );
    await ok(api, 'acknowledgeCoordinatorDirection', { chainId, directionId: res.data!.issueCoordinatorDirection.directionId }, cast.steel.token);
    // all five were late (site start had passed): resolved, none open
    expect(await findings()).toEqual(
      ['NL-BOUW-COORDINATOR:principal:resolved', 'NL-BOUW-COORDINATOR:principal:resolved', 'NL-BOUW-COORDINATOR:main:resolved', 'NL-BOUW-VG-PLAN:principal:resolved', 'NL-BOUW-VOORMELDING:principal:resolved'].sort(),
    );
  });

  it('contract minimums: VCA**, ladder step 3 and worker diplomas, against the recorded credentials', async () => {
    const { chainId } = chain;
    const before = await findings();
    await ok(api, 'setLinkRequirements', { chainId, linkId: chain.links.steel, minimumCertificate: 'VCA_2STAR', minimumLadderStep: 3, workerDiplomaRequired: true }, cast.main.token);
    await ok(api, 'recordCompanyCertificate', { partyId: cast.steel.id, scheme: 'VCA_1STAR', registerNumber: 'VCA-STEEL-1', issuedOn: day(-300), validUntil: day(400) }, cast.steel.token);
    await ok(api, 'recordCompanyCertificate', { partyId: cast.steel.id, scheme: 'SAFETY_CULTURE_LADDER', ladderStep: 2, registerNumber: 'SCL-STEEL-1', issuedOn: day(-300), validUntil: day(400) }, cast.steel.token);
    await ok(api, 'startWork', { chainId, linkId: chain.links.steel, workerPartyId: cast.steel.id, workerId: cast.workers.sanne.id, topics: ['WELDING'] }, cast.steel.token);
    const after = (await findings()).filter((f) => !before.includes(f));
    expect(after).toEqual(['NL-VCA-CERT:steel+main', 'NL-VCA-DIPLOMA:steel', 'SCL-STEP:steel'].sort());

    // the main contractor (who registered nobody here) may not record steel's certificate; steel renews and records the diploma
    const refused = await api.gql('mutation C($input: RecordCompanyCertificateInput!) { recordCompanyCertificate(input: $input) { version } }', {
      input: { partyId: cast.steel.id, scheme: 'VCA_2STAR', registerNumber: 'X', issuedOn: day(-1), validUntil: day(300) },
    }, cast.main.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PARTY_NOT_OWN' });
    await ok(api, 'recordCompanyCertificate', { partyId: cast.steel.id, scheme: 'VCA_2STAR', registerNumber: 'VCA-STEEL-2', issuedOn: day(-1), validUntil: day(1000) }, cast.steel.token);
    await ok(api, 'recordCompanyCertificate', { partyId: cast.steel.id, certificateId: 'SCL-STEEL-1', scheme: 'SAFETY_CULTURE_LADDER', ladderStep: 3, registerNumber: 'SCL-STEEL-1', issuedOn: day(-1), validUntil: day(400) }, cast.steel.token);
    await ok(api, 'recordWorkerDiploma', { partyId: cast.steel.id, workerId: cast.workers.sanne.id, diploma: 'VOL_VCA', issuedOn: day(-3000), registerNumber: 'DIP-1' }, cast.steel.token);
    const resolved = (await findings()).filter((f) => !before.includes(f));
    expect(resolved).toEqual(['NL-VCA-CERT:steel+main:resolved', 'NL-VCA-DIPLOMA:steel:resolved', 'SCL-STEP:steel:resolved'].sort());
  });

  it('direct supervision of a zzp\'er without gezag is signalled (NL-GEZAG-SIGNAL) until the gezag is assessed', async () => {
    const before = await findings();
    await ok(api, 'recordDirectSupervision', { chainId: chain.chainId, linkId: chain.links.piotr, supervisorPartyId: cast.steel.id, description: 'Voorman deelt dagelijks de taken in' }, cast.piotr.token);
    expect((await findings()).filter((f) => !before.includes(f))).toEqual(['NL-GEZAG-SIGNAL:steel']);
    // steel, which engaged Piotr, records its assessment of the gezag question: the signal is settled
    await ok(
      api,
      'recordVergewisCheck',
      { chainId: chain.chainId, subjectPartyId: cast.piotr.id, subject: 'GEZAG_ASSESSMENT', outcome: 'NOT_CONFIRMED', summary: 'Eigen werkwijze en materieel; geen gezag', evidence: [] },
      cast.steel.token,
    );
    expect((await findings()).filter((f) => !before.includes(f))).toEqual(['NL-GEZAG-SIGNAL:steel:resolved']);
  });
});
