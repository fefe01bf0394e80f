/** A pure aggregate: folds events into state and turns a command plus state into new events. */
export type Decider<Command, Event, State> = {
  initialState(): State;
  evolve(state: State, event: Event): State;
  /** Throws a DomainError when the command breaks a rule; never reads a clock or makes ids. */
  decide(command: Command, state: State): Event[];
  /**
   * Folds a whole stream from the initial state: the same state as reducing with `evolve`, in
   * linear time (a decider whose evolve copies its collections offers it for long streams).
   */
  foldAll?(events: readonly Event[]): State;
  /**
   * Continues a fold: the same state as reducing `events` onto `state` with `evolve`, in time
   * proportional to the events. It may reuse `state` in place: only for a caller that owns it.
   */
  foldOnto?(state: State, events: readonly Event[]): State;
};
