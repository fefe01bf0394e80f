import { UseFilters } from '@nestjs/common';
import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { Caller } from '@schakel/infrastructure';
import { AccessPolicy } from '../access/access-policy';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { LiveFeed } from './live-feed';
import type { LiveConnection } from './live-connection';
import { ChainChange, FindingChange } from './live.types';

/**
 * Live updates (docs/notifications.md): who may subscribe is who may query — the chain must be
 * visible to the caller's party (`chain`, `findings`), and each update is cut to what it may see.
 */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
@Roles('MANAGER', 'WORKER')
export class LiveResolver {
  constructor(
    private readonly access: AccessPolicy,
    private readonly feed: LiveFeed,
  ) {}

  @Subscription(() => ChainChange, {
    description: 'Something new in a chain your party is in, that you may see: which kind of entry, when, by whom. Refetch what you show. Over WebSocket (graphql-ws) only.',
    resolve: (change: ChainChange) => change,
  })
  async chainChanged(@Args('chainId', { type: () => ID }) chainId: string, @CurrentCaller() caller: Caller, @Context('live') live: LiveConnection): Promise<AsyncIterator<ChainChange>> {
    const scope = await this.access.chainFor(caller, chainId);
    return this.feed.listenToChain(live, scope.chainId);
  }

  @Subscription(() => FindingChange, {
    description: 'Findings of a chain your party is in that arise or are resolved, about parties you may see (as `findings`). Over WebSocket (graphql-ws) only.',
    resolve: (change: FindingChange) => change,
  })
  async findingChanged(@Args('chainId', { type: () => ID }) chainId: string, @CurrentCaller() caller: Caller, @Context('live') live: LiveConnection): Promise<AsyncIterator<FindingChange>> {
    const scope = await this.access.chainFor(caller, chainId);
    return this.feed.listenToFindings(live, scope.chainId);
  }
}
