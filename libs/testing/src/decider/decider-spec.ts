import type { Decider, DomainEventShape } from '@schakel/domain';
import { assertDomainError, type ErrorExpectation } from './has-code';
import { attachMeta, withoutMeta, type GivenEvent, type MetaOptions } from './given-events';
import type { DomainErrorCode, DomainError } from '@schakel/domain';

export type WhenStep<E extends DomainEventShape> = {
  /** The command decides exactly these events (meta is ignored). */
  then(expected: readonly GivenEvent<E>[]): E[];
  /** The command fails with this DomainError; the error is returned for further checks. */
  thenThrows(expected: DomainErrorCode | ErrorExpectation): DomainError;
  /** The events the command decides, for custom assertions. */
  decided(): E[];
};

export type GivenStep<C, E extends DomainEventShape, S> = {
  when(command: C): WhenStep<E>;
  /** The fold of the given events. */
  state(): S;
  /** The given events with the meta the harness attached. */
  events(): E[];
};

function fold<C, E extends DomainEventShape, S>(decider: Decider<C, E, S>, events: readonly E[]): S {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

/**
 * Given / when / then for a decider:
 * `deciderSpec(chainDecider).given([chainOpened]).when(engageSelf).thenThrows(hasCode('CHAIN_LINK_CYCLE'))`.
 * Given events get meta (eventId `evt-0001`…, a minute apart, the recording party from `recordedBy`).
 */
export function deciderSpec<C, E extends DomainEventShape, S>(decider: Decider<C, E, S>, options: MetaOptions<E> = {}) {
  return {
    given(givenEvents: readonly GivenEvent<E>[] = []): GivenStep<C, E, S> {
      const events = attachMeta<E>(givenEvents, options);
      const state = () => fold(decider, events);
      return {
        state,
        events: () => events,
        when(command: C): WhenStep<E> {
          const decide = () => decider.decide(command, state());
          return {
            decided: decide,
            then(expected) {
              const decided = decide();
              expect(decided.map(withoutMeta)).toEqual(expected.map((event) => withoutMeta(event as unknown as E)));
              return decided;
            },
            thenThrows(expected) {
              let decided: E[];
              try {
                decided = decide();
              } catch (error) {
                return assertDomainError(error, expected);
              }
              const code = typeof expected === 'string' ? expected : expected.code;
              throw new Error(`expected ${code}, but the command decided ${JSON.stringify(decided.map((e) => e.type))}`);
            },
          };
        },
      };
    },
  };
}
