import { UseFilters } from '@nestjs/common';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DEFAULT_PAGE, MAX_PAGE, pageOffset, pageSize } from '../graphql/page-args';
import type { Caller } from '@schakel/infrastructure';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { AccessPolicy } from '../access/access-policy';
import { Party } from '../parties/party.types';
import { PartyReads } from '../parties/party-reads';
import { ChainReads } from './chain-reads';
import { Chain, ChainTreeNode, EntryCorrection, Incident, Instruction, Link, VergewisCheck } from './chain.types';

/** Reads skip the domain: they come from the read models, cut to what the caller may see. */
@UseFilters(GraphqlExceptionFilter)
@Resolver(() => Chain)
@Roles('MANAGER', 'WORKER')
export class ChainQueriesResolver {
  constructor(
    private readonly access: AccessPolicy,
    private readonly chainReads: ChainReads,
    private readonly partyReads: PartyReads,
  ) {}

  @Query(() => Chain, { description: 'A chain your party is in.' })
  async chain(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Chain> {
    const scope = await this.access.chainFor(caller, id);
    const [chain] = await this.chainReads.chains([scope]);
    return chain;
  }

  @Query(() => [Chain], {
    description: `The chains your party is in, as principal or through a link, oldest first: at most \`first\` (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}), after the chain id \`after\` (the last id of the previous page; fewer than \`first\` means the last page).`,
  })
  async chains(
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number = DEFAULT_PAGE,
    @Args('after', { type: () => ID, nullable: true }) after?: string | null,
  ): Promise<Chain[]> {
    const size = pageSize(first);
    // chain ids are UUIDv7: in id order is in the order they were opened
    const cursor = after ? after.toLowerCase() : null;
    const ids = [...(await this.access.chainIdsOf(caller))].sort().filter((id) => cursor === null || id > cursor).slice(0, size);
    const scopes = await Promise.all(ids.map((id) => this.access.chainFor(caller, id)));
    return this.chainReads.chains(scopes);
  }

  @ResolveField(() => Party)
  async principal(@Parent() chain: Chain): Promise<Party | null> {
    return this.partyReads.party(chain.principalPartyId);
  }

  @ResolveField(() => [Link], { description: 'Links into the parties you may see, active and ended.' })
  links(@Parent() chain: Chain): Promise<Link[]> {
    return this.chainReads.links(chain.scope);
  }

  @ResolveField(() => [ChainTreeNode], {
    description: `The chain as a tree, depth first, any depth: at most \`first\` rows (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}) from \`offset\`; \`treeSize\` says how many there are.`,
  })
  async tree(
    @Parent() chain: Chain,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE, description: `At most this many rows (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}).` }) first: number = DEFAULT_PAGE,
    @Args('offset', { type: () => Int, defaultValue: 0, description: 'Skip this many rows first (the next page: offset + first).' }) offset: number = 0,
  ): Promise<ChainTreeNode[]> {
    const page = { first: pageSize(first), offset: pageOffset(offset) };
    // the parties that engaged the viewer's own party are named too: it knows who they are
    const engagers = new Set(await this.engagers(chain));
    return this.chainReads.tree(chain.scope, chain.principalPartyId, page, async (ids) => {
      const parties = await this.partyReads.parties(ids.filter((id) => chain.scope.visiblePartyIds.has(id) || engagers.has(id)));
      const names = new Map(parties.map((p) => [p.id, p.name]));
      return (id) => names.get(id) ?? id;
    });
  }

  @ResolveField(() => Int, { description: 'How many rows `tree` has in all (page through them with its `first` and `offset`).' })
  treeSize(@Parent() chain: Chain): Promise<number> {
    return this.chainReads.treeSize(chain.scope, chain.principalPartyId);
  }

  @ResolveField(() => [Party], { description: 'The parties you may see in this chain.' })
  parties(@Parent() chain: Chain): Promise<Party[]> {
    return this.partyReads.parties([...chain.scope.visiblePartyIds]);
  }

  @ResolveField(() => [Instruction])
  instructions(@Parent() chain: Chain): Promise<Instruction[]> {
    return this.chainReads.instructions(chain.scope);
  }

  @ResolveField(() => [VergewisCheck], { description: 'Checks about your party and the parties below it, and those you recorded.' })
  checks(@Parent() chain: Chain): Promise<VergewisCheck[]> {
    return this.chainReads.checks(chain.scope);
  }

  @ResolveField(() => [Incident], { description: 'Incidents about your party and the parties below it, those you reported, and those you were told of.' })
  incidents(@Parent() chain: Chain): Promise<Incident[]> {
    return this.chainReads.incidents(chain.scope);
  }

  @ResolveField(() => [EntryCorrection], { description: 'Corrections and retractions of entries you may see.' })
  corrections(@Parent() chain: Chain): Promise<EntryCorrection[]> {
    return this.chainReads.corrections(chain.scope);
  }

  /** The parties that engaged the viewer's own party: it knows who they are. */
  private async engagers(chain: Chain): Promise<string[]> {
    const links = await this.chainReads.links(chain.scope);
    return links.map((l) => l.fromPartyId);
  }
}
