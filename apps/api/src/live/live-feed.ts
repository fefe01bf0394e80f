import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { canSeeEvent, chainStreamId, credentialEventTypes, evaluateFindings, findingIdentity, findingsSeenBy, type ChainEvent, type ComplianceFacts, type Finding as DomainFinding } from '@schakel/domain';
import { type EventStore, type LoggedEvent } from '@schakel/event-store';
import { EVENT_STORE, type Caller } from '@schakel/infrastructure';
import { printableError, ProjectionRunner } from '@schakel/read-models';
import { AccessPolicy, type ChainScope } from '../access/access-policy';
import { ComplianceFactsReader } from '../compliance/findings/compliance-facts';
import { toFinding } from '../compliance/findings/compliance-queries.resolver';
import { LiveChannel } from './live-channel';
import type { LiveConnection } from './live-connection';
import { foldAfterEach } from './fold-after-each';
import type { ChainChange, FindingChange, FindingChangeKind } from './live.types';

/** How often the feed looks whether the read models went on. */
const POLL_MS = 200;
/** How often open findings are weighed again without a new event (deadlines pass by themselves). */
const FINDING_SWEEP_MS = 60_000;
const BATCH = 500;
const CHAIN_PREFIX = chainStreamId('');

type Listener =
  | { kind: 'CHAIN'; chainId: string; connection: LiveConnection; channel: LiveChannel<ChainChange> }
  | { kind: 'FINDING'; chainId: string; connection: LiveConnection; channel: LiveChannel<FindingChange> };

/**
 * Live updates, a subscriber of the log like the projections and the outbox: it follows the log
 * right behind the read models (never ahead, so a client that refetches on an update sees it),
 * and hands each listener what its caller may see — asked anew for every update, so a revoked
 * session, a removed member or a party that may no longer see the chain gets nothing more.
 * In memory and per process: every API process tells its own connections; nothing is recorded.
 */
@Injectable()
export class LiveFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveFeed');
  private readonly listeners = new Set<Listener>();
  /** Where the feed stands in the log: the read models' checkpoint and count it has handed out up to. */
  private position: { checkpoint: string; applied: number } | null = null;
  /** Per chain with finding listeners: each finding's key and whether it was resolved, as last told. */
  private readonly findings = new Map<string, Map<string, string | null>>();
  private lastSweep = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private round: Promise<void> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ProjectionRunner,
    private readonly access: AccessPolicy,
    private readonly facts: ComplianceFactsReader,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.round.catch(() => undefined);
    for (const listener of [...this.listeners]) void listener.channel.return();
  }

  /** Updates of a chain for a connection's caller (who may see the chain: the resolver asked). */
  async listenToChain(connection: LiveConnection, chainId: string): Promise<LiveChannel<ChainChange>> {
    const listener: Listener = { kind: 'CHAIN', chainId, connection, channel: new LiveChannel<ChainChange>(() => this.drop(listener)) };
    await this.add(listener);
    return listener.channel;
  }

  /** Findings of a chain that arise or are resolved from now on. */
  async listenToFindings(connection: LiveConnection, chainId: string): Promise<LiveChannel<FindingChange>> {
    if (!this.findings.has(chainId)) this.findings.set(chainId, keyed(await this.evaluate(await this.facts.facts(chainId))));
    const listener: Listener = { kind: 'FINDING', chainId, connection, channel: new LiveChannel<FindingChange>(() => this.drop(listener)) };
    await this.add(listener);
    return listener.channel;
  }

  /**
   * Between rounds: the first listener starts where the read models stand now (what is already in
   * them, a client fetches); later ones join the rounds in progress.
   */
  private add(listener: Listener): Promise<void> {
    const next = this.round
      .catch(() => undefined)
      .then(async () => {
        if (this.listeners.size === 0) {
          const status = await this.readModels.status();
          this.position = { checkpoint: status.checkpoint, applied: status.eventsApplied };
        }
        this.listeners.add(listener);
      });
    this.round = next;
    return next;
  }

  /** How many subscriptions listen now (shown by tests waiting for theirs to be in place). */
  listening(): number {
    return this.listeners.size;
  }

  /** Runs one round now (a round the poll would run anyway). */
  flush(): Promise<void> {
    const next = this.round.catch(() => undefined).then(() => this.once());
    this.round = next;
    return next;
  }

  private drop(listener: Listener): void {
    this.listeners.delete(listener);
    if (listener.kind === 'FINDING' && ![...this.listeners].some((l) => l.kind === 'FINDING' && l.chainId === listener.chainId)) {
      this.findings.delete(listener.chainId);
    }
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.flush()
        .catch((error: unknown) => this.logger.error({ msg: 'live update round failed', error: printableError(error) }))
        .finally(() => {
          if (!this.stopped) this.schedule();
        });
    }, POLL_MS);
  }

  private async once(): Promise<void> {
    const status = await this.readModels.status();
    if (this.position === null || this.listeners.size === 0 || status.eventsApplied < this.position.applied) {
      // nobody listens (or the read models were rebuilt): start from where the read models stand
      this.position = { checkpoint: status.checkpoint, applied: status.eventsApplied };
      return;
    }
    while (status.eventsApplied > this.position.applied) {
      const events = await this.store.readAll({ after: this.position.checkpoint, limit: Math.min(BATCH, status.eventsApplied - this.position.applied) });
      if (events.length === 0) break;
      this.position = { checkpoint: events[events.length - 1].checkpoint, applied: this.position.applied + events.length };
      await this.publish(events);
    }
    if (Date.now() - this.lastSweep >= FINDING_SWEEP_MS) {
      this.lastSweep = Date.now();
      for (const chainId of [...this.findings.keys()]) await this.tellFindings(chainId, await this.facts.facts(chainId), new Map());
    }
  }

  private async publish(events: readonly LoggedEvent[]): Promise<void> {
    const byChain = new Map<string, LoggedEvent[]>();
    let credentials = false;
    for (const event of events) {
      if (event.streamId.startsWith(CHAIN_PREFIX)) {
        const chainId = event.streamId.slice(CHAIN_PREFIX.length);
        byChain.set(chainId, [...(byChain.get(chainId) ?? []), event]);
      } else if ((credentialEventTypes as readonly string[]).includes(event.type)) credentials = true;
    }
    // one verification of each connection's caller per round, however many chains it listens to
    const callers = new Map<LiveConnection, Promise<Caller>>();
    const chainIds = new Set([...byChain.keys(), ...(credentials ? this.findings.keys() : [])]);
    for (const chainId of chainIds) {
      const listening = [...this.listeners].filter((l) => l.chainId === chainId);
      if (listening.length === 0) continue;
      const facts = await this.facts.facts(chainId);
      const news = byChain.get(chainId) ?? [];
      if (news.length > 0 && listening.some((l) => l.kind === 'CHAIN')) await this.tellChain(chainId, facts, news, callers);
      if (this.findings.has(chainId)) await this.tellFindings(chainId, facts, callers);
    }
  }

  private async tellChain(chainId: string, facts: ComplianceFacts, news: readonly LoggedEvent[], callers: Map<LiveConnection, Promise<Caller>>): Promise<void> {
    const steps = foldAfterEach(facts.chainEvents, new Set(news.map((e) => e.eventId)));
    const byId = new Map(facts.chainEvents.map((e) => [e.meta?.eventId, e]));
    const targetOf = (eventId: string): ChainEvent | null => byId.get(eventId) ?? null;
    const names = facts.names ?? {};
    for (const listener of [...this.listeners]) {
      if (listener.kind !== 'CHAIN' || listener.chainId !== chainId) continue;
      const seen = await this.sightOf(listener, callers);
      if (!seen) continue;
      const viewer = { partyId: seen.scope.viewerPartyId, isPrincipal: seen.scope.isPrincipal, subjectPartyIds: seen.scope.subjectPartyIds };
      for (const { event, state } of steps) {
        if (!canSeeEvent(state, event, viewer, targetOf)) continue;
        const meta = event.meta!;
        const workerId = meta.actorWorkerId ?? null;
        // a worker learns its own acts by name, not its colleagues'
        const showWorker = workerId !== null && (seen.caller.role !== 'WORKER' || seen.caller.workerId === workerId);
        listener.channel.push({
          chainId,
          eventId: meta.eventId,
          eventType: event.type,
          occurredAt: new Date(meta.occurredAt),
          recordedAt: new Date(meta.recordedAt),
          byPartyName: meta.actorPartyId ? (names[meta.actorPartyId] ?? 'another party') : null,
          byWorkerName: showWorker ? (names[workerId] ?? null) : null,
        });
      }
    }
  }

  private async tellFindings(chainId: string, facts: ComplianceFacts, callers: Map<LiveConnection, Promise<Caller>>): Promise<void> {
    const before = this.findings.get(chainId);
    if (!before) return;
    const now = await this.evaluate(facts);
    const changes: { change: FindingChangeKind; finding: DomainFinding; partyIds: string[] }[] = [];
    for (const finding of now) {
      const was = before.get(keyOf(finding));
      if (was === undefined) changes.push({ change: finding.resolvedAt === null ? 'AROSE' : 'RESOLVED', finding, partyIds: finding.partyIds });
      else if (was === null && finding.resolvedAt !== null) changes.push({ change: 'RESOLVED', finding, partyIds: finding.partyIds });
    }
    this.findings.set(chainId, keyed(now));
    if (changes.length === 0) return;
    for (const listener of [...this.listeners]) {
      if (listener.kind !== 'FINDING' || listener.chainId !== chainId) continue;
      const seen = await this.sightOf(listener, callers);
      if (!seen) continue;
      for (const { change, finding } of findingsSeenBy(changes, seen.scope)) listener.channel.push({ chainId, change, finding: toFinding(chainId, finding) });
    }
  }

  /**
   * The listener's caller and what it may see of the chain, asked now; null (and the listener
   * ended with the reason) when the caller is refused or may not see the chain any more.
   */
  private async sightOf(listener: Listener, callers: Map<LiveConnection, Promise<Caller>>): Promise<{ caller: Caller; scope: ChainScope } | null> {
    let pending = callers.get(listener.connection);
    if (!pending) {
      pending = listener.connection.caller();
      callers.set(listener.connection, pending);
    }
    let caller: Caller;
    try {
      caller = await pending;
    } catch (error) {
      // signed out, revoked or no longer a member: the connection ends
      listener.channel.fail(asError(error));
      listener.connection.refuse(error);
      return null;
    }
    try {
      return { caller, scope: await this.access.chainFor(caller, listener.chainId) };
    } catch (error) {
      listener.channel.fail(asError(error));
      return null;
    }
  }

  private evaluate(facts: ComplianceFacts): Promise<DomainFinding[]> {
    return Promise.resolve(evaluateFindings(facts, { asOf: new Date().toISOString(), policy: this.facts.policy }));
  }
}

/** A finding's identity across evaluations (the outbox keys its messages by the same). */
const keyOf = (finding: DomainFinding): string => findingIdentity(finding);

function keyed(findings: readonly DomainFinding[]): Map<string, string | null> {
  return new Map(findings.map((f) => [keyOf(f), f.resolvedAt]));
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
