import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { buildStory1, instructionV1, ok, registerCast, send, type Cast, type ChainOfStory1 } from './chain-story';

// A toolbox meeting of the steel subcontractor with three attendees: Marek and Sanne scan the
// meeting's QR code on their phones (their own act, so their acknowledgement of the version
// discussed), Tomasz is on the paper list typed in afterwards (proxy: attendance, no acknowledgement).

const MEETINGS = `query M($chainId: ID!) { toolboxMeetings(chainId: $chainId, first: 5) {
  id site language leaderName organizerName ownCount proxyCount instructions { version title }
  attendees(first: 10) { workerName partyName channel ownAcknowledgement recordedByName } } }`;
const STATUS = `query C($id: ID!) { chain(id: $id) { instructions { status { workerId status channel } } } }`;
const TIMELINE = `query T($chainId: ID!) { timeline(chainId: $chainId, clock: RECORDED, filter: { types: ["ToolboxAttendanceRecorded"] }) { entries { summary } } }`;

function describeToolbox(start: () => Promise<ApiHarness>) {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  let meetingId: string;

  beforeAll(async () => {
    api = await start();
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    const instructionId = (await ok(api, 'issueSafetyInstruction', { chainId: chain.chainId, ...instructionV1 }, cast.main.token)).instructionId as string;
    await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId: chain.links.steel }, cast.main.token);
    await ok(api, 'passDownInstruction', { chainId: chain.chainId, instructionId, linkId: chain.links.agency }, cast.steel.token);
    const meeting = await send(
      api,
      'recordToolboxMeeting',
      { chainId: chain.chainId, site: 'Galerij 3, Hoogstraat', topics: ['WORK_AT_HEIGHT'], instructions: [{ instructionId, version: 1 }], language: 'nl', leaderName: 'Kees Visser (uitvoerder)' },
      cast.steel.token,
    );
    expect(meeting.errors).toBeUndefined();
    meetingId = meeting.data!.recordToolboxMeeting.meetingId;
  }, 60_000);
  afterAll(() => api?.close());

  it('two attendees by QR code and one from a paper list: two own acknowledgements and one proxy', async () => {
    for (const worker of [cast.workers.marek, cast.workers.sanne]) {
      const res = await send(api, 'attendToolboxMeeting', { chainId: chain.chainId, meetingId }, worker.token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.attendToolboxMeeting.eventIds).toHaveLength(2);
    }
    const list = await send(api, 'recordToolboxAttendanceList', { chainId: chain.chainId, meetingId, workerPartyId: cast.agency.id, workerIds: [cast.workers.tomasz.id] }, cast.steel.token);
    expect(list.errors).toBeUndefined();

    const res = await api.gql(MEETINGS, { chainId: chain.chainId }, cast.principal.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.toolboxMeetings).toEqual([
      {
        id: meetingId,
        site: 'Galerij 3, Hoogstraat',
        language: 'nl',
        leaderName: 'Kees Visser (uitvoerder)',
        organizerName: 'Staalbouw Noord',
        ownCount: 2,
        proxyCount: 1,
        instructions: [{ version: 1, title: 'Werken op hoogte' }],
        attendees: [
          { workerName: 'Marek Kowalski', partyName: 'Flex Uitzendbureau', channel: 'OWN', ownAcknowledgement: true, recordedByName: 'Flex Uitzendbureau' },
          { workerName: 'Sanne Bakker', partyName: 'Staalbouw Noord', channel: 'OWN', ownAcknowledgement: true, recordedByName: 'Staalbouw Noord' },
          { workerName: 'Tomasz Zielinski', partyName: 'Flex Uitzendbureau', channel: 'PROXY', ownAcknowledgement: false, recordedByName: 'Staalbouw Noord' },
        ],
      },
    ]);

    // only the two own attendances are acknowledgements: Tomasz, on the paper list, is still MISSING
    const status = (await api.gql(STATUS, { id: chain.chainId }, cast.principal.token)).data!.chain.instructions[0].status as { workerId: string | null; status: string; channel: string | null }[];
    const of = (id: string) => status.find((s) => s.workerId === id);
    expect(of(cast.workers.marek.id)).toMatchObject({ status: 'CURRENT', channel: 'OWN_ACCOUNT' });
    expect(of(cast.workers.sanne.id)).toMatchObject({ status: 'CURRENT', channel: 'OWN_ACCOUNT' });
    expect(of(cast.workers.tomasz.id)).toMatchObject({ status: 'MISSING', channel: null });

    const timeline = (await api.gql(TIMELINE, { chainId: chain.chainId }, cast.principal.token)).data!.timeline.entries.map((e: { summary: string }) => e.summary);
    expect(timeline).toContain('Tomasz Zielinski of Flex Uitzendbureau attended a toolbox meeting (PROXY: from a paper list typed in by Staalbouw Noord; no acknowledgement)');
  });

  it('a manager cannot attend by the QR code, nobody attends twice, and only the organizer or the workers\' party types a list; nothing is written', async () => {
    const before = await api.eventCount();
    const manager = await send(api, 'attendToolboxMeeting', { chainId: chain.chainId, meetingId }, cast.agency.token);
    expect(manager.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const twice = await send(api, 'attendToolboxMeeting', { chainId: chain.chainId, meetingId }, cast.workers.marek.token);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOOLBOX_ALREADY_ATTENDED' });
    const stranger = await send(api, 'recordToolboxAttendanceList', { chainId: chain.chainId, meetingId, workerPartyId: cast.agency.id, workerIds: [cast.workers.tomasz.id] }, cast.main.token);
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOOLBOX_LIST_NOT_ALLOWED' });
    const unknown = await send(api, 'attendToolboxMeeting', { chainId: chain.chainId, meetingId: chain.chainId }, cast.workers.tomasz.token);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'TOOLBOX_MEETING_NOT_FOUND' });
    expect(await api.eventCount()).toBe(before);
  });
}

describe('toolbox meetings (SQLite)', () => {
  describeToolbox(() => startApi());
});

describePostgres('toolbox meetings (PostgreSQL)', () => {
  let database: TestDatabase;
  describeToolbox(async () => {
    database = await createTestDatabase('schakel_toolbox');
    return startApi({ SCHAKEL_STORE: 'postgres', DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await database?.drop();
  });
});
