import { type DataSource, IsNull } from 'typeorm';
import { ProjectionFailureRow } from './projection-failure.entity';
import { type PoisonEvent, poisonOf } from './projection-halted.error';

export interface SkipPoisonEvent {
  readonly group?: string;
  /** The global position the failure was reported with (health, log, `ProjectionHaltedError`). */
  readonly position: string;
  readonly by: string;
  readonly reason: string;
}

/** Why a skip was refused: there is no open failure at that position. */
export class NoPoisonEventError extends Error {
  constructor(
    readonly position: string,
    readonly open: readonly PoisonEvent[],
  ) {
    super(
      `no open projection failure at position ${position}` +
        (open.length ? `; open: ${open.map((p) => `position ${p.position} (${p.eventType})`).join(', ')}` : '; none is open'),
    );
    this.name = 'NoPoisonEventError';
  }
}

/**
 * The operator's decision to leave one event out of the read models: marks its open failure
 * SKIPPED, with who and why. The event stays in the log; the runner passes over it from now on,
 * rebuilds included. Only an open failure can be skipped, so no healthy event is ever left out.
 */
export async function skipPoisonEvent(dataSource: DataSource, skip: SkipPoisonEvent): Promise<PoisonEvent> {
  const group = skip.group ?? 'read-models';
  const failures = dataSource.getRepository(ProjectionFailureRow);
  const row = await failures.findOneBy({ group, position: skip.position, resolution: IsNull() });
  if (!row) {
    const open = await failures.findBy({ group, resolution: IsNull() });
    throw new NoPoisonEventError(skip.position, open.map(poisonOf));
  }
  const result = await failures.update(
    { group, eventId: row.eventId, resolution: IsNull() },
    { resolution: 'SKIPPED', resolvedAt: new Date().toISOString(), resolvedBy: skip.by.slice(0, 200), resolutionNote: skip.reason.slice(0, 1000) },
  );
  if (!result.affected) throw new NoPoisonEventError(skip.position, []);
  return poisonOf(row);
}
