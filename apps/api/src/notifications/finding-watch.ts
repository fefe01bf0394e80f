import { createHash } from 'node:crypto';
import { evaluateFindings, findingNotices, findingStillOpen, type ComplianceFacts, type Finding, type FindingNotice } from '@schakel/domain';
import { deliveryIdOf, WEBHOOK_TRIGGERS, type NoticeDeliveries, type NoticeDeliveryRow, type WorkQueue } from '@schakel/read-models';
import type { NotificationConfig } from '@schakel/infrastructure';
import type { ComplianceFactsReader } from '../compliance/findings/compliance-facts';
import { inTurn } from '../limits/fold-turns';

/** The watch whose start the outbox keeps: findings that arose before it are not mailed. */
const WATCH = 'findings';

/** A finding's identity as a fixed-length key (the row's column). */
export function findingKeyOf(identity: string): string {
  return createHash('sha256').update(identity).digest('hex');
}

/**
 * Findings are weighed, not read from one event: a deadline passes without any entry. So the outbox
 * weighs the chains whose log moved since its last round, and every chain every
 * `SCHAKEL_FINDING_SWEEP_MS`, and derives one delivery per finding, duty bearer, channel and
 * recipient, keyed by the finding's identity — the same log gives the same key, so weighing again
 * (the next round, another process after a restart) adds nothing (ADR 0017).
 */
export class FindingWatch {
  private lastSweepMs: number | null = null;
  private changedAfter: string | null = null;
  /** Since when findings are told: read once (it never moves). */
  private since: string | null = null;

  constructor(
    private readonly deliveries: NoticeDeliveries,
    private readonly facts: ComplianceFactsReader,
    private readonly queue: WorkQueue,
    private readonly config: NotificationConfig,
    /** A chain whose findings could not be weighed: the others go on, it is weighed again at the next sweep. */
    private readonly onError: (chainId: string, error: unknown) => void,
  ) {}

  /** Weighs the chains due for it at `nowMs` and adds the messages their findings ask for. */
  async derive(nowMs: number): Promise<void> {
    const now = new Date(nowMs).toISOString();
    this.since ??= await this.queue.run(() => this.deliveries.watchSince(WATCH, now));
    const since = this.since;
    // every chain once a sweep is due (or the clock went back), else those with new entries
    const sweep = this.lastSweepMs === null || nowMs - this.lastSweepMs >= this.config.findingSweepMs || nowMs < this.lastSweepMs;
    const chains = await this.deliveries.chainsChangedAfter(sweep ? null : this.changedAfter);
    if (sweep) this.lastSweepMs = nowMs;
    for (const chain of chains) {
      try {
        await this.weigh(chain.id, nowMs, since);
      } catch (error) {
        this.onError(chain.id, error);
      }
      if (this.changedAfter === null || chain.lastRecordedAt > this.changedAfter) this.changedAfter = chain.lastRecordedAt;
    }
  }

  /**
   * A finding's message weighed again when it is due: the finding as it stands and the facts that
   * name its parties, or why there is nothing to tell any more.
   */
  async stillToTell(row: NoticeDeliveryRow, nowMs: number): Promise<{ finding: Finding; facts: ComplianceFacts } | { withdrawn: string }> {
    if (!row.chainId || !row.findingKey || !row.deadline) return { withdrawn: 'not a finding' };
    const facts = await this.facts.facts(row.chainId);
    const isIt = (identity: string) => findingKeyOf(identity) === row.findingKey;
    if (row.trigger === 'FINDING_DEADLINE_NEAR') {
      if (nowMs >= Date.parse(row.deadline)) return { withdrawn: 'the deadline passed: the finding is told itself' };
      // a finding arises once its deadline has passed: weighed just after it
      const finding = findingStillOpen(await this.evaluate(facts, Date.parse(row.deadline) + 1), isIt);
      return finding ? { finding, facts } : { withdrawn: 'the duty was done before its deadline' };
    }
    const finding = findingStillOpen(await this.evaluate(facts, nowMs), isIt);
    return finding ? { finding, facts } : { withdrawn: 'the finding was resolved before it was told' };
  }

  private async weigh(chainId: string, nowMs: number, since: string): Promise<void> {
    const facts = await this.facts.facts(chainId);
    const current = await this.evaluate(facts, nowMs);
    const forecast = await this.evaluate(facts, nowMs + this.config.findingWarningHours * 3600_000);
    const notices = findingNotices(current, forecast, new Date(nowMs).toISOString(), since);
    if (notices.length === 0) return;
    const rows: NoticeDeliveryRow[] = [];
    for (const notice of notices) rows.push(...(await this.rowsFor(chainId, notice, nowMs)));
    await this.queue.run(() => this.deliveries.derive(rows));
  }

  /** The duty bearer's MANAGER members by e-mail, and its endpoints that asked for the trigger. */
  private async rowsFor(chainId: string, notice: FindingNotice, nowMs: number): Promise<NoticeDeliveryRow[]> {
    const now = new Date(nowMs).toISOString();
    const source = `${notice.identity}|${notice.partyId}`;
    const base = {
      sourceEventId: notice.finding.evidenceEventIds[0] ?? chainId,
      sourceType: 'Finding',
      trigger: notice.trigger,
      chainId,
      partyId: notice.partyId,
      fromPartyId: notice.partyId,
      workerId: null,
      instructionId: null,
      version: null,
      incidentId: null,
      grantId: null,
      credentialId: null,
      ruleId: notice.finding.ruleId,
      findingKey: findingKeyOf(notice.identity),
      label: notice.finding.title.slice(0, 300),
      batchId: null,
      deadline: notice.finding.arisenAt,
      status: 'PENDING' as const,
      attempts: 0,
      digest: false,
      round: 0,
      createdAt: now,
      nextAttemptAt: now,
      firstAttemptAt: null,
      sentAt: null,
      lastError: null,
    };
    const managers = await this.deliveries.managersOf(notice.partyId);
    const mails: NoticeDeliveryRow[] = managers.map((m) => ({
      ...base,
      id: deliveryIdOf(source, notice.trigger, 'EMAIL', m.userId),
      channel: 'EMAIL',
      userId: m.userId,
      endpointId: null,
      address: m.email,
      language: m.language,
      body: null,
    }));
    if (!WEBHOOK_TRIGGERS.includes(notice.trigger)) return mails;
    const endpoints = (await this.deliveries.endpointsOf(notice.partyId)).filter((e) => e.triggers.includes(notice.trigger));
    const hooks: NoticeDeliveryRow[] = endpoints.map((endpoint) => {
      const id = deliveryIdOf(source, notice.trigger, 'WEBHOOK', endpoint.id);
      const body = JSON.stringify({
        deliveryId: id,
        trigger: notice.trigger,
        chainId,
        partyId: notice.partyId,
        subject: { ruleId: notice.finding.ruleId, findingArisenAt: notice.finding.arisenAt },
        deadline: notice.finding.arisenAt,
        sourceEventId: base.sourceEventId,
        sourceEventType: 'Finding',
        occurredAt: now,
        recordedAt: now,
      });
      return { ...base, id, channel: 'WEBHOOK', userId: null, endpointId: endpoint.id, address: endpoint.url, language: 'en', body };
    });
    return [...mails, ...hooks];
  }

  private evaluate(facts: ComplianceFacts, asOfMs: number): Promise<Finding[]> {
    return inTurn(() => evaluateFindings(facts, { asOf: new Date(asOfMs).toISOString(), policy: this.facts.policy }));
  }
}
