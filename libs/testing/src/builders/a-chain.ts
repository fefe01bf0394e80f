import type { ChainEvent, LinkKind } from '@schakel/domain';
import type { GivenEvent } from '../decider';
import { chainOpened, instructionIssued, instructionPassedDown, partyEngaged } from './chain-events';

type LinkOptions = { linkId?: string; kind?: LinkKind; underAuthority?: boolean; startDate?: string; scope?: string };

/**
 * A chain's given events, built fluently:
 * `aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'steel').events()`.
 * Link ids default to `link-<from>-<to>`.
 */
class ChainBuilder {
  private readonly list: GivenEvent<ChainEvent>[] = [];

  openedBy(principalPartyId: string, data: { chainId?: string; name?: string; sector?: 'CONSTRUCTION' | 'TRANSPORT' | 'OTHER' } = {}): this {
    this.list.push(chainOpened({ principalPartyId, ...data }));
    return this;
  }

  withLink(fromPartyId: string, toPartyId: string, options: LinkOptions = {}): this {
    const { linkId = linkIdOf(fromPartyId, toPartyId), ...rest } = options;
    this.list.push(partyEngaged({ linkId, fromPartyId, toPartyId, ...rest }));
    return this;
  }

  /** Issues an instruction (version 1) by `issuerPartyId`. */
  withInstruction(instructionId: string, issuerPartyId: string): this {
    this.list.push(instructionIssued({ instructionId, issuerPartyId }));
    return this;
  }

  /** Passes version `version` down the link from → to. */
  withPassDown(instructionId: string, fromPartyId: string, toPartyId: string, version = 1): this {
    this.list.push(
      instructionPassedDown({ instructionId, version, linkId: linkIdOf(fromPartyId, toPartyId), fromPartyId, toPartyId }),
    );
    return this;
  }

  with(...events: GivenEvent<ChainEvent>[]): this {
    this.list.push(...events);
    return this;
  }

  events(): GivenEvent<ChainEvent>[] {
    return [...this.list];
  }
}

function linkIdOf(fromPartyId: string, toPartyId: string): string {
  return `link-${fromPartyId}-${toPartyId}`;
}

export function aChain(): ChainBuilder {
  return new ChainBuilder();
}
