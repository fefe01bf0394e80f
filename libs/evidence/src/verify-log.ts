import type { KeyObject } from 'node:crypto';
import type { EventStore, VerifyFailure } from '@schakel/event-store';
import { checkpointHash, describeCheckpoint, isSignedBy, type LogCheckpoint, type SignedLogCheckpoint } from './log-checkpoint';
import { readLog, type LogRead, type ReadProgress } from './read-log';

export type LogProblemReason =
  /** An event's version, prevHash or hash is wrong (see firstFailure). */
  | 'HASH_CHAIN_BROKEN'
  /** An event of the checkpoint stream is not a signed checkpoint. */
  | 'CHECKPOINT_MALFORMED'
  | 'CHECKPOINT_SIGNATURE_INVALID'
  /** A checkpoint does not name the one before it, covers less than it, or covers events after itself. */
  | 'CHECKPOINT_CHAIN_BROKEN'
  /** A checkpoint covered more events than the log now has: the tail was removed. */
  | 'LOG_SHORTER_THAN_CHECKPOINT'
  /** The log's first N events no longer give the root a checkpoint signed for them: rewritten. */
  | 'CHECKPOINT_ROOT_MISMATCH'
  /** A witness holds a checkpoint the log's checkpoint stream does not. */
  | 'CHECKPOINT_MISSING_FROM_LOG'
  /** SQLite: a global position between 1 and the last is missing. */
  | 'POSITION_GAP'
  /** SQLite: sqlite_sequence handed out positions beyond the last event: the tail was removed. */
  | 'SEQUENCE_AHEAD';

export interface LogProblem {
  readonly reason: LogProblemReason;
  readonly detail: string;
  /** The checkpoint at issue, when there is one. */
  readonly checkpoint?: LogCheckpoint;
  /** Where that checkpoint came from. */
  readonly source?: 'log' | 'witness';
}

export interface LogVerification {
  readonly ok: boolean;
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  /** The first event whose hash chain breaks. */
  readonly firstFailure: VerifyFailure | null;
  readonly checkpointsChecked: number;
  readonly witnessCheckpointsChecked: number;
  /** The newest valid checkpoint in the log, null when there is none. */
  readonly latestCheckpoint: LogCheckpoint | null;
  /** Every problem found, the hash chain first, then the checkpoints in order. */
  readonly problems: readonly LogProblem[];
}

export interface VerifyLogOptions {
  /** The key every checkpoint must be signed with; null when there is none to check with (then any checkpoint fails). */
  readonly publicKey: KeyObject | null;
  /** Checkpoints a witness kept (`--witness FILE`): checked against the log the same way. */
  readonly witness?: readonly SignedLogCheckpoint[];
  readonly pageSize?: number;
  /** Told after each page how many events have been checked (for a progress line). */
  readonly onProgress?: ReadProgress;
}

/**
 * `schakel verify`: every event's hash chain; every checkpoint in the log (signature, chain, and
 * that the log's first N events still give its root); the witness's checkpoints likewise; and, where
 * the store hands out gap-free positions (SQLite), that none is missing and none was handed out past
 * the last event.
 */
export async function verifyLog(store: Pick<EventStore, 'readAll' | 'highestAssignedPosition'>, options: VerifyLogOptions): Promise<LogVerification> {
  const log = await readLog(store, options.pageSize, options.onProgress);
  const problems: LogProblem[] = [];
  if (log.failure) {
    const f = log.failure;
    problems.push({ reason: 'HASH_CHAIN_BROKEN', detail: `${f.reason} at global position ${f.globalPosition} in ${f.streamId} version ${f.streamVersion} (event ${f.eventId}): ${f.detail}` });
  }
  const fromLog = log.failure ? [] : checkLogCheckpoints(log, options.publicKey, problems);
  if (!log.failure) {
    const known = new Set(fromLog.map(checkpointHash));
    for (const [i, signed] of (options.witness ?? []).entries()) {
      const name = `witness ${describeCheckpoint(signed, i)}`;
      if (!checkSigned(signed, name, 'witness', options.publicKey, problems)) continue;
      if (!checkPrefix(log, signed, name, 'witness', problems)) continue;
      if (!known.has(checkpointHash(signed))) {
        problems.push({
          reason: 'CHECKPOINT_MISSING_FROM_LOG',
          detail: `${name} is not in the log's checkpoint stream: checkpoints were removed from the log`,
          checkpoint: signed.checkpoint,
          source: 'witness',
        });
      }
    }
    if (store.highestAssignedPosition) await checkPositions(log, await store.highestAssignedPosition(), problems);
  }
  const latest = fromLog[fromLog.length - 1];
  return {
    ok: problems.length === 0,
    eventsChecked: log.tree.size,
    streamsChecked: log.streamsChecked,
    firstFailure: log.failure,
    checkpointsChecked: log.checkpoints.length,
    witnessCheckpointsChecked: options.witness?.length ?? 0,
    latestCheckpoint: latest?.checkpoint ?? null,
    problems,
  };
}

// The log's own checkpoints, in stream order; returns the ones that are validly signed.
function checkLogCheckpoints(log: LogRead, publicKey: KeyObject | null, problems: LogProblem[]): SignedLogCheckpoint[] {
  const valid: SignedLogCheckpoint[] = [];
  let previous: SignedLogCheckpoint | null = null;
  for (const [i, entry] of log.checkpoints.entries()) {
    const signed = entry.signed;
    if (!signed) {
      problems.push({ reason: 'CHECKPOINT_MALFORMED', detail: `version ${entry.streamVersion} of the checkpoint stream (event ${entry.eventId}) is not a signed checkpoint` });
      previous = null;
      continue;
    }
    const name = describeCheckpoint(signed, i);
    if (!checkSigned(signed, name, 'log', publicKey, problems)) continue;
    const expected = previous ? checkpointHash(previous) : null;
    const chainBroken =
      signed.checkpoint.previous !== expected
        ? `names ${signed.checkpoint.previous === null ? 'no previous checkpoint' : `previous ${signed.checkpoint.previous.slice(0, 12)}…`}, the one before it hashes to ${expected === null ? 'nothing (it is the first)' : `${expected.slice(0, 12)}…`}`
        : previous && signed.checkpoint.treeSize < previous.checkpoint.treeSize
          ? `covers ${signed.checkpoint.treeSize} events, fewer than the ${previous.checkpoint.treeSize} of the one before it`
          : signed.checkpoint.treeSize > entry.leafIndex
            ? `covers ${signed.checkpoint.treeSize} events but is itself event ${entry.leafIndex + 1} of the log`
            : null;
    // The prefix first: a changed root says more than the chain damage the same change causes.
    checkPrefix(log, signed, name, 'log', problems);
    if (chainBroken) problems.push({ reason: 'CHECKPOINT_CHAIN_BROKEN', detail: `${name} ${chainBroken}`, checkpoint: signed.checkpoint, source: 'log' });
    valid.push(signed);
    previous = signed;
  }
  return valid;
}

function checkSigned(signed: SignedLogCheckpoint, name: string, source: 'log' | 'witness', publicKey: KeyObject | null, problems: LogProblem[]): boolean {
  if (publicKey && isSignedBy(signed, publicKey)) return true;
  problems.push({
    reason: 'CHECKPOINT_SIGNATURE_INVALID',
    detail: publicKey
      ? `${name} is not signed by the log's key (log id ${signed.checkpoint.logId}): its size, root, time or chain link is not what was signed`
      : `${name} cannot be checked: no signing key is configured here (pass --public-key)`,
    checkpoint: signed.checkpoint,
    source,
  });
  return false;
}

// The log must still hold the checkpoint's prefix: its first treeSize events give the signed root.
function checkPrefix(log: LogRead, signed: SignedLogCheckpoint, name: string, source: 'log' | 'witness', problems: LogProblem[]): boolean {
  const { treeSize, rootHash } = signed.checkpoint;
  if (treeSize > log.tree.size) {
    problems.push({
      reason: 'LOG_SHORTER_THAN_CHECKPOINT',
      detail: `${name} covered ${treeSize} events; the log now has ${log.tree.size}: events were removed from its tail`,
      checkpoint: signed.checkpoint,
      source,
    });
    return false;
  }
  const root = log.tree.root(treeSize).toString('hex');
  if (root === rootHash) return true;
  problems.push({
    reason: 'CHECKPOINT_ROOT_MISMATCH',
    detail: `${name}: the log's first ${treeSize} events now give root ${root.slice(0, 12)}…: an event it covered was changed, removed or reordered`,
    checkpoint: signed.checkpoint,
    source,
  });
  return false;
}

async function checkPositions(log: LogRead, highest: number, problems: LogProblem[]): Promise<void> {
  const gap = log.positions.findIndex((position, i) => position !== i + 1);
  if (gap >= 0) {
    problems.push({ reason: 'POSITION_GAP', detail: `global position ${gap + 1} is missing: the log goes from ${gap === 0 ? 'the start' : `position ${log.positions[gap - 1]}`} to ${log.positions[gap]}` });
  }
  const last = log.positions[log.positions.length - 1] ?? 0;
  if (highest > last) {
    problems.push({
      reason: 'SEQUENCE_AHEAD',
      detail: `the store handed out global positions up to ${highest}, the log ends at ${last}: the last ${highest - last} event(s) were removed`,
    });
  }
}
