import { accessStreamId } from '@schakel/domain';
import { verifyEvidenceBundle } from '@schakel/evidence';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import request from 'supertest';
import { daysAgo, instructionV1, instructionV2, ok, registerCast, type Cast } from './chain-story';

// docs/domain.md story 4 end to end over GraphQL: weeks after a fall from a scaffold, an inspector
// granted access asks what the chain looked like at the fall and who knew what, exports a bundle
// and checks it offline. Exact answers, including an acknowledgement dated before the fall but
// entered after it.

const REPLAY = `query Replay($chainId: ID!, $incidentId: ID!) {
  accidentReplay(chainId: $chainId, incidentId: $incidentId) {
    happenedAt
    activeLinks { id toPartyName kind }
    instructions { id currentVersion topics acknowledgements { partyId workerId version } }
    earlierNearMisses { incident { id location } matchedOn knowers { partyId authority how } }
    accidentKnowers { partyId authority how }
    recordedAfterAccident { type occurredAt recordedAt }
  }
}`;

interface Story {
  chainId: string;
  links: { main: string; steel: string; jan: string; agency: string };
  instructionId: string;
  nearMissId: string;
  fallId: string;
  fallAt: string;
  lateAck: { occurredAt: string; recordedAt: string };
}

const DAY = 86400_000;
// The story is recorded as it happened, over weeks: the server's clock (Date only; timers stay
// real) is moved from day 0 to day 40, which is about now, where the inspector asks.
const BASE = Date.now() - 40 * DAY;
const at = (day: number) => new Date(BASE + day * DAY).toISOString();
const clockTo = (day: number) => jest.setSystemTime(BASE + day * DAY);

async function buildStory4(api: ApiHarness, cast: Cast): Promise<Story> {
  // tokens live 12 hours: mint one at each step
  const as = (member: { id: string }) => api.token({ party: member.id, role: 'MANAGER' });
  const chainId = (await ok(api, 'openChain', { name: 'Renovatie Hoogstraat 12-40', principalPartyId: cast.principal.id }, as(cast.principal))).chainId as string;
  const engage = async (by: { id: string }, to: { id: string }, kind: string, scope: string, underAuthority = false) =>
    (await ok(api, 'engageParty', { chainId, partyId: to.id, kind, scope, underAuthority, startDate: at(0).slice(0, 10) }, as(by))).linkId as string;
  const links = {
    main: await engage(cast.principal, cast.main, 'SUBCONTRACT', 'Hoofdaanneming'),
    steel: await engage(cast.main, cast.steel, 'SUBCONTRACT', 'Staalconstructie galerijen'),
    jan: await engage(cast.steel, cast.jan, 'SELF_EMPLOYED', 'Lassen', true),
    agency: await engage(cast.steel, cast.agency, 'LENDING', 'Twee monteurs'),
  };
  clockTo(5);
  const v1 = await ok(api, 'issueSafetyInstruction', { chainId, ...instructionV1 }, as(cast.main));
  const instructionId = v1.instructionId as string;
  clockTo(10);
  await ok(api, 'issueSafetyInstruction', { chainId, supersedesInstructionId: instructionId, ...instructionV2 }, as(cast.main));
  await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.steel }, as(cast.main));
  await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.jan }, as(cast.steel));
  await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.agency }, as(cast.steel));
  clockTo(11);
  await ok(api, 'acknowledgeInstruction', { chainId, instructionId, version: 2, language: 'nl' }, as(cast.jan));
  await ok(api, 'acknowledgeInstruction', { chainId, instructionId, version: 2, language: 'pl', workerId: cast.workers.marek.id }, as(cast.agency));
  // the near miss at the same scaffold, reported to the main contractor
  clockTo(20);
  const nearMiss = await ok(
    api,
    'reportIncident',
    { chainId, kind: 'NEAR_MISS', happenedAt: at(19.96), location: 'Steiger blok B', description: 'Loszittende steigerplank', topics: ['SCAFFOLDING'] },
    as(cast.steel),
  );
  const nearMissId = nearMiss.incidentId as string;
  clockTo(20.1);
  await ok(api, 'notifyIncident', { chainId, incidentId: nearMissId, recipientPartyId: cast.main.id, channel: 'EMAIL' }, as(cast.steel));
  clockTo(25);
  await ok(api, 'endEngagement', { chainId, linkId: links.jan, endDate: at(25).slice(0, 10), reason: 'Laswerk gereed' }, as(cast.steel));
  // the fall, reported two hours later
  clockTo(28);
  const fallAt = at(27.92);
  const fall = await ok(
    api,
    'reportIncident',
    {
      chainId,
      kind: 'ACCIDENT',
      happenedAt: fallAt,
      location: 'steiger blok B',
      description: 'Val van steiger, opgenomen in ziekenhuis <script>alert(1)</script>',
      topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'],
      victim: { partyId: cast.agency.id, workerId: cast.workers.tomasz.id, linkId: links.agency },
      severity: 'HOSPITAL_ADMISSION',
    },
    as(cast.steel),
  );
  const fallId = fall.incidentId as string;
  await ok(api, 'notifyIncident', { chainId, incidentId: fallId, recipientPartyId: cast.agency.id, channel: 'PHONE' }, as(cast.steel));
  // signed "the day before the fall", entered the day after it
  clockTo(29);
  const lateOccurredAt = at(27);
  const late = await ok(api, 'acknowledgeInstruction', { chainId, instructionId, version: 2, language: 'pl', workerId: cast.workers.tomasz.id, occurredAt: lateOccurredAt }, as(cast.agency));
  // the NLA hears of it a day and a half after the fall: later than "direct"
  clockTo(29.5);
  await ok(api, 'notifyIncident', { chainId, incidentId: fallId, authority: 'NLA', channel: 'PHONE', reference: 'NLA-2026-0415' }, as(cast.steel));
  return { chainId, links, instructionId, nearMissId, fallId, fallAt, lateAck: { occurredAt: lateOccurredAt, recordedAt: late.recordedAt as string } };
}

describe('story 4: the inspector replays the fall', () => {
  let api: ApiHarness;
  let cast: Cast;
  let story: Story;
  let nla: string;
  let inspector: string;
  let grantId: string;
  let pawel: string;

  beforeAll(async () => {
    jest.useFakeTimers({
      advanceTimers: true,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    clockTo(0);
    api = await startApi();
    cast = await registerCast(api);
    // a third lent worker, registered before the story, who never acknowledges anything
    pawel = (await ok(api, 'registerWorker', { partyId: cast.agency.id, name: 'Paweł Wiśniewski', languages: ['pl'], relation: 'LENT_WORKER' }, cast.agency.token)).workerId as string;
    story = await buildStory4(api, cast);
    clockTo(40);
    nla = (await ok(api, 'registerParty', { kind: 'ORGANISATION', name: 'Nederlandse Arbeidsinspectie', kvkNumber: null }, api.token({ user: 'admin' }))).partyId as string;
    inspector = api.token({ party: nla, role: 'INSPECTOR', user: 'inspecteur-de-boer' });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    jest.useRealTimers();
  });
  const principal = () => api.token({ party: cast.principal.id, role: 'MANAGER' });

  const gql = (query: string, variables: Record<string, unknown>, token = inspector) => api.gql(query, variables, token);

  it('an inspector without a grant is refused, and nothing is read', async () => {
    const res = await gql(REPLAY, { chainId: story.chainId, incidentId: story.fallId });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INSPECTOR_ACCESS_NOT_GRANTED' });
    expect(await api.store.readStream(accessStreamId(story.chainId))).toEqual([]);
  });

  it('only the principal or the party holding gezag over the victim grants access', async () => {
    const input = { chainId: story.chainId, inspectorPartyId: nla, validFrom: daysAgo(1), validUntil: new Date(Date.now() + 30 * 86400_000).toISOString() };
    const refused = await api.gql('mutation G($input: GrantInspectorAccessInput!) { grantInspectorAccess(input: $input) { grantId } }', { input }, api.token({ party: cast.main.id, role: 'MANAGER' }));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_GRANTOR_NOT_ALLOWED' });
    const byPrincipal = await ok(api, 'grantInspectorAccess', input, principal());
    grantId = ((await api.store.readStream(accessStreamId(story.chainId)))[0].data as { grantId: string }).grantId;
    expect(byPrincipal.eventIds).toHaveLength(1);
    const bySteel = await ok(api, 'grantInspectorAccess', { ...input, inspectorUserId: 'someone-else' }, api.token({ party: cast.steel.id, role: 'MANAGER' }));
    expect(bySteel.eventIds).toHaveLength(1);
  });

  it('answers story 4 exactly: links at the fall, the current version, who had acknowledged, the near miss and to whom, what came after', async () => {
    const res = await gql(REPLAY, { chainId: story.chainId, incidentId: story.fallId });
    expect(res.errors).toBeUndefined();
    const r = res.data!.accidentReplay;
    expect(r.happenedAt).toBe(story.fallAt);
    // Jan's link ended three days before the fall
    expect(r.activeLinks).toEqual([
      { id: story.links.main, toPartyName: 'Bouwbedrijf Van Dijk', kind: 'SUBCONTRACT' },
      { id: story.links.steel, toPartyName: 'Staalbouw Noord', kind: 'SUBCONTRACT' },
      { id: story.links.agency, toPartyName: 'Flex Uitzendbureau', kind: 'LENDING' },
    ]);
    expect(r.instructions).toEqual([
      {
        id: story.instructionId,
        currentVersion: 2,
        topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'],
        acknowledgements: [
          { partyId: cast.jan.id, workerId: null, version: 2 },
          { partyId: cast.agency.id, workerId: cast.workers.marek.id, version: 2 },
          { partyId: cast.agency.id, workerId: cast.workers.tomasz.id, version: 2 },
        ],
      },
    ]);
    expect(r.earlierNearMisses).toEqual([
      {
        incident: { id: story.nearMissId, location: 'Steiger blok B' },
        matchedOn: ['LOCATION', 'TOPIC'],
        knowers: [
          { partyId: cast.steel.id, authority: null, how: 'RECORDED_IT' },
          { partyId: cast.main.id, authority: null, how: 'NOTIFIED' },
        ],
      },
    ]);
    expect(r.accidentKnowers).toEqual([
      { partyId: cast.steel.id, authority: null, how: 'RECORDED_IT' },
      { partyId: cast.agency.id, authority: null, how: 'NOTIFIED' },
      { partyId: null, authority: 'NLA', how: 'NOTIFIED' },
    ]);
    expect(r.recordedAfterAccident).toEqual([{ type: 'SafetyInstructionAcknowledged', occurredAt: story.lateAck.occurredAt, recordedAt: story.lateAck.recordedAt }]);
  });

  it('as of the fall, the records (RECORDED) lacked the late acknowledgement that valid time (OCCURRED) counts', async () => {
    const q = `query A($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) { chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {
      clock activeLinks { id } endedLinks { id } instructions { currentVersion acknowledgements { workerId } } incidents { kind } } }`;
    const occurred = (await gql(q, { chainId: story.chainId, asOf: story.fallAt, clock: 'OCCURRED' })).data!.chainAsOf;
    expect(occurred.activeLinks.map((l: { id: string }) => l.id)).toEqual([story.links.main, story.links.steel, story.links.agency]);
    expect(occurred.endedLinks).toEqual([{ id: story.links.jan }]);
    expect(occurred.instructions[0].acknowledgements.map((a: { workerId: string | null }) => a.workerId)).toEqual([null, cast.workers.marek.id, cast.workers.tomasz.id]);
    expect(occurred.incidents.map((i: { kind: string }) => i.kind)).toEqual(['NEAR_MISS', 'ACCIDENT']);
    // in the records as they stood an hour after the fall had been reported, nothing had been entered late yet
    const recordedAt = new Date(Date.parse(story.lateAck.recordedAt) - 1).toISOString();
    const recorded = (await gql(q, { chainId: story.chainId, asOf: recordedAt, clock: 'RECORDED' })).data!.chainAsOf;
    expect(recorded.instructions[0].acknowledgements.map((a: { workerId: string | null }) => a.workerId)).toEqual([null, cast.workers.marek.id]);
  });

  it('gives the rules engine\'s findings as they stood on either clock', async () => {
    const q = `query F($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) { chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {
      findings { ruleId partyIds arisenAt resolvedAt explanation } } }`;
    // asked by the principal's MANAGER: allowed on its own chain, and not recorded as an inspector read
    const texts: string[] = [];
    const findingsAt = async (day: number) =>
      ((await gql(q, { chainId: story.chainId, asOf: at(day), clock: 'RECORDED' }, principal())).data!.chainAsOf.findings as { explanation: string }[]).map(
        ({ explanation, ...rest }) => (texts.push(explanation), rest),
      );
    const deadline = new Date(Date.parse(story.fallAt) + 24 * 3600_000).toISOString();
    expect(await findingsAt(28.5)).toEqual([]);
    // a day after the fall the NLA had not been told: the 24 h policy for "direct" has passed
    expect(await findingsAt(29.2)).toEqual([{ ruleId: 'NL-ARBO-9-REPORT', partyIds: [cast.steel.id], arisenAt: deadline, resolvedAt: null }]);
    const later = await findingsAt(40);
    expect(later).toEqual([{ ruleId: 'NL-ARBO-9-REPORT', partyIds: [cast.steel.id], arisenAt: deadline, resolvedAt: expect.any(String) }]);
    expect(Date.parse((later[0] as { resolvedAt: string }).resolvedAt)).toBeGreaterThan(Date.parse(at(29.4)));
    // the replay's findings name parties by name, never by id
    for (const text of texts) expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(texts.join(' ')).toContain('Staalbouw');
  });

  it('the timeline flags the acknowledgement as recorded after the fall and as a late entry, and the agency\'s entries for its workers as PROXY', async () => {
    const q = `query T($chainId: ID!, $filter: TimelineFilterInput) { timeline(chainId: $chainId, clock: RECORDED, filter: $filter) {
      total entries { type actorName flags recordedAfterIncidentIds } } }`;
    const all = (await gql(q, { chainId: story.chainId })).data!.timeline;
    expect(all.total).toBe(19);
    expect(all.entries.filter((e: { flags: string[] }) => e.flags.length > 0)).toEqual([
      { type: 'SafetyInstructionAcknowledged', actorName: 'Flex Uitzendbureau', flags: ['PROXY'], recordedAfterIncidentIds: [] },
      { type: 'SafetyInstructionAcknowledged', actorName: 'Flex Uitzendbureau', flags: ['RECORDED_AFTER_INCIDENT', 'LATE_ENTRY', 'PROXY'], recordedAfterIncidentIds: [story.fallId] },
    ]);
    const janOnly = (await gql(q, { chainId: story.chainId, filter: { linkId: story.links.jan } })).data!.timeline;
    expect(janOnly.entries.map((e: { type: string }) => e.type)).toEqual(['PartyEngaged', 'SafetyInstructionPassedDown', 'EngagementEnded']);
  });

  it('who knew of the instruction, and of the scaffold hazard', async () => {
    const q = `query W($chainId: ID!, $instructionId: ID, $location: String) { whoKnew(chainId: $chainId, instructionId: $instructionId, location: $location) {
      incidentIds knowers { partyName workerId how } } }`;
    const instruction = (await gql(q, { chainId: story.chainId, instructionId: story.instructionId })).data!.whoKnew;
    expect(instruction.knowers).toEqual([
      { partyName: 'Bouwbedrijf Van Dijk', workerId: null, how: 'RECORDED_IT' },
      { partyName: 'Staalbouw Noord', workerId: null, how: 'RECEIVED_PASSED_DOWN' },
      { partyName: 'Jan de Vries', workerId: null, how: 'RECEIVED_PASSED_DOWN' },
      { partyName: 'Flex Uitzendbureau', workerId: null, how: 'RECEIVED_PASSED_DOWN' },
      { partyName: 'Flex Uitzendbureau', workerId: cast.workers.marek.id, how: 'ACKNOWLEDGED' },
      { partyName: 'Flex Uitzendbureau', workerId: cast.workers.tomasz.id, how: 'ACKNOWLEDGED' },
    ]);
    const hazard = (await gql(q, { chainId: story.chainId, location: 'STEIGER BLOK B' })).data!.whoKnew;
    expect(hazard.incidentIds).toEqual([story.nearMissId, story.fallId]);
    const noSubject = await gql(q, { chainId: story.chainId });
    expect(noSubject.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WHO_KNEW_SUBJECT_INVALID' });
  });

  it('every read of the inspector is itself an event in the chain\'s access stream', async () => {
    const events = await api.store.readStream(accessStreamId(story.chainId));
    const reads = events.filter((e) => e.type === 'InspectorReadRecorded').map((e) => e.data as Record<string, unknown>);
    expect(reads.map((r) => r.query)).toEqual(['accidentReplay', 'chainAsOf', 'chainAsOf', 'timeline', 'timeline', 'whoKnew', 'whoKnew']);
    expect(reads[0]).toMatchObject({ grantId, inspectorPartyId: nla, inspectorUserId: 'inspecteur-de-boer', clock: 'OCCURRED', subject: story.fallId });
    expect(reads[1]).toMatchObject({ asOf: story.fallAt, clock: 'OCCURRED' });
    expect(events.every((e) => e.actor.partyId !== null)).toBe(true);
  });

  it('the inspector cannot write chain events', async () => {
    const res = await api.gql('mutation R($input: ReportIncidentInput!) { reportIncident(input: $input) { eventIds } }', {
      input: { chainId: story.chainId, kind: 'NEAR_MISS', happenedAt: daysAgo(1), location: 'x', description: 'y' },
    }, inspector);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
  });

  it('exports a bundle that verifies offline against the published key, and fails after one changed byte', async () => {
    const key = (await api.gql('{ evidencePublicKey { pem fingerprint algorithm } }', {})).data!.evidencePublicKey;
    expect(key.algorithm).toBe('Ed25519');
    const exported = (await gql('query E($chainId: ID!) { exportEvidenceBundle(chainId: $chainId) { json eventCount keyFingerprint } }', { chainId: story.chainId })).data!.exportEvidenceBundle;
    expect(exported.keyFingerprint).toBe(key.fingerprint);
    const bundle = JSON.parse(exported.json);
    // the chain stream (19 events) and the access stream up to and including this export's own read
    expect(bundle.manifest.map((m: { streamId: string; eventCount: number }) => [m.streamId, m.eventCount])).toEqual([
      [`chain-${story.chainId}`, 19],
      [accessStreamId(story.chainId), 10],
    ]);
    expect(verifyEvidenceBundle(bundle, { publicKeyPem: key.pem })).toMatchObject({ ok: true });
    const index = exported.json.indexOf('Loszittende steigerplank');
    const tampered = exported.json.slice(0, index) + 'l' + exported.json.slice(index + 1);
    const broken = verifyEvidenceBundle(JSON.parse(tampered), { publicKeyPem: key.pem });
    expect(broken.ok).toBe(false);
    expect(broken.firstProblem?.streamId).toBe(`chain-${story.chainId}`);
  });

  it('who has acknowledged is one answer now and then: the lent worker who never did is MISSING in both', async () => {
    type Row = { partyId: string; workerId: string | null; status: string };
    const rowsOf = (rows: Row[]) => rows.map((r) => [r.partyId, r.workerId, r.status]);
    // workers registered in the same millisecond are listed by id: compare the rows, not their order
    const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    const now = await api.gql(`query($id: ID!) { chain(id: $id) { instructions { status { partyId workerId status } } } }`, { id: story.chainId }, principal());
    expect(now.errors).toBeUndefined();
    const expected = (tomasz: string) => [
      [cast.steel.id, null, 'MISSING'],
      [cast.steel.id, cast.workers.sanne.id, 'MISSING'],
      // the zzp'er is one person: one row, on himself as a worker
      [cast.jan.id, cast.workers.jan.id, 'CURRENT'],
      [cast.agency.id, null, 'MISSING'],
      [cast.agency.id, cast.workers.marek.id, 'CURRENT'],
      [cast.agency.id, cast.workers.tomasz.id, tomasz],
      [cast.agency.id, pawel, 'MISSING'],
    ];
    const nowRows = rowsOf(now.data!.chain.instructions.at(-1).status);
    expect(sorted(nowRows)).toEqual(sorted(expected('CURRENT')));

    const q = `query A($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) { chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {
      instructions { status { partyId workerId status } } } }`;
    const asOf = async (at: string, clock: string) => {
      const res = await gql(q, { chainId: story.chainId, asOf: at, clock });
      expect(res.errors).toBeUndefined();
      return rowsOf(res.data!.chainAsOf.instructions[0].status);
    };
    // at the fall on valid time: Tomasz's backdated signature counts, Paweł never signed
    expect(sorted(await asOf(story.fallAt, 'OCCURRED'))).toEqual(sorted(expected('CURRENT')));
    // in the records just before the late entry, Tomasz was MISSING too
    expect(sorted(await asOf(new Date(Date.parse(story.lateAck.recordedAt) - 1).toISOString(), 'RECORDED'))).toEqual(sorted(expected('MISSING')));
    // and now, on the record: the same rows as the read model's, in the same order
    expect(await asOf(new Date().toISOString(), 'RECORDED')).toEqual(nowRows);
  });

  it('renders the replay as a readable HTML page, escaping user text', async () => {
    const res = await request(api.app.getHttpServer())
      .get(`/reports/chains/${story.chainId}/replay.html`)
      .query({ incidentId: story.fallId })
      .set('authorization', `Bearer ${inspector}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('Val van steiger, opgenomen in ziekenhuis &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('Recorded only after the accident');
    expect(res.text).toContain('<span class="flag">recorded after the accident</span>');
    const anonymous = await request(api.app.getHttpServer()).get(`/reports/chains/${story.chainId}/replay.html`);
    expect(anonymous.status).toBe(401);
  });

  it('after revocation the inspector is refused, saying why', async () => {
    await ok(api, 'revokeInspectorAccess', { chainId: story.chainId, grantId, reason: 'Onderzoek afgerond' }, principal());
    const res = await gql(REPLAY, { chainId: story.chainId, incidentId: story.fallId });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INSPECTOR_ACCESS_REVOKED' });
    expect(res.errors?.[0].message).toContain('Onderzoek afgerond');
  });

  it('after expiry the inspector is refused, saying when it expired', async () => {
    const validUntil = new Date(Date.now() - 3600_000).toISOString();
    await ok(api, 'grantInspectorAccess', { chainId: story.chainId, inspectorPartyId: nla, validFrom: daysAgo(7), validUntil }, principal());
    const res = await gql(REPLAY, { chainId: story.chainId, incidentId: story.fallId });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INSPECTOR_ACCESS_EXPIRED' });
    expect(res.errors?.[0].message).toContain(validUntil);
  });

  it('before its period starts a grant does not open access yet', async () => {
    const validFrom = new Date(Date.now() + 86400_000).toISOString();
    const validUntil = new Date(Date.now() + 8 * 86400_000).toISOString();
    await ok(api, 'grantInspectorAccess', { chainId: story.chainId, inspectorPartyId: nla, inspectorUserId: 'inspecteur-later', validFrom, validUntil }, principal());
    const res = await gql(REPLAY, { chainId: story.chainId, incidentId: story.fallId }, api.token({ party: nla, role: 'INSPECTOR', user: 'inspecteur-later' }));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INSPECTOR_ACCESS_NOT_YET_VALID' });
    expect(res.errors?.[0].message).toContain(validFrom);
  });
});
