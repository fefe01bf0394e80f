import type { EntityManager } from 'typeorm';
import type { LoggedEvent } from '@schakel/event-store';

/**
 * A read model kept from the log. `apply` runs inside the runner's transaction, together with the
 * checkpoint update, so each event takes effect exactly once.
 */
export interface Projection {
  readonly name: string;
  /** Event types this projection reacts to. */
  readonly handles: ReadonlySet<string>;
  /** Tables (entity targets) it owns; emptied on rebuild. */
  readonly owns: readonly Function[];
  apply(event: LoggedEvent, manager: EntityManager): Promise<void>;
}
