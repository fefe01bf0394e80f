import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event a projection group could not apply, with what went wrong. The runner stops in front of
 * it and reports it; only an operator moves past it (`schakel skip-poison-event`), and that
 * decision stays here, so a rebuild passes over the same event again. Rows are never deleted.
 */
@Entity({ name: 'projection_failure' })
export class ProjectionFailureRow {
  @PrimaryColumn({ name: 'projection_group', type: 'varchar', length: 100 })
  group!: string;

  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  /** The event's global position in the log, as text (it may outgrow a 32-bit integer). */
  @Column({ type: 'varchar', length: 30 })
  position!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 200 })
  eventType!: string;

  @Column({ name: 'stream_id', type: 'varchar', length: 200 })
  streamId!: string;

  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;

  /** The projection's error, control characters replaced (the cause may be one). */
  @Column({ type: 'varchar', length: 2000 })
  error!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'failed_at', type: 'varchar', length: 40 })
  failedAt!: string;

  @Column({ name: 'last_attempt_at', type: 'varchar', length: 40 })
  lastAttemptAt!: string;

  /** null while open; SKIPPED by an operator; APPLIED when a later attempt succeeded. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  resolution!: 'SKIPPED' | 'APPLIED' | null;

  @Column({ name: 'resolved_at', type: 'varchar', length: 40, nullable: true })
  resolvedAt!: string | null;

  /** Who skipped it and why (the operator's words). */
  @Column({ name: 'resolved_by', type: 'varchar', length: 200, nullable: true })
  resolvedBy!: string | null;

  @Column({ name: 'resolution_note', type: 'varchar', length: 1000, nullable: true })
  resolutionNote!: string | null;
}
