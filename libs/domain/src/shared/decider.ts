/** A pure aggregate: folds events into state and turns a command plus state into new events. */
export type Decider<Command, Event, State> = {
  initialState(): State;
  /**
   * Never changes the state it is given (a holder of the old state sees it as it was); the chain's
   * costs time in proportion to the event, not to the history (docs/adr/0010).
   */
  evolve(state: State, event: Event): State;
  /** Throws a DomainError when the command breaks a rule; never reads a clock or makes ids. */
  decide(command: Command, state: State): Event[];
};
