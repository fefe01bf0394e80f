import { Injectable } from '@nestjs/common';
import type { Decider, DomainEvent } from '@schakel/domain';
import { isUuid, uuidv7 } from '@schakel/event-store';
import { ProjectionHaltedError, ProjectionRunner } from '@schakel/read-models';
import { ApiError, ApiErrorCode, badInput } from '@schakel/application';
import type { Caller } from '@schakel/infrastructure';
import { CommandRunner, type CommandContext, type CommandResult } from './command-runner';
import { idempotentId } from './idempotency-key';

/** The write is in the log, but the read models stand still in front of an event they cannot apply. */
function readModelsStale(result: CommandResult, halted: ProjectionHaltedError): ApiError {
  const { poison } = halted;
  return new ApiError(
    ApiErrorCode.SERVICE_UNAVAILABLE,
    'READ_MODELS_STALE',
    `The write was recorded (stream ${result.streamId}, version ${result.version}), but the read models are stale: ` +
      `they stopped in front of event position ${poison.position} (${poison.eventType}), which they cannot apply. ` +
      'Do not send the write again; an operator must resolve the stuck event (see /health).',
    { recorded: true, retryable: false, streamId: result.streamId, version: result.version, stalledAtPosition: poison.position },
  );
}

/**
 * What every command handler uses: run a decider on a stream, then wait until the read models
 * hold the write (this process projects it, or the process that leads does), so a client reads
 * its own writes. After 5 s it answers anyway: the write is durable, only the read lags.
 */
@Injectable()
export class WriteSide {
  constructor(
    private readonly commands: CommandRunner,
    private readonly projections: ProjectionRunner,
  ) {}

  async run<C, E extends DomainEvent<string, unknown>, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    context: CommandContext,
    command: (metadata: { now: string; actor: Caller; occurredAt: string }) => C,
  ): Promise<CommandResult> {
    const result = await this.commands.run(decider, streamId, command, context);
    if (result.events.length > 0) {
      try {
        await this.projections.catchUp();
        // When another process leads the projections, wait (bounded) until it has applied this write.
        await this.projections.waitUntilApplied(streamId, result.version);
      } catch (error) {
        if (error instanceof ProjectionHaltedError) throw readModelsStale(result, error);
        throw error;
      }
    }
    return result;
  }

  /** The current fold of a stream, read from the log (never from a read model). */
  load<C, E extends DomainEvent<string, unknown>, S>(decider: Decider<C, E, S>, streamId: string): Promise<{ version: number; state: S }> {
    return this.commands.load(decider, streamId);
  }

  /**
   * The id of something a command creates, when the input leaves it out. With an Idempotency-Key
   * it derives from the key as bound to the caller, so a retried request creates the same thing
   * (and is a no-op), while another caller sending the same key learns nothing of it.
   */
  newId(context: Pick<CommandContext, 'idempotencyKey'>, purpose: string): string {
    return context.idempotencyKey ? idempotentId(context.idempotencyKey, `new-${purpose}`, 0) : uuidv7();
  }

  /** An id from input: a UUID, or BAD_USER_INPUT naming the field. */
  id(value: string, field: string): string {
    if (!isUuid(value)) throw badInput('INPUT_ID_INVALID', `${field} must be a UUID, got "${value}"`);
    return value.toLowerCase();
  }
}
