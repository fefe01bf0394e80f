import { NO_STREAM, uuidv7, type EventStore } from '@schakel/event-store';
import { BrokenLogError, CheckpointStreamError } from './evidence-errors';
import { LOG_CHECKPOINT_SIGNED, LOG_CHECKPOINT_STREAM, signLogCheckpoint, type SignedLogCheckpoint } from './log-checkpoint';
import { readLog } from './read-log';
import type { SigningKey } from './signing-key';
import { publishToWitnesses, type PublishResult, type Witness } from './witness';

export interface WriteLogCheckpointOptions {
  readonly store: Pick<EventStore, 'kind' | 'readAll' | 'append'>;
  readonly signingKey: SigningKey;
  readonly now: Date;
  readonly witnesses?: readonly Witness[];
}

export interface WrittenLogCheckpoint {
  /** False when the log had not grown since the last checkpoint: `signed` is that one. */
  readonly written: boolean;
  readonly signed: SignedLogCheckpoint;
  readonly published: readonly PublishResult[];
}

/** Who writes a checkpoint event: the platform itself, not a person. */
const CHECKPOINTER = { userId: 'schakel-checkpointer', partyId: null, role: 'SYSTEM' } as const;

/**
 * Signs the head of the whole log (size, Merkle root, the previous checkpoint's hash), appends it to
 * the checkpoint stream, and publishes it to the witnesses. Refuses a log whose hash chains are
 * broken (BrokenLogError) or whose last checkpoint event is not one (CheckpointStreamError); a
 * concurrent checkpointer makes the append fail with ConcurrencyError.
 */
export async function writeLogCheckpoint(options: WriteLogCheckpointOptions): Promise<WrittenLogCheckpoint> {
  const log = await readLog(options.store);
  if (log.failure) throw new BrokenLogError(log.failure);
  const last = log.checkpoints[log.checkpoints.length - 1];
  if (last && !last.signed) throw new CheckpointStreamError(`the checkpoint stream's version ${last.streamVersion} (event ${last.eventId}) is not a signed checkpoint; run schakel verify`);
  const size = log.tree.size;
  // Nothing new since the last checkpoint but that checkpoint's own event: signing again would only
  // grow the log by one event each time.
  if (last?.signed && (last.signed.checkpoint.treeSize === size || (last.signed.checkpoint.treeSize === last.leafIndex && last.leafIndex === size - 1))) {
    return { written: false, signed: last.signed, published: [] };
  }
  const issuedAt = options.now.toISOString();
  const signed = signLogCheckpoint({ treeSize: size, rootHash: log.tree.root().toString('hex'), issuedAt, store: options.store.kind }, last?.signed ?? null, options.signingKey);
  await options.store.append(
    LOG_CHECKPOINT_STREAM,
    [
      {
        eventId: uuidv7(options.now.getTime()),
        type: LOG_CHECKPOINT_SIGNED,
        schemaVersion: 1,
        data: { checkpoint: signed.checkpoint, signature: signed.signature },
        occurredAt: issuedAt,
        actor: CHECKPOINTER,
        correlationId: uuidv7(options.now.getTime()),
        causationId: null,
      },
    ],
    last ? last.streamVersion : NO_STREAM,
  );
  const published = await publishToWitnesses(options.witnesses ?? [], signed);
  return { written: true, signed, published };
}
