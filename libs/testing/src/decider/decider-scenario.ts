import type { CommandMetadata, Decider, DomainErrorCode, DomainEventShape, EventMeta } from '@schakel/domain';
import { attachMeta, givenEventId, type GivenEvent, type MetaOptions } from './given-events';
import { assertDomainError, type ErrorExpectation } from './has-code';

/**
 * A stream driven by commands, the way the application runs them: each decided event gets meta
 * (eventId, occurredAt from the command or its `now`, recordedAt = now, the acting party) and is folded.
 * For stories that span many commands.
 */
class DeciderScenario<C extends { metadata: CommandMetadata }, E extends DomainEventShape, S> {
  private readonly log: E[] = [];
  private current: S;

  constructor(
    private readonly decider: Decider<C, E, S>,
    private readonly options: MetaOptions<E> = {},
  ) {
    this.current = decider.initialState();
  }

  get state(): S {
    return this.current;
  }

  /** Every event so far, with meta. */
  get events(): readonly E[] {
    return this.log;
  }

  get lastEvent(): E {
    return this.log[this.log.length - 1];
  }

  given(events: readonly GivenEvent<E>[]): this {
    for (const event of attachMeta<E>(events, this.options, this.log.length)) this.append(event);
    return this;
  }

  /** Decides and records the command's events; returns them with meta. */
  run(command: C): E[] {
    const decided = this.decider.decide(command, this.current);
    const { now, occurredAt, actor } = command.metadata;
    return decided.map((event) => {
      const meta: EventMeta = {
        eventId: givenEventId(this.log.length),
        occurredAt: occurredAt ?? now,
        recordedAt: now,
        actorPartyId: actor.partyId,
      };
      const stored = { ...event, meta } as E;
      this.append(stored);
      return stored;
    });
  }

  /** The command must fail with this error, and nothing is recorded. */
  refuses(command: C, expected: DomainErrorCode | ErrorExpectation): void {
    const before = this.log.length;
    try {
      this.run(command);
    } catch (error) {
      assertDomainError(error, expected);
      return;
    }
    const code = typeof expected === 'string' ? expected : expected.code;
    throw new Error(`expected ${code}, but the command recorded ${this.log.length - before} event(s)`);
  }

  private append(event: E): void {
    this.log.push(event);
    this.current = this.decider.evolve(this.current, event);
  }
}

export function deciderScenario<C extends { metadata: CommandMetadata }, E extends DomainEventShape, S>(
  decider: Decider<C, E, S>,
  options: MetaOptions<E> = {},
): DeciderScenario<C, E, S> {
  return new DeciderScenario(decider, options);
}
