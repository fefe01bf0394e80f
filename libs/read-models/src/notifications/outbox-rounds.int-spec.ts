import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { LoggedEvent } from '@schakel/event-store';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { openReadModels } from '../read-model-database';
import type { ReadModelLocation } from '../read-model-database';
import { NoticeDeliveryRow } from './notice-delivery.entity';
import { outboxProjection } from './outbox.projection';

// A redelivery begins a new round of a delivery while the outbox may not yet have read the record of
// the round before: that record must not mark the new round sent (it would never go out).

const ID = 'a'.repeat(64);

function row(round: number): NoticeDeliveryRow {
  return {
    id: ID,
    sourceEventId: '01a00000-0000-7000-8000-000000000001',
    sourceType: 'IncidentNotified',
    trigger: 'INCIDENT_NOTIFIED',
    channel: 'WEBHOOK',
    chainId: '01a00000-0000-7000-8000-000000000002',
    partyId: '01a00000-0000-7000-8000-000000000003',
    fromPartyId: '01a00000-0000-7000-8000-000000000004',
    userId: null,
    workerId: null,
    endpointId: '01a00000-0000-7000-8000-000000000005',
    address: 'https://hooks.example.nl/schakel',
    language: 'en',
    instructionId: null,
    version: null,
    incidentId: '01a00000-0000-7000-8000-000000000006',
    grantId: null,
    credentialId: null,
    label: null,
    batchId: null,
    deadline: null,
    body: '{}',
    status: 'PENDING',
    attempts: 0,
    digest: false,
    round,
    createdAt: '2026-09-14T06:00:00.000Z',
    nextAttemptAt: '2026-09-14T06:00:00.000Z',
    firstAttemptAt: null,
    sentAt: null,
    lastError: null,
  } as NoticeDeliveryRow;
}

function sent(round: number | undefined, n: number): LoggedEvent {
  const data = { deliveryId: ID, chainId: null, trigger: 'INCIDENT_NOTIFIED', channel: 'WEBHOOK', recipient: {}, subject: {}, sourceEventId: 'x', attempts: 1, ...(round === undefined ? {} : { round }) };
  return { eventId: `e${n}`, type: 'NoticeSent', data, occurredAt: '2026-09-14T06:00:01.000Z', recordedAt: '2026-09-14T06:00:01.000Z' } as unknown as LoggedEvent;
}

function outboxRounds(open: () => Promise<{ location: ReadModelLocation; dispose(): Promise<void> }>): void {
  let dataSource: DataSource;
  let dispose: () => Promise<void>;
  const projection = outboxProjection({ directReportHours: 24 });
  const apply = (event: LoggedEvent) => dataSource.transaction((manager) => projection.apply(event, manager));
  const status = async () => (await dataSource.getRepository(NoticeDeliveryRow).findOneByOrFail({ id: ID })).status;

  beforeAll(async () => {
    const opened = await open();
    dispose = opened.dispose;
    dataSource = await openReadModels(opened.location);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await dispose?.();
  });
  beforeEach(() => dataSource.getRepository(NoticeDeliveryRow).clear());

  it("an earlier round's record leaves a redelivered round PENDING; its own round's record marks it SENT", async () => {
    await dataSource.getRepository(NoticeDeliveryRow).insert(row(1));
    await apply(sent(0, 1));
    expect(await status()).toBe('PENDING');
    await apply(sent(1, 2));
    expect(await status()).toBe('SENT');
  });

  it('a record from before rounds were recorded still marks its delivery', async () => {
    await dataSource.getRepository(NoticeDeliveryRow).insert(row(0));
    await apply(sent(undefined, 3));
    expect(await status()).toBe('SENT');
  });
}

describe('outbox rounds (SQLite)', () =>
  outboxRounds(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-outbox-'));
    return { location: { kind: 'sqlite', path: join(dir, 'read-models.db') }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }));
describePostgres('outbox rounds (PostgreSQL)', () =>
  outboxRounds(async () => {
    const db: TestDatabase = await createTestDatabase('schakel_outbox_rounds');
    return { location: { kind: 'postgres', url: db.url }, dispose: () => db.drop() };
  }));
