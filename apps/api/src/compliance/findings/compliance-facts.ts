import { Inject, Injectable } from '@nestjs/common';
import {
  chainStreamId,
  foldChainEvents,
  credentialsStreamId,
  partiesEverInChain,
  partyAndWorkerNames,
  partyStreamId,
  type PartyEvent,
  type ChainEvent,
  type ComplianceFacts,
  type CompliancePolicy,
  type CredentialEvent,
  type ChainState,
  type Interruption,
} from '@schakel/domain';
import { inTurn } from '../../limits/fold-turns';
import type { EventStore } from '@schakel/event-store';
import { toDomainEvent } from '@schakel/application';
import { APP_CONFIG, EVENT_STORE, type AppConfig } from '@schakel/infrastructure';

/**
 * The facts the rules engine folds, read from the log with both clocks per event (never from a
 * read model): a chain's stream and the credential streams of every party ever in it, with the names
 * of those parties and their workers so a finding's text names them (never by id).
 */
@Injectable()
export class ComplianceFactsReader {
  /** The configured policy (SCHAKEL_DIRECT_REPORT_HOURS and the others; docs/operations.md). */
  readonly policy: CompliancePolicy;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.policy = config.compliancePolicy;
  }

  async chainEvents(chainId: string): Promise<ChainEvent[]> {
    return (await this.store.readStream(chainStreamId(chainId))).map((stored) => toDomainEvent<ChainEvent>(stored));
  }

  async facts(chainId: string): Promise<ComplianceFacts> {
    return (await this.folded(chainId)).facts;
  }

  /**
   * The facts and the chain folded from them (the fold that finds the parties whose credentials
   * and names the facts carry), for reads that need the state too: one fold, in a turn of its own.
   */
  async folded(chainId: string, interrupt?: Interruption): Promise<{ facts: ComplianceFacts; state: ChainState }> {
    const chainEvents = await this.chainEvents(chainId);
    const state = await inTurn(() => foldChainEvents(chainEvents, interrupt));
    const parties = partiesEverInChain(state);
    const credentialEvents = (
      await Promise.all(parties.map((partyId) => this.store.readStream(credentialsStreamId(partyId))))
    ).flatMap((events) => events.map((stored) => toDomainEvent<CredentialEvent>(stored)));
    const partyEvents = (await Promise.all(parties.map((partyId) => this.store.readStream(partyStreamId(partyId))))).flat();
    return { facts: { chainEvents, credentialEvents, names: partyAndWorkerNames(partyEvents.map((stored) => toDomainEvent<PartyEvent>(stored))) }, state };
  }
}
