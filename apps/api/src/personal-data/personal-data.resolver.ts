import { UseFilters } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CommandContext } from '../core/command-runner';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { commandContext, payloadOf } from '../graphql/command-io';
import { ErasePersonalDataInput, ErasePersonalDataPayload } from './erase-personal-data.input';
import { PersonalDataEraser } from './personal-data-eraser';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

@UseFilters(GraphqlExceptionFilter)
@Resolver()
export class PersonalDataResolver {
  constructor(private readonly eraser: PersonalDataEraser) {}

  @Mutation(() => ErasePersonalDataPayload, {
    description:
      "Erases a person's personal data (GDPR art. 17) by destroying their key: entries, their order and every hash stay and verify; " +
      'the person reads as "erased person #n". ADMIN, or a MANAGER of the party. Refused (PERSONAL_DATA_RETENTION_HOLD) while a statutory record holds the data.',
  })
  @Roles('ADMIN', 'MANAGER')
  async erasePersonalData(@Args('input') input: ErasePersonalDataInput, @RequestContext() request: RequestCtx): Promise<ErasePersonalDataPayload> {
    const result = await this.eraser.erase(input, commandContext(request, input));
    return { ...payloadOf(result), erasedAs: result.erasedAs, shownAs: result.shownAs };
  }
}
