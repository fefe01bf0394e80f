import { START, checkLink, type EventStore, type VerifyFailure } from '@schakel/event-store';
import { LOG_CHECKPOINT_SIGNED, LOG_CHECKPOINT_STREAM, parseSignedLogCheckpoint, type SignedLogCheckpoint } from './log-checkpoint';
import { HASH_SIZE, MerkleTree, leafHash } from './merkle-tree';

/** A checkpoint as the log holds it: the event that carries it, and where. */
export interface LoggedCheckpoint {
  readonly signed: SignedLogCheckpoint | null;
  /** 0-based place of the carrying event in the log. */
  readonly leafIndex: number;
  readonly streamVersion: number;
  readonly eventId: string;
}

export interface LogRead {
  /** The tree over every event read, in subscriber order. */
  readonly tree: MerkleTree;
  readonly streamsChecked: number;
  /** The first event whose hash chain breaks; reading stops there. */
  readonly failure: VerifyFailure | null;
  /** The checkpoint stream's events, in order. */
  readonly checkpoints: readonly LoggedCheckpoint[];
  /** Every event's global position, in the order read. */
  readonly positions: readonly number[];
}

/**
 * Reads the whole log once: checks each event against its stream's head, builds the RFC 6962
 * tree over the event hashes, and picks out the checkpoint stream.
 */
/** Told, after each page, how many events have been read so far (for a progress line). */
export type ReadProgress = (eventsRead: number) => void;

export async function readLog(store: Pick<EventStore, 'readAll'>, pageSize = 5000, onProgress?: ReadProgress): Promise<LogRead> {
  const heads = new Map<string, { version: number; hash: string }>();
  const chunks: Buffer[] = [];
  const checkpoints: LoggedCheckpoint[] = [];
  const positions: number[] = [];
  let failure: VerifyFailure | null = null;
  let after = START;
  reading: for (;;) {
    const page = await store.readAll({ after, limit: pageSize });
    if (page.length === 0) break;
    const leaves = Buffer.allocUnsafe(page.length * HASH_SIZE);
    let inPage = 0;
    for (const event of page) {
      failure = checkLink(event, heads.get(event.streamId));
      if (failure) {
        chunks.push(leaves.subarray(0, inPage * HASH_SIZE));
        break reading;
      }
      heads.set(event.streamId, { version: event.streamVersion, hash: event.hash });
      if (event.streamId === LOG_CHECKPOINT_STREAM) {
        const signed = event.type === LOG_CHECKPOINT_SIGNED ? parseSignedLogCheckpoint(event.data) : null;
        checkpoints.push({ signed, leafIndex: positions.length, streamVersion: event.streamVersion, eventId: event.eventId });
      }
      leafHash(Buffer.from(event.hash, 'hex')).copy(leaves, inPage * HASH_SIZE);
      positions.push(event.globalPosition);
      inPage++;
    }
    chunks.push(leaves);
    after = page[page.length - 1].checkpoint;
    onProgress?.(positions.length);
  }
  return { tree: MerkleTree.fromLeafHashes(Buffer.concat(chunks)), streamsChecked: heads.size, failure, checkpoints, positions };
}
