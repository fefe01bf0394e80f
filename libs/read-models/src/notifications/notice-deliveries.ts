import { In, LessThanOrEqual, type DataSource, type FindOptionsWhere } from 'typeorm';
import { ChainRow } from '../chains/chain.entity';
import { NoticeDeliveryRow } from './notice-delivery.entity';
import { NoticePreferenceRow, type NoticeMode } from './notice-preference.entity';
import { NoticeWatchRow } from './notice-watch.entity';
import { MemberRow } from '../members/member.entity';
import { WebhookEndpointRow } from './webhook-endpoint.entity';

export type DeliveryPage = { total: number; rows: NoticeDeliveryRow[] };

/** The outbox's rows as the channel workers and the API read and move them. */
export class NoticeDeliveries {
  constructor(private readonly dataSource: DataSource) {}

  private get rows() {
    return this.dataSource.getRepository(NoticeDeliveryRow);
  }

  /** PENDING messages whose time has come, oldest first. */
  due(now: string, limit: number): Promise<NoticeDeliveryRow[]> {
    return this.rows.find({ where: { status: 'PENDING', nextAttemptAt: LessThanOrEqual(now) }, order: { nextAttemptAt: 'ASC', id: 'ASC' }, take: limit });
  }

  /**
   * Takes a due message for one attempt: only the process whose update finds it as it was read gets
   * it (two processes on one SQLite file, or a lease that changed hands, never send it together);
   * until `until` nobody else takes it, after that it is due again (the sender died).
   */
  async claim(row: NoticeDeliveryRow, until: string): Promise<boolean> {
    const result = await this.rows.update({ id: row.id, status: 'PENDING', nextAttemptAt: row.nextAttemptAt }, { nextAttemptAt: until });
    return (result.affected ?? 0) > 0;
  }

  /** Since when the watch `name` tells: set by the first call (to `now`), the same ever after. */
  async watchSince(name: string, now: string): Promise<string> {
    const watches = this.dataSource.getRepository(NoticeWatchRow);
    await watches.createQueryBuilder().insert().values({ name, since: now }).orIgnore().execute();
    return (await watches.findOneByOrFail({ name })).since;
  }

  /** Adds messages the outbox derived; a row whose id (its idempotency key) is there already is left as it is. */
  async derive(rows: readonly NoticeDeliveryRow[]): Promise<void> {
    if (rows.length > 0) await this.rows.createQueryBuilder().insert().values([...rows]).orIgnore().execute();
  }

  /** A party's MANAGER members: who reads what the party must do. */
  managersOf(partyId: string): Promise<MemberRow[]> {
    return this.dataSource.getRepository(MemberRow).find({ where: { partyId, role: 'MANAGER' }, order: { userId: 'ASC' } });
  }

  /** Chains with an entry recorded after `after` (ISO), or every chain; oldest change first. */
  chainsChangedAfter(after: string | null): Promise<{ id: string; lastRecordedAt: string }[]> {
    const query = this.dataSource.getRepository(ChainRow).createQueryBuilder('c').select(['c.id', 'c.lastRecordedAt']).orderBy('c.lastRecordedAt', 'ASC').addOrderBy('c.id', 'ASC');
    if (after !== null) query.where('c.lastRecordedAt > :after', { after });
    return query.getMany();
  }

  byId(id: string): Promise<NoticeDeliveryRow | null> {
    return this.rows.findOneBy({ id });
  }

  async markSent(id: string, at: string, attempts: number): Promise<void> {
    await this.rows.update({ id, status: 'PENDING' }, { status: 'SENT', sentAt: at, attempts, lastError: null });
  }

  async markFailed(id: string, attempts: number, error: string): Promise<void> {
    await this.rows.update({ id, status: 'PENDING' }, { status: 'FAILED', attempts, lastError: error });
  }

  /** No longer needed when its time came (nothing left to remind of): nothing is sent or recorded. */
  async markWithdrawn(id: string, why: string): Promise<void> {
    await this.rows.update({ id, status: 'PENDING' }, { status: 'WITHDRAWN', lastError: why });
  }

  async markOff(id: string): Promise<void> {
    await this.rows.update({ id, status: 'PENDING' }, { status: 'OFF' });
  }

  async retryLater(id: string, attempts: number, firstAttemptAt: string, nextAttemptAt: string, error: string): Promise<void> {
    await this.rows.update({ id, status: 'PENDING' }, { attempts, firstAttemptAt, nextAttemptAt, lastError: error });
  }

  /** The member takes it in the digest: it waits until the digest goes out. */
  async toDigest(id: string, at: string): Promise<void> {
    await this.rows.update({ id, status: 'PENDING' }, { digest: true, nextAttemptAt: at });
  }

  /** A sent or failed webhook delivery goes out again (a new round, recorded again); false when there is none to send. */
  async redeliver(id: string, now: string): Promise<boolean> {
    const row = await this.byId(id);
    if (!row || row.channel !== 'WEBHOOK' || (row.status !== 'SENT' && row.status !== 'FAILED')) return false;
    const result = await this.rows.update({ id, status: row.status }, { status: 'PENDING', round: row.round + 1, attempts: 0, firstAttemptAt: null, nextAttemptAt: now, lastError: null });
    return (result.affected ?? 0) > 0;
  }

  page(where: FindOptionsWhere<NoticeDeliveryRow>, first: number, offset: number): Promise<DeliveryPage> {
    return this.rows.findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, take: first, skip: offset }).then(([rows, total]) => ({ rows, total }));
  }

  /** Chain names by id, for lists of deliveries. */
  async chainNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(ChainRow).find({ select: { id: true, name: true }, where: { id: In([...ids]) } });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async mode(partyId: string, userId: string, trigger: string): Promise<NoticeMode> {
    const row = await this.dataSource.getRepository(NoticePreferenceRow).findOneBy({ partyId, userId, trigger });
    return row?.mode ?? 'IMMEDIATE';
  }

  async setMode(partyId: string, userId: string, trigger: string, mode: NoticeMode, now: string): Promise<void> {
    await this.dataSource.getRepository(NoticePreferenceRow).upsert({ partyId, userId, trigger, mode, updatedAt: now }, ['partyId', 'userId', 'trigger']);
  }

  preferences(partyId: string, userId: string): Promise<NoticePreferenceRow[]> {
    return this.dataSource.getRepository(NoticePreferenceRow).find({ where: { partyId, userId }, order: { trigger: 'ASC' } });
  }

  endpoint(id: string): Promise<WebhookEndpointRow | null> {
    return this.dataSource.getRepository(WebhookEndpointRow).findOneBy({ id });
  }

  endpointsOf(partyId: string): Promise<WebhookEndpointRow[]> {
    return this.dataSource.getRepository(WebhookEndpointRow).find({ where: { partyId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async addEndpoint(row: WebhookEndpointRow): Promise<void> {
    await this.dataSource.getRepository(WebhookEndpointRow).insert(row);
  }
}
