import { UseFilters } from '@nestjs/common';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_PARTY_SEARCH_RESULTS } from '@schakel/read-models';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentCaller, RequestContext } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Caller } from '@schakel/infrastructure';
import type { CommandContext } from '../core/command-runner';
import { commandContext, payloadOf } from '../graphql/command-io';
import { AccessPolicy } from '../access/access-policy';
import { badInput, forbidden, notFound } from '@schakel/application';
import { Party, Worker } from './party.types';
import { PartyReads } from './party-reads';
import { RegisterPartyInput, RegisterPartyPayload } from './register-party/register-party.input';
import { RegisterPartyCommand } from './register-party/register-party.command';
import { RegisterWorkerInput, RegisterWorkerPayload } from './register-worker/register-worker.input';
import { RegisterWorkerCommand } from './register-worker/register-worker.command';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

@UseFilters(GraphqlExceptionFilter)
@Resolver(() => Party)
export class PartyResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reads: PartyReads,
    private readonly access: AccessPolicy,
  ) {}

  @Mutation(() => RegisterPartyPayload, { description: 'Registers an organisation or person (an administrator, or a party registering one it works with).' })
  @Roles('ADMIN', 'MANAGER')
  async registerParty(@Args('input') input: RegisterPartyInput, @RequestContext() request: RequestCtx): Promise<RegisterPartyPayload> {
    const result = await this.commandBus.execute(new RegisterPartyCommand(input, commandContext(request, input)));
    return { ...payloadOf(result), partyId: result.partyId };
  }

  @Mutation(() => RegisterWorkerPayload, { description: 'Registers a worker of your own party.' })
  @Roles('MANAGER')
  async registerWorker(@Args('input') input: RegisterWorkerInput, @RequestContext() request: RequestCtx): Promise<RegisterWorkerPayload> {
    const result = await this.commandBus.execute(new RegisterWorkerCommand(input, commandContext(request, input)));
    return { ...payloadOf(result), workerId: result.workerId };
  }

  @Query(() => Party, { description: 'A party you may see: your own, one you registered, or one in a chain you see.' })
  async party(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Party> {
    const party = await this.reads.party(id);
    if (!party) throw notFound('PARTY_NOT_FOUND', `Party ${id} is not registered.`);
    if (!(await this.access.canSeeParty(caller, id, party.registeredBy))) {
      throw forbidden('PARTY_NOT_VISIBLE', `Party ${id} is not visible to party ${caller.partyId ?? '(none)'}.`);
    }
    return party;
  }

  @Query(() => [Party], {
    description: `Registered parties by KvK number or by a part of their name (at least 2 characters), by name, at most ${MAX_PARTY_SEARCH_RESULTS}: look before registering a party you engage.`,
  })
  @Roles('ADMIN', 'MANAGER')
  async searchParties(
    @Args('query') query: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<Party[]> {
    if (query.trim().length < 2 || query.length > 200) throw badInput('PARTY_SEARCH_QUERY_INVALID', 'Search with 2 to 200 characters: a KvK number or part of a name.');
    if (limit < 1 || limit > MAX_PARTY_SEARCH_RESULTS) throw badInput('PARTY_SEARCH_LIMIT_INVALID', `limit must be from 1 to ${MAX_PARTY_SEARCH_RESULTS}.`);
    return this.reads.search(query, limit);
  }

  @Query(() => Party, { nullable: true, description: 'The party of the calling token (null for an administrator).' })
  async myParty(@CurrentCaller() caller: Caller): Promise<Party | null> {
    return caller.partyId ? this.reads.party(caller.partyId) : null;
  }

  @ResolveField(() => [Worker], {
    description: 'The party\'s workers, for the party itself (a WORKER token: only itself) and for parties above it in a shared chain; empty for anyone else.',
  })
  async workers(@Parent() party: Party, @CurrentCaller() caller: Caller): Promise<Worker[]> {
    const sight = await this.access.staffVisibleTo(caller, party.id);
    if (sight === 'NONE') return [];
    const workers = await this.reads.workers(party.id);
    return sight === 'ALL' ? workers : workers.filter((w) => w.id === caller.workerId);
  }
}
