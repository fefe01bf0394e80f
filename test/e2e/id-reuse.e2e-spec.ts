import { chainStreamId, partyStreamId } from '@schakel/domain';
import { uuidv7, type NewEvent, type StoredEvent } from '@schakel/event-store';
import { ProjectionRunner } from '@schakel/read-models';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { buildStory1, daysAgo, instructionV1, ok, registerCast, send, type Cast, type ChainOfStory1 } from './chain-story';

const CHAIN = `query Chain($id: ID!) {
  chain(id: $id) {
    id name version
    links { id fromPartyId toPartyId kind scope active endDate endReason }
    incidents { id reporterPartyId description severity absenceDays reclassifications { severity } }
    instructions { id currentVersion issuerPartyId versions { version current contentHash } }
    checks { id checkerPartyId subjectWorkerId summary }
  }
}`;
const WORKERS = `query Workers($id: ID!) { party(id: $id) { id workers { id name partyId } } }`;

/**
 * An outsider (principal of a chain of its own) reuses the ids of a victim chain: the API refuses
 * each with CONFLICT ID_ALREADY_USED, and even a log that holds such a reuse (written before this
 * guard, or past a lagging read model) leaves the victim's views as they were, also after a rebuild.
 */
function describeIdReuse(start: () => Promise<ApiHarness>): void {
  let api: ApiHarness;
  let cast: Cast;
  let victim: ChainOfStory1;
  let ids: { instruction: string; check: string; incident: string };
  let attackerChainId: string;

  beforeAll(async () => {
    api = await start();
    cast = await registerCast(api);
    victim = await buildStory1(api, cast);
    const issued = await ok(api, 'issueSafetyInstruction', { chainId: victim.chainId, ...instructionV1 }, cast.main.token);
    const checked = await ok(
      api,
      'recordVergewisCheck',
      {
        chainId: victim.chainId,
        subjectPartyId: cast.agency.id,
        subjectWorkerId: cast.workers.marek.id,
        subject: 'CERTIFICATE',
        outcome: 'CONFIRMED',
        summary: 'VOL-VCA diploma',
        evidence: [],
      },
      cast.steel.token,
    );
    const reported = await ok(
      api,
      'reportIncident',
      { chainId: victim.chainId, kind: 'NEAR_MISS', happenedAt: daysAgo(1), location: 'Steiger blok B', description: 'Losse steigerplank', topics: ['SCAFFOLDING'] },
      cast.agency.token,
    );
    ids = { instruction: issued.instructionId as string, check: checked.checkId as string, incident: reported.incidentId as string };
    attackerChainId = (await ok(api, 'openChain', { name: 'Eigen project', principalPartyId: cast.outsider.id }, cast.outsider.token)).chainId as string;
  });
  afterAll(() => api?.close());

  /** What the victim's parties see: the principal, a subcontractor (steel) and the agency's workers. */
  async function victimViews(): Promise<unknown> {
    const principal = await api.gql(CHAIN, { id: victim.chainId }, cast.principal.token);
    const subcontractor = await api.gql(CHAIN, { id: victim.chainId }, cast.steel.token);
    const workers = await api.gql(WORKERS, { id: cast.agency.id }, cast.agency.token);
    for (const answer of [principal, subcontractor, workers]) expect(answer.errors).toBeUndefined();
    return { principal: principal.data, subcontractor: subcontractor.data, workers: workers.data };
  }

  let before: unknown;

  it('the victim chain holds a link, an incident, an instruction and a check; the agency a worker', async () => {
    before = await victimViews();
    const { principal } = before as { principal: { chain: { links: unknown[]; incidents: unknown[]; instructions: unknown[]; checks: unknown[] } } };
    expect(principal.chain.links).toHaveLength(5);
    expect(principal.chain.incidents).toHaveLength(1);
    expect(principal.chain.instructions).toHaveLength(1);
    expect(principal.chain.checks).toHaveLength(1);
  });

  it('the outsider reusing any kind of the victim\'s ids in its own chain or party gets CONFLICT ID_ALREADY_USED and writes nothing', async () => {
    const count = await api.eventCount();
    const attempts: [string, Record<string, unknown>][] = [
      ['engageParty', { chainId: attackerChainId, linkId: victim.links.steel, partyId: cast.steel.id, kind: 'SUBCONTRACT', scope: 'Overname', startDate: '2026-09-01' }],
      ['reportIncident', { chainId: attackerChainId, incidentId: ids.incident, kind: 'NEAR_MISS', happenedAt: daysAgo(1), location: 'Elders', description: 'Overname', topics: [] }],
      ['issueSafetyInstruction', { chainId: attackerChainId, instructionId: ids.instruction, ...instructionV1 }],
      [
        'recordVergewisCheck',
        { chainId: attackerChainId, checkId: ids.check, subjectPartyId: cast.outsider.id, subject: 'OTHER', outcome: 'CONFIRMED', summary: 'Overname', evidence: [] },
      ],
      ['registerWorker', { partyId: cast.outsider.id, workerId: cast.workers.marek.id, name: 'Overname', languages: ['nl'], relation: 'EMPLOYEE' }],
    ];
    for (const [mutation, input] of attempts) {
      const answer = await send(api, mutation, input, cast.outsider.token);
      expect({ mutation, data: answer.data, extensions: answer.errors?.[0]?.extensions }).toEqual({
        mutation,
        data: null,
        extensions: expect.objectContaining({ code: 'CONFLICT', reason: 'ID_ALREADY_USED' }),
      });
    }
    expect(await api.eventCount()).toBe(count);
    expect(await victimViews()).toEqual(before);
  });

  it('the victim itself may still use its own ids in its own chain (a new version of its instruction)', async () => {
    const answer = await send(api, 'issueSafetyInstruction', { chainId: victim.chainId, supersedesInstructionId: ids.instruction, ...instructionV1 }, cast.main.token);
    expect(answer.errors).toBeUndefined();
    before = await victimViews();
  });

  it('a log that already holds the reuse (the ids in the outsider\'s own streams) leaves the victim\'s views intact, live and after rebuild-projections', async () => {
    const runner = api.app.get(ProjectionRunner);
    await runner.catchUp();
    const victimEvents = await api.store.readStream(victim.streamId);
    const agencyEvents = await api.store.readStream(partyStreamId(cast.agency.id));
    const copy = (event: StoredEvent, data: Record<string, unknown>): NewEvent => ({
      eventId: uuidv7(),
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: { ...(event.data as object), ...data },
      occurredAt: new Date().toISOString(),
      actor: { userId: 'user-outsider', partyId: cast.outsider.id, role: 'MANAGER', workerId: null },
      correlationId: uuidv7(),
      causationId: null,
    });
    const find = (events: StoredEvent[], type: string, match: (data: Record<string, unknown>) => boolean) =>
      events.find((e) => e.type === type && match(e.data as Record<string, unknown>))!;
    const engaged = find(victimEvents, 'PartyEngaged', (d) => d.linkId === victim.links.steel);
    const mainEngaged = find(victimEvents, 'PartyEngaged', (d) => d.linkId === victim.links.main);
    const issued = find(victimEvents, 'SafetyInstructionIssued', (d) => d.instructionId === ids.instruction && d.version === 1);
    const checked = find(victimEvents, 'VergewisCheckRecorded', (d) => d.checkId === ids.check);
    const reported = find(victimEvents, 'IncidentReported', (d) => d.incidentId === ids.incident);
    const worker = find(agencyEvents, 'WorkerRegistered', (d) => d.workerId === cast.workers.marek.id);
    const outsider = cast.outsider.id;
    await api.store.append(
      chainStreamId(attackerChainId),
      [
        copy(engaged, { fromPartyId: outsider, toPartyId: outsider, scope: 'Overname' }),
        copy(mainEngaged, { fromPartyId: outsider, scope: 'Overname' }),
        { ...copy(mainEngaged, {}), type: 'EngagementEnded', data: { linkId: victim.links.main, endDate: '2026-10-01', reason: 'Overname', endedByPartyId: outsider } },
        copy(reported, { reporterPartyId: outsider, description: 'Overname' }),
        {
          ...copy(reported, {}),
          type: 'IncidentReclassified',
          data: {
            incidentId: ids.incident,
            severity: 'PERMANENT_INJURY',
            absenceDays: 99,
            previousSeverity: 'NONE',
            previousAbsenceDays: 0,
            becameKnownAt: daysAgo(0),
            reason: 'Overname',
            reclassifiedByPartyId: outsider,
          },
        },
        copy(issued, { issuerPartyId: outsider, contentHash: 'f'.repeat(64) }),
        copy(issued, { issuerPartyId: outsider, version: 2, contentHash: 'e'.repeat(64) }),
        copy(issued, { issuerPartyId: outsider, version: 3, contentHash: 'd'.repeat(64) }),
        copy(checked, { checkerPartyId: outsider, summary: 'Overname' }),
      ],
      'any',
    );
    await api.store.append(partyStreamId(outsider), [copy(worker, { partyId: outsider, name: 'Overname' })], 'any');

    await runner.catchUp();
    expect(await victimViews()).toEqual(before);

    await runner.rebuild();
    expect(await victimViews()).toEqual(before);

    // The outsider's own rows are there too, under the same ids: keyed by owner, both stand.
    const own = await api.gql(CHAIN, { id: attackerChainId }, cast.outsider.token);
    expect(own.errors).toBeUndefined();
    const ownLinks = own.data!.chain.links.map((l: { id: string; active: boolean }) => [l.id, l.active]);
    expect(ownLinks).toHaveLength(2);
    expect(ownLinks).toEqual(expect.arrayContaining([[victim.links.steel, true], [victim.links.main, false]]));
    expect(own.data!.chain.incidents).toEqual([expect.objectContaining({ id: ids.incident, severity: 'PERMANENT_INJURY', absenceDays: 99 })]);
    expect(own.data!.chain.instructions).toEqual([expect.objectContaining({ id: ids.instruction, currentVersion: 3 })]);
    const ownWorkers = await api.gql(WORKERS, { id: outsider }, cast.outsider.token);
    expect(ownWorkers.data!.party.workers).toEqual([{ id: cast.workers.marek.id, name: 'Overname', partyId: outsider }]);
  });
}

describe('ids reused across chains (SQLite)', () => {
  describeIdReuse(() => startApi());
});

describePostgres('ids reused across chains (PostgreSQL)', () => {
  let database: TestDatabase;
  describeIdReuse(async () => {
    database = await createTestDatabase('schakel_id_reuse');
    return startApi({ SCHAKEL_STORE: 'postgres', DATABASE_URL: database.url });
  });
  // after the API has closed (after-hooks run in the order they were declared)
  afterAll(async () => {
    await database?.drop();
  });
});
