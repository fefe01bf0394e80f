import { UseFilters } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CommandContext } from '../core/command-runner';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { commandContext, payloadOf } from '../graphql/command-io';
import { ErasePersonalDataInput, ErasePersonalDataPayload } from './erase-personal-data.input';
import { PersonalDataEraser } from './personal-data-eraser';
import { CurrentRead, type ReadRequest } from '../limits/read-request.decorator';
import { SubjectAccessReader } from './subject-access-reader';
import { SubjectAccess } from './subject-access.types';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

@UseFilters(GraphqlExceptionFilter)
@Resolver()
export class PersonalDataResolver {
  constructor(
    private readonly eraser: PersonalDataEraser,
    private readonly subjectAccessReader: SubjectAccessReader,
  ) {}

  @Query(() => SubjectAccess, {
    description:
      "Everything Schakel holds about one person (GDPR art. 15): their personal fields opened, the entries naming them (both clocks, chain names), the messages sent to them, their links, passes and memberships (never a secret). " +
      'ADMIN, a MANAGER of the party, or the worker themself. An erased person\'s fields read "erased" and `erasure` says when.',
  })
  @Roles('ADMIN', 'MANAGER', 'WORKER')
  subjectAccess(
    @Args('partyId', { type: () => ID, description: 'The party the person works for (or the person party itself).' }) partyId: string,
    @Args('subjectId', { type: () => ID, description: 'The worker (or the person party itself).' }) subjectId: string,
    @CurrentRead() request: ReadRequest,
  ): Promise<SubjectAccess> {
    return this.subjectAccessReader.read(request.caller, partyId, subjectId, request.budget);
  }

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
