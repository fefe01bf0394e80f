import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ChainQueries } from '@schakel/read-models';
import { type Caller, READ_MODELS } from '@schakel/infrastructure';
import { forbidden, notFound } from '@schakel/application';
import { currentBudget } from '../limits/current-budget';

export interface ChainScope {
  readonly chainId: string;
  readonly viewerPartyId: string;
  /** Parties whose links and entries the caller may see in this chain. */
  readonly visiblePartyIds: ReadonlySet<string>;
  /** Parties whose entries (checks, incidents, receipts, corrections) the caller may see: its own party and below. */
  readonly subjectPartyIds: ReadonlySet<string>;
  readonly isPrincipal: boolean;
  /** The worker a WORKER token is (null for any other role): it reads its own injuries, not colleagues'. */
  readonly viewerWorkerId: string | null;
}

/**
 * Who may read what: a caller sees a chain only if its party is in it; the principal sees every
 * tier, any other party its own links and everything below them, and the name of who engaged it.
 * Entries follow their subject (domain `chainSight`): what is about a party's engager or
 * siblings stays hidden from it.
 */
@Injectable()
export class AccessPolicy {
  private readonly chains: ChainQueries;

  constructor(@Inject(READ_MODELS) dataSource: DataSource) {
    this.chains = new ChainQueries(dataSource, currentBudget);
  }

  async chainFor(caller: Caller, chainId: string): Promise<ChainScope> {
    if (!caller.partyId) {
      throw forbidden('CHAIN_NOT_VISIBLE', `A ${caller.role} token without a party cannot read chains.`);
    }
    const access = await this.chains.access(chainId, caller.partyId);
    if (!access.chainExists) throw notFound('CHAIN_NOT_FOUND', `Chain ${chainId} does not exist.`);
    if (!access.visible) throw forbidden('CHAIN_NOT_VISIBLE', `Party ${caller.partyId} is not in chain ${chainId}.`);
    return {
      chainId,
      viewerPartyId: caller.partyId,
      visiblePartyIds: new Set(access.visiblePartyIds),
      subjectPartyIds: new Set(access.subjectPartyIds),
      isPrincipal: access.isPrincipal,
      viewerWorkerId: caller.role === 'WORKER' ? (caller.workerId ?? null) : null,
    };
  }

  /** Ids of the chains the caller's party takes part in. */
  async chainIdsOf(caller: Caller): Promise<string[]> {
    return caller.partyId ? this.chains.chainIdsOfParty(caller.partyId) : [];
  }

  /** A party is visible to itself, to administrators, to whoever registered it, and where a shared chain shows it. */
  async canSeeParty(caller: Caller, partyId: string, registeredBy: string | null): Promise<boolean> {
    if (caller.role === 'ADMIN' || caller.partyId === partyId) return true;
    if (caller.partyId && registeredBy === caller.partyId) return true;
    for (const chainId of await this.chainIdsOf(caller)) {
      const access = await this.chains.access(chainId, caller.partyId!);
      if (access.visiblePartyIds.includes(partyId)) return true;
    }
    return false;
  }

  /**
   * Whose staff (workers) a caller may list: its own party's (a WORKER token only itself), and, for
   * a MANAGER, those of the parties below it in a chain they share. A party sees who engaged it by
   * name, never that party's staff.
   */
  async staffVisibleTo(caller: Caller, partyId: string): Promise<'ALL' | 'SELF' | 'NONE'> {
    if (caller.role === 'ADMIN') return 'ALL';
    if (caller.partyId === partyId) return caller.role === 'WORKER' ? 'SELF' : 'ALL';
    if (caller.role !== 'MANAGER' || !caller.partyId) return 'NONE';
    for (const chainId of await this.chainIdsOf(caller)) {
      const access = await this.chains.access(chainId, caller.partyId);
      if (access.subjectPartyIds.includes(partyId)) return 'ALL';
    }
    return 'NONE';
  }
}
