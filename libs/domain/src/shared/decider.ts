/** A pure aggregate: folds events into state and turns a command plus state into new events. */
export type Decider<Command, Event, State> = {
  initialState(): State;
  evolve(state: State, event: Event): State;
  /** Throws a DomainError when the command breaks a rule; never reads a clock or makes ids. */
  decide(command: Command, state: State): Event[];
};
