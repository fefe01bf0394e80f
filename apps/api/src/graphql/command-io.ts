import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from './date-time.scalar';
import type { CommandContext, CommandResult } from '../core/command-runner';
import { instantTextOrNull } from './instant-text';

/** What every mutation input may carry besides its own fields. */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew.',
  })
  occurredAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing.',
  })
  expectedVersion?: number | null;
}

/** What every mutation answers: where the stream stands now and what was recorded. */
@ObjectType({ isAbstract: true })
export abstract class CommandPayload {
  @Field({ description: 'The stream written to, e.g. chain-<id>.' })
  streamId!: string;

  @Field(() => Int, { description: 'The stream version after this mutation; pass it as expectedVersion next time.' })
  version!: number;

  @Field(() => [ID], { description: 'Ids of the events recorded (empty when nothing changed).' })
  eventIds!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the events were recorded (transaction time).' })
  recordedAt!: Date | null;

  @Field({ description: 'True when this request had been carried out before (same Idempotency-Key): nothing new was written.' })
  replayed!: boolean;
}

export function payloadOf(result: CommandResult): CommandPayload {
  return {
    streamId: result.streamId,
    version: result.version,
    eventIds: result.events.map((e) => e.eventId),
    recordedAt: result.events.length ? new Date(result.events[0].recordedAt) : null,
    replayed: result.replayed,
  };
}


/** The command context of a mutation: the request's caller and ids plus the input's clocks and version. */
export function commandContext(
  request: Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>,
  input: CommandInput,
): CommandContext {
  return { ...request, occurredAt: instantTextOrNull(input.occurredAt), expectedVersion: input.expectedVersion ?? null };
}
