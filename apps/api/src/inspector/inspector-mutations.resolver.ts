import { UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CommandContext } from '../core/command-runner';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { commandContext, payloadOf } from '../graphql/command-io';
import { GrantInspectorAccessCommand } from './grant-inspector-access/grant-inspector-access.command';
import { GrantInspectorAccessInput, GrantInspectorAccessPayload } from './grant-inspector-access/grant-inspector-access.input';
import { RevokeInspectorAccessCommand } from './revoke-inspector-access/revoke-inspector-access.command';
import { RevokeInspectorAccessInput, RevokeInspectorAccessPayload } from './revoke-inspector-access/revoke-inspector-access.input';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

@UseFilters(GraphqlExceptionFilter)
@Resolver()
@Roles('MANAGER')
export class InspectorMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => GrantInspectorAccessPayload, { description: 'Grants an inspector party read access to a chain for a period (stream chainaccess-<chainId>).' })
  async grantInspectorAccess(@Args('input') input: GrantInspectorAccessInput, @RequestContext() request: RequestCtx): Promise<GrantInspectorAccessPayload> {
    const result = await this.commandBus.execute(new GrantInspectorAccessCommand(input, commandContext(request, input)));
    return { ...payloadOf(result), grantId: result.grantId, inspectorInvited: result.inspectorInvited, inspectorMailed: result.inspectorMailed };
  }

  @Mutation(() => RevokeInspectorAccessPayload, { description: 'Revokes an inspector grant; the inspector is refused from then on.' })
  async revokeInspectorAccess(@Args('input') input: RevokeInspectorAccessInput, @RequestContext() request: RequestCtx): Promise<RevokeInspectorAccessPayload> {
    return payloadOf(await this.commandBus.execute(new RevokeInspectorAccessCommand(input, commandContext(request, input))));
  }
}
