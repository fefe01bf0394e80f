import { In, type DataSource } from 'typeorm';
import { NO_INTERRUPTION, type ReadInterruptionSource } from '../runner/read-interruption';
import { guardedDb, type GuardedDb } from '../query-support';
import { PartyRow } from './party.entity';
import { toPartyView, toWorkerView, type PartyView, type WorkerView } from './party.views';
import { WorkerRow } from './worker.entity';

/** Most parties one search answers. */
export const MAX_PARTY_SEARCH_RESULTS = 50;

/** Parties and workers as the read model holds them now. */
export class PartyQueries {
  constructor(dataSource: DataSource, interruption: ReadInterruptionSource = NO_INTERRUPTION) {
    this.db = guardedDb(dataSource, interruption);
  }

  private readonly db: GuardedDb;

  async party(id: string): Promise<PartyView | null> {
    const row = await this.db().getRepository(PartyRow).findOneBy({ id });
    return row ? toPartyView(row) : null;
  }

  /** The known parties among `ids`, by registration (recorded) time then id. */
  async parties(ids: readonly string[]): Promise<PartyView[]> {
    if (ids.length === 0) return [];
    const rows = await this.db()
      .getRepository(PartyRow)
      .find({ where: { id: In([...new Set(ids)]) }, order: { recordedAt: 'ASC', id: 'ASC' } });
    return rows.map(toPartyView);
  }

  async workers(partyId: string): Promise<WorkerView[]> {
    const rows = await this.db()
      .getRepository(WorkerRow)
      .find({ where: { partyId }, order: { recordedAt: 'ASC', id: 'ASC' } });
    return rows.map(toWorkerView);
  }

  /** A worker of the party (worker ids are the party's own: another party may use the same one). */
  async worker(partyId: string, id: string): Promise<WorkerView | null> {
    const row = await this.db().getRepository(WorkerRow).findOneBy({ partyId, id });
    return row ? toWorkerView(row) : null;
  }

  /** The party registered with a KvK number, if any. */
  async partyByKvk(kvkNumber: string): Promise<PartyView | null> {
    const row = await this.db().getRepository(PartyRow).findOne({ where: { kvkNumber }, order: { recordedAt: 'ASC' } });
    return row ? toPartyView(row) : null;
  }

  /** Parties whose KvK number is `query`, or whose name contains it (any case); by name, at most `limit`. */
  async search(query: string, limit: number): Promise<PartyView[]> {
    const take = Math.max(1, Math.min(limit, MAX_PARTY_SEARCH_RESULTS));
    const text = query.trim().toLowerCase();
    const pattern = `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    const rows = await this.db()
      .getRepository(PartyRow)
      .createQueryBuilder('party')
      .where("party.kvkNumber = :kvk OR LOWER(party.name) LIKE :pattern ESCAPE '\\'", { kvk: text, pattern })
      .orderBy('party.name', 'ASC')
      .addOrderBy('party.id', 'ASC')
      .limit(take)
      .getMany();
    return rows.map(toPartyView);
  }
}
