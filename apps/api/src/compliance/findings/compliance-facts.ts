import { Inject, Injectable } from '@nestjs/common';
import {
  chainDecider,
  chainStreamId,
  credentialsStreamId,
  DEFAULT_POLICY,
  partiesEverInChain,
  partyAndWorkerNames,
  partyStreamId,
  type PartyEvent,
  type ChainEvent,
  type ComplianceFacts,
  type CompliancePolicy,
  type CredentialEvent,
} from '@schakel/domain';
import type { EventStore } from '@schakel/event-store';
import { toDomainEvent } from '@schakel/application';
import { EVENT_STORE } from '@schakel/infrastructure';

/** The rules' policy: defaults, overridden by SCHAKEL_LENDING_ACT_FROM, SCHAKEL_DIRECT_REPORT_HOURS, SCHAKEL_ACK_GRACE_HOURS. */
export function policyFromEnv(env: NodeJS.ProcessEnv = process.env): CompliancePolicy {
  const hours = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);
  const date = env.SCHAKEL_LENDING_ACT_FROM;
  return {
    lendingActInForceFrom: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : DEFAULT_POLICY.lendingActInForceFrom,
    directReportHours: hours(env.SCHAKEL_DIRECT_REPORT_HOURS, DEFAULT_POLICY.directReportHours),
    acknowledgementGraceHours: hours(env.SCHAKEL_ACK_GRACE_HOURS, DEFAULT_POLICY.acknowledgementGraceHours),
    vergewisPeriodHours: hours(env.SCHAKEL_VERGEWIS_HOURS, DEFAULT_POLICY.vergewisPeriodHours),
  };
}

/**
 * The facts the rules engine folds, read from the log with both clocks per event (never from a
 * read model): a chain's stream and the credential streams of every party ever in it, with the names
 * of those parties and their workers so a finding's text names them (never by id).
 */
@Injectable()
export class ComplianceFactsReader {
  readonly policy = policyFromEnv();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async chainEvents(chainId: string): Promise<ChainEvent[]> {
    return (await this.store.readStream(chainStreamId(chainId))).map((stored) => toDomainEvent<ChainEvent>(stored));
  }

  async facts(chainId: string): Promise<ComplianceFacts> {
    const chainEvents = await this.chainEvents(chainId);
    const state = chainEvents.reduce(chainDecider.evolve, chainDecider.initialState());
    const parties = partiesEverInChain(state);
    const credentialEvents = (
      await Promise.all(parties.map((partyId) => this.store.readStream(credentialsStreamId(partyId))))
    ).flatMap((events) => events.map((stored) => toDomainEvent<CredentialEvent>(stored)));
    const partyEvents = (await Promise.all(parties.map((partyId) => this.store.readStream(partyStreamId(partyId))))).flat();
    return { chainEvents, credentialEvents, names: partyAndWorkerNames(partyEvents.map((stored) => toDomainEvent<PartyEvent>(stored))) };
  }
}
