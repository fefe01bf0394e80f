import { UseFilters } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CommandContext } from '../core/command-runner';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { commandContext, payloadOf } from '../graphql/command-io';
import {
  CreateAcknowledgementLinksInput,
  CreateAcknowledgementLinksPayload,
  RevokeAcknowledgementLinkInput,
  RevokeAcknowledgementLinkPayload,
} from './worker-links.types';
import { WorkerLinks } from './worker-links.service';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

@UseFilters(GraphqlExceptionFilter)
@Resolver()
export class WorkerLinksResolver {
  constructor(private readonly links: WorkerLinks) {}

  @Mutation(() => CreateAcknowledgementLinksPayload, {
    description:
      "Makes a personal, signed, expiring link per worker to read and acknowledge one instruction version without an account. For the worker's Arbo employer or the party that passed the instruction down to the worker's party.",
  })
  @Roles('MANAGER')
  async createAcknowledgementLinks(
    @Args('input') input: CreateAcknowledgementLinksInput,
    @RequestContext() request: RequestCtx,
  ): Promise<CreateAcknowledgementLinksPayload> {
    const { result, batchId, links } = await this.links.make(commandContext(request, input), input);
    return { ...payloadOf(result), batchId, links: links.map((l) => ({ ...l, expiresAt: new Date(l.expiresAt) })) };
  }

  @Mutation(() => RevokeAcknowledgementLinkPayload, { description: 'Revokes a link your party made: opening it shows that it was withdrawn.' })
  @Roles('MANAGER')
  async revokeAcknowledgementLink(
    @Args('input') input: RevokeAcknowledgementLinkInput,
    @RequestContext() request: RequestCtx,
  ): Promise<RevokeAcknowledgementLinkPayload> {
    return payloadOf(await this.links.revoke(commandContext(request, input), input));
  }
}
