import type { PartyId, WorkerId } from '../../shared/values';

export type AcknowledgementStatus = 'CURRENT' | 'STALE' | 'MISSING';

/**
 * What the status of one instruction is computed from, in plain rows that a fold of the chain
 * (then) and the read-model tables (now) can both supply. Receipts and acknowledgements are put in
 * recorded order here (recorded time, then event id), so the answer does not depend on the order a
 * caller read them in; workers come in registration order (recorded time, then worker id).
 */
export type AcknowledgementStatusInput<A extends CountedAcknowledgement> = {
  issuerPartyId: PartyId;
  currentVersion: number;
  /** Pass-downs of any version; a retracted one does not count. */
  receipts: readonly ({ partyId: PartyId; version: number; retracted: boolean } & RecordedEntry)[];
  acknowledgements: readonly A[];
  /** Workers registered (by that moment) with the parties concerned; others are ignored. */
  workers: readonly { workerId: WorkerId; partyId: PartyId; relation: string }[];
};

/** When an entry was recorded, and its event: the order entries are weighed in. */
export type RecordedEntry = { recordedAt: string; eventId: string };

const inRecordedOrder = <E extends RecordedEntry>(entries: readonly E[]): E[] =>
  [...entries].sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));

/** The part of an acknowledgement the status weighs; callers carry their own stamp alongside. */
export type CountedAcknowledgement = RecordedEntry & {
  partyId: PartyId;
  workerId: WorkerId | null;
  version: number;
  retracted: boolean;
  /** false: signed in a language the worker does not read — on record, but it does not count. */
  understood: boolean;
};

/** One party (workerId null) or one of its workers, for the current version. */
export type AcknowledgementStatusRowOf<A> = {
  partyId: PartyId;
  workerId: WorkerId | null;
  status: AcknowledgementStatus;
  currentVersion: number;
  acknowledgedVersion: number | null;
  /** The latest acknowledgement that counts, as the caller gave it. */
  latest: A | null;
  /** Latest version the party received (the issuer holds the current one). */
  receivedVersion: number | null;
};

const key = (partyId: string, workerId: string | null) => `${partyId}\u0000${workerId ?? ''}`;

/**
 * Who has acknowledged an instruction: the one rule behind the status now (read models) and then
 * (the replay).
 *
 * One row for each party that received any version or acknowledged one, each followed by one row
 * per worker registered with it (and per worker that acknowledged, registered or not). The issuer's
 * workers are listed — they must be instructed too — the issuer itself only when it acknowledged.
 * A person working as a zzp'er is one row: the party's own acknowledgements and those of its SELF
 * worker are the same person's, shown on the SELF worker. Retracted receipts and
 * acknowledgements do not count, nor one signed in a language the worker does not read.
 * One pass over the acknowledgements, so thousands of them cost no more than reading them.
 */
export function acknowledgementStatusRows<A extends CountedAcknowledgement>(input: AcknowledgementStatusInput<A>): AcknowledgementStatusRowOf<A>[] {
  const received = new Map<PartyId, number>();
  const parties: PartyId[] = [input.issuerPartyId];
  const seenParty = new Set<PartyId>(parties);
  const addParty = (partyId: PartyId) => {
    if (!seenParty.has(partyId)) {
      seenParty.add(partyId);
      parties.push(partyId);
    }
  };
  for (const receipt of inRecordedOrder(input.receipts)) {
    if (receipt.retracted) continue;
    addParty(receipt.partyId);
    received.set(receipt.partyId, Math.max(received.get(receipt.partyId) ?? 0, receipt.version));
  }

  const selfOf = new Map<PartyId, WorkerId>();
  for (const worker of input.workers) if (worker.relation === 'SELF' && !selfOf.has(worker.partyId)) selfOf.set(worker.partyId, worker.workerId);
  // the person behind a zzp'er party: its own acknowledgements count on its SELF worker
  const personOf = (partyId: PartyId, workerId: WorkerId | null): WorkerId | null => workerId ?? selfOf.get(partyId) ?? null;

  const latest = new Map<string, A>();
  const workersOf = new Map<PartyId, WorkerId[]>();
  const seenWorker = new Set<string>();
  const addWorker = (partyId: PartyId, workerId: WorkerId) => {
    const k = key(partyId, workerId);
    if (seenWorker.has(k)) return;
    seenWorker.add(k);
    const list = workersOf.get(partyId);
    if (list) list.push(workerId);
    else workersOf.set(partyId, [workerId]);
  };
  for (const worker of input.workers) addWorker(worker.partyId, worker.workerId);
  for (const ack of inRecordedOrder(input.acknowledgements)) {
    if (ack.retracted || !ack.understood) continue;
    addParty(ack.partyId);
    const person = personOf(ack.partyId, ack.workerId);
    if (person !== null) addWorker(ack.partyId, person);
    const k = key(ack.partyId, person);
    const before = latest.get(k);
    if (before === undefined || ack.version > before.version) latest.set(k, ack);
  }

  const row = (partyId: PartyId, workerId: WorkerId | null): AcknowledgementStatusRowOf<A> => {
    const ack = latest.get(key(partyId, workerId)) ?? null;
    return {
      partyId,
      workerId,
      status: ack === null ? 'MISSING' : ack.version === input.currentVersion ? 'CURRENT' : 'STALE',
      currentVersion: input.currentVersion,
      acknowledgedVersion: ack?.version ?? null,
      latest: ack,
      receivedVersion: partyId === input.issuerPartyId ? input.currentVersion : (received.get(partyId) ?? null),
    };
  };

  const rows: AcknowledgementStatusRowOf<A>[] = [];
  for (const partyId of parties) {
    const workers = workersOf.get(partyId) ?? [];
    const self = selfOf.get(partyId);
    const partyRow = row(partyId, null);
    const listParty = partyId === input.issuerPartyId ? partyRow.status !== 'MISSING' : self === undefined || !workers.includes(self);
    if (listParty) rows.push(partyRow);
    for (const workerId of workers) rows.push(row(partyId, workerId));
  }
  return rows;
}
