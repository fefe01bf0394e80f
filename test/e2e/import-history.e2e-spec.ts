import { createHash } from 'node:crypto';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { registerCast, type Cast } from './chain-story';
import { chainBeforeImport, exampleFor, IMPORT } from './import-history';

// Story 8 over GraphQL: given a chain opened live, when the main contractor imports its history
// from the documented example file, then every entry keeps its claimed date, is recorded now,
// carries the importer and the file's SHA-256, and every view shows it as imported.
describe('importChainHistory over GraphQL', () => {
  let api: ApiHarness;
  let cast: Cast;
  let chainId: string;
  let file: string;

  beforeAll(async () => {
    api = await startApi();
    cast = await registerCast(api);
    chainId = await chainBeforeImport(api, cast);
    file = exampleFor(cast, chainId);
  });
  afterAll(() => api?.close());

  it('refuses a file with one bad row, naming the row and the reason, and writes nothing', async () => {
    const bad = JSON.parse(file);
    bad.entries[7].workerId = '0190a000-0000-7000-8000-0000000009ff'; // no such worker
    const before = await api.eventCount();
    const res = await api.gql(IMPORT, { input: { content: JSON.stringify(bad) } }, cast.main.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WORKER_NOT_FOUND', row: 8 });
    expect(res.errors?.[0].message).toMatch(/^row 8: /);
    expect(await api.eventCount()).toBe(before);
  });

  it('refuses an import of acts of a party above the importer, and a file that is not the format', async () => {
    const above = JSON.parse(file);
    above.entries[3].by = cast.principal.id;
    const res = await api.gql(IMPORT, { input: { content: JSON.stringify(above) } }, cast.main.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_ROW_NOT_OWN', row: 4 });
    const untitled = JSON.parse(file);
    delete untitled.entries[2].content[1].title;
    const noTitle = await api.gql(IMPORT, { input: { content: JSON.stringify(untitled) } }, cast.main.token);
    expect(noTitle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_ROW_INVALID', row: 3 });
    const notJson = await api.gql(IMPORT, { input: { content: 'date;party\n2026-03-01;x' } }, cast.main.token);
    expect(notJson.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_FILE_INVALID', row: 0 });
  });

  it('refuses an importer that is not in the chain', async () => {
    const res = await api.gql(IMPORT, { input: { content: file } }, cast.outsider.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'IMPORT_NOT_IN_CHAIN' });
  });

  it('imports the example file: claimed dates as valid time, recorded now, marked with importer and file hash', async () => {
    const started = Date.now();
    const res = await api.gql(IMPORT, { input: { content: file } }, cast.main.token);
    expect(res.errors).toBeUndefined();
    const payload = res.data!.importChainHistory;
    const sha256 = createHash('sha256').update(Buffer.from(file, 'utf8')).digest('hex');
    expect(payload).toMatchObject({ chainId, sourceSha256: sha256, entries: 12, streamId: `chain-${chainId}`, version: 13 });

    const stored = await api.store.readStream(`chain-${chainId}`, { fromVersion: 2 });
    expect(stored.map((e) => e.type)).toEqual([
      'PartyEngaged', 'PartyEngaged', 'SafetyInstructionIssued', 'SafetyInstructionPassedDown', 'SafetyInstructionPassedDown',
      'SafetyInstructionAcknowledged', 'SafetyInstructionAcknowledged', 'SafetyInstructionAcknowledged',
      'IncidentReported', 'IncidentNotified', 'IncidentNotified', 'IncidentReported',
    ]);
    for (const e of stored) {
      expect(e.actor).toMatchObject({ partyId: cast.main.id, role: 'MANAGER', importedFrom: { sourceSha256: sha256, importId: payload.importId } });
      expect(Date.parse(e.recordedAt)).toBeGreaterThanOrEqual(started - 1000);
    }
    expect(stored[0].occurredAt).toBe('2026-02-20T09:00:00.000Z');
    expect(stored[8].occurredAt).toBe('2026-04-14T10:20:00.000Z');
    // the paper list as it was: Tomasz signed the Dutch text he does not read
    expect(stored[7].data).toMatchObject({ partyId: cast.agency.id, workerId: cast.workers.tomasz.id, language: 'nl', understood: false });
  });

  it('refuses the same file twice: its history is on record once', async () => {
    const before = await api.eventCount();
    const res = await api.gql(IMPORT, { input: { content: file } }, cast.main.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_ALREADY_IMPORTED' });
    expect(await api.eventCount()).toBe(before);
  });

  it('the principal\'s screen keeps a worker who signed a text he cannot read as MISSING', async () => {
    const res = await api.gql(
      `query($id: ID!) { chain(id: $id) { instructions { versions { acknowledgements { workerId understood } } status { workerId status } } } }`,
      { id: chainId },
      cast.principal.token,
    );
    expect(res.errors).toBeUndefined();
    const acks = res.data!.chain.instructions[0].versions[0].acknowledgements as Array<{ workerId: string; understood: boolean }>;
    expect(acks.find((a) => a.workerId === cast.workers.tomasz.id)).toMatchObject({ understood: false });
    const status = res.data!.chain.instructions[0].status as Array<{ workerId: string | null; status: string }>;
    expect(status.find((s) => s.workerId === cast.workers.tomasz.id)).toMatchObject({ status: 'MISSING' });
    expect(status.find((s) => s.workerId === cast.workers.marek.id)).toMatchObject({ status: 'CURRENT' });
  });

  it('the timeline shows every imported entry as imported, by whom, from which file', async () => {
    const res = await api.gql(
      `query($chainId: ID!) { timeline(chainId: $chainId, clock: OCCURRED) { entries { type flags imported { importerName sourceSha256 } } } }`,
      { chainId },
      cast.principal.token,
    );
    expect(res.errors).toBeUndefined();
    const entries = res.data!.timeline.entries as Array<{ type: string; flags: string[]; imported: { importerName: string } | null }>;
    const imported = entries.filter((e) => e.imported !== null);
    expect(imported).toHaveLength(12);
    for (const e of imported) {
      expect(e.flags).toContain('IMPORTED');
      expect(e.imported!.importerName).toBe('Bouwbedrijf Van Dijk');
    }
    expect(entries.filter((e) => e.imported === null).map((e) => e.type)).toEqual(['ChainOpened', 'PartyEngaged']);
  });

  it('the accident replay shows the imported acknowledgements as imported, and which one was not understood', async () => {
    const { data: chain } = await api.gql(`query($id: ID!) { chain(id: $id) { incidents { id happenedAt } } }`, { id: chainId }, cast.principal.token);
    const fall = (chain!.chain.incidents as Array<{ id: string; happenedAt: string }>).find((i) => i.happenedAt.startsWith('2026-04-14'))!.id;
    const res = await api.gql(
      `query($chainId: ID!, $incidentId: ID!) { accidentReplay(chainId: $chainId, incidentId: $incidentId) {
         instructions { acknowledgements { workerId entry understood } }
         recordedAfterAccident { eventId imported } } }`,
      { chainId, incidentId: fall },
      cast.principal.token,
    );
    expect(res.errors).toBeUndefined();
    const acks = res.data!.accidentReplay.instructions[0].acknowledgements as Array<{ workerId: string; entry: string; understood: boolean }>;
    expect(acks).toHaveLength(3);
    expect(acks.every((a) => a.entry === 'IMPORTED')).toBe(true);
    expect(acks.find((a) => a.workerId === cast.workers.tomasz.id)).toMatchObject({ understood: false });
    // the live link was entered after the fall too, but typed in here, not imported
    const importedIds = new Set((await api.store.readStream(`chain-${chainId}`)).filter((e) => e.actor.importedFrom).map((e) => e.eventId));
    const after = res.data!.accidentReplay.recordedAfterAccident as Array<{ eventId: string; imported: boolean }>;
    expect(after.filter((e) => e.imported).length).toBeGreaterThan(3);
    for (const e of after) expect(e.imported).toBe(importedIds.has(e.eventId));
  });
});
