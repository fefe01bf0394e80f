import type { ProjectionFailureRow } from './projection-failure.entity';

/** An event a projection group could not apply, as the runner reports it. */
export interface PoisonEvent {
  readonly group: string;
  readonly position: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly error: string;
  readonly attempts: number;
  readonly failedAt: string;
  readonly lastAttemptAt: string;
}

export const poisonOf = (row: ProjectionFailureRow): PoisonEvent => ({
  group: row.group,
  position: row.position,
  eventId: row.eventId,
  eventType: row.eventType,
  streamId: row.streamId,
  streamVersion: row.streamVersion,
  error: row.error,
  attempts: row.attempts,
  failedAt: row.failedAt,
  lastAttemptAt: row.lastAttemptAt,
});

/**
 * The read models stand still in front of an event they cannot apply. Everything before it is
 * applied; the event and everything after it are in the log but not in the read models.
 */
export class ProjectionHaltedError extends Error {
  readonly code = 'PROJECTION_HALTED';

  constructor(
    readonly poison: PoisonEvent,
    /** True when this call tried the event again (and it failed again); false when it only reports. */
    readonly attempted: boolean,
    cause?: unknown,
  ) {
    super(
      `projections (${poison.group}) halted at event position ${poison.position} ` +
        `(${poison.eventType} ${poison.eventId} in ${poison.streamId}): ${poison.error}`,
      { cause },
    );
    this.name = 'ProjectionHaltedError';
  }
}

/** Text safe to store and log whatever the failed value held: control characters and lone surrogates become U+FFFD. */
export function printableError(error: unknown, max = 2000): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .slice(0, max);
}
