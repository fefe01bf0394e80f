import { acknowledgementStatusRows, type AcknowledgementStatusInput } from './acknowledgement-status';

type Ack = { partyId: string; workerId: string | null; version: number; acknowledgedAt: string; retracted: boolean; understood: boolean; channel?: string; recordedAt: string; eventId: string };

// entries are made in the order they are recorded
let recorded = 0;
const stamp = () => {
  recorded += 1;
  return { recordedAt: `2026-03-01T08:00:00.${String(recorded).padStart(3, '0')}Z`, eventId: `e-${String(recorded).padStart(4, '0')}` };
};
type InstructionStatusInput = AcknowledgementStatusInput<Ack>;

/** The rows as the read model shows them: the latest acknowledgement's time and channel. */
const instructionStatus = (input: InstructionStatusInput) =>
  acknowledgementStatusRows(input).map(({ latest, currentVersion: _current, ...row }) => ({
    ...row,
    acknowledgedAt: latest?.acknowledgedAt ?? null,
    channel: latest?.channel ?? null,
  }));

const receipt = (partyId: string, version: number, retracted = false) => ({ partyId, version, retracted, ...stamp() });
const ack = (partyId: string, workerId: string | null, version: number, acknowledgedAt: string, retracted = false, understood = true) => ({
  partyId,
  workerId,
  version,
  acknowledgedAt,
  retracted,
  understood,
  ...stamp(),
});

const base: InstructionStatusInput = {
  issuerPartyId: 'M',
  currentVersion: 2,
  receipts: [receipt('S', 1), receipt('Z', 1), receipt('S', 2), receipt('Z', 2)],
  acknowledgements: [],
  workers: [
    { workerId: 'w-z', partyId: 'Z', relation: 'EMPLOYEE' },
    { workerId: 'w-m', partyId: 'M', relation: 'EMPLOYEE' },
    { workerId: 'w-other', partyId: 'OTHER', relation: 'EMPLOYEE' },
  ],
};

describe('acknowledgementStatusRows (who has acknowledged, now and then)', () => {
  it('lists the issuer\'s workers and every receiving party, each followed by its workers; nobody acknowledged: MISSING', () => {
    expect(instructionStatus(base)).toEqual([
      { partyId: 'M', workerId: 'w-m', status: 'MISSING', acknowledgedVersion: null, receivedVersion: 2, acknowledgedAt: null, channel: null },
      { partyId: 'S', workerId: null, status: 'MISSING', acknowledgedVersion: null, receivedVersion: 2, acknowledgedAt: null, channel: null },
      { partyId: 'Z', workerId: null, status: 'MISSING', acknowledgedVersion: null, receivedVersion: 2, acknowledgedAt: null, channel: null },
      { partyId: 'Z', workerId: 'w-z', status: 'MISSING', acknowledgedVersion: null, receivedVersion: 2, acknowledgedAt: null, channel: null },
    ]);
  });

  it('does not count a signature in a language the worker does not read: still MISSING, until one he reads', () => {
    const unread = ack('Z', 'w-z', 2, 't1', false, false);
    expect(instructionStatus({ ...base, acknowledgements: [unread] }).find((r) => r.workerId === 'w-z')).toMatchObject({ status: 'MISSING' });
    const read = ack('Z', 'w-z', 2, 't2');
    expect(instructionStatus({ ...base, acknowledgements: [unread, read] }).find((r) => r.workerId === 'w-z')).toMatchObject({ status: 'CURRENT', acknowledgedAt: 't2' });
  });

  it('lists the issuer itself only once it acknowledged', () => {
    const rows = instructionStatus({ ...base, acknowledgements: [ack('M', null, 2, 't1')] });
    expect(rows[0]).toMatchObject({ partyId: 'M', workerId: null, status: 'CURRENT' });
  });

  it('is CURRENT for the current version and STALE for an older one, with the latest acknowledgement', () => {
    const rows = instructionStatus({
      ...base,
      acknowledgements: [ack('S', null, 1, 't1'), ack('S', null, 2, 't2'), ack('Z', 'w-z', 1, 't3')],
    });
    expect(rows.find((r) => r.partyId === 'S' && r.workerId === null)).toEqual({
      partyId: 'S',
      workerId: null,
      status: 'CURRENT',
      acknowledgedVersion: 2,
      receivedVersion: 2,
      acknowledgedAt: 't2',
      channel: null,
    });
    expect(rows.find((r) => r.workerId === 'w-z')).toMatchObject({ status: 'STALE', acknowledgedVersion: 1, acknowledgedAt: 't3' });
    // a worker's acknowledgement is not its party's
    expect(rows.find((r) => r.partyId === 'Z' && r.workerId === null)?.status).toBe('MISSING');
  });

  it('does not count retracted acknowledgements or receipts', () => {
    const rows = instructionStatus({
      ...base,
      receipts: [receipt('S', 1), receipt('S', 2, true), receipt('Q', 1, true)],
      acknowledgements: [ack('S', null, 1, 't1'), ack('S', null, 2, 't2', true)],
    });
    expect(rows.find((r) => r.partyId === 'S')).toMatchObject({ status: 'STALE', acknowledgedVersion: 1, receivedVersion: 1 });
    expect(rows.some((r) => r.partyId === 'Q')).toBe(false);
  });

  it('keeps a party that acknowledged even when its receipt was retracted', () => {
    const rows = instructionStatus({
      ...base,
      receipts: [receipt('S', 2, true)],
      acknowledgements: [ack('S', null, 2, 't2')],
    });
    expect(rows.find((r) => r.partyId === 'S')).toMatchObject({ status: 'CURRENT', receivedVersion: null });
  });

  it('lists a worker who acknowledged even if its registration is unknown', () => {
    const rows = instructionStatus({ ...base, workers: [], acknowledgements: [ack('Z', 'w-new', 2, 't9')] });
    expect(rows.filter((r) => r.partyId === 'Z').map((r) => [r.workerId, r.status])).toEqual([
      [null, 'MISSING'],
      ['w-new', 'CURRENT'],
    ]);
  });

  it('shows a zzp\'er once: the person\'s own acknowledgements as a party count on its SELF worker', () => {
    const workers = [{ workerId: 'jan-self', partyId: 'Z', relation: 'SELF' }];
    const rows = instructionStatus({ ...base, workers, acknowledgements: [ack('Z', null, 2, 't1')] });
    expect(rows.filter((r) => r.partyId === 'Z')).toEqual([
      { partyId: 'Z', workerId: 'jan-self', status: 'CURRENT', acknowledgedVersion: 2, receivedVersion: 2, acknowledgedAt: 't1', channel: null },
    ]);
    const viaWorker = instructionStatus({ ...base, workers, acknowledgements: [ack('Z', 'jan-self', 1, 't1'), ack('Z', null, 2, 't2')] });
    expect(viaWorker.filter((r) => r.partyId === 'Z').map((r) => [r.workerId, r.status, r.acknowledgedAt])).toEqual([['jan-self', 'CURRENT', 't2']]);
  });

  it('lists a registered worker who never acknowledged as MISSING, and no worker of a party outside the instruction', () => {
    const rows = instructionStatus(base);
    expect(rows.find((r) => r.workerId === 'w-z')).toMatchObject({ status: 'MISSING' });
    expect(rows.some((r) => r.workerId === 'w-other')).toBe(false);
  });
});
