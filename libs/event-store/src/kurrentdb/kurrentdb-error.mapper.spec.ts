import {
  AccessDeniedError,
  DeadlineExceededError,
  NotLeaderError,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyError, StoreUnavailableError } from '../errors';
import { actualVersionOf, isStreamNotFound, isWrongExpectedVersion, toStoreError } from './kurrentdb-error.mapper';
import { StreamDeletedInStoreError } from './kurrentdb-errors';

const STREAM = 'chain-0190a1b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b';

/** A gRPC status error as @grpc/grpc-js rejects with it before the client converts it. */
const grpcStatusError = (code: number, details: string) => Object.assign(new Error(`${code} ${details}`), { code, details });

describe('client errors -> store errors', () => {
  it('maps WrongExpectedVersionError to ConcurrencyError with the actual version it carries', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: STREAM, expected: 3n, current: 5n });
    const mapped = toStoreError(error, { streamId: STREAM, expectedVersion: 3 });
    expect(mapped).toBeInstanceOf(ConcurrencyError);
    expect(mapped).toMatchObject({ streamId: STREAM, expectedVersion: 3, actualVersion: 5, code: 'STREAM_VERSION_CONFLICT' });
  });

  it('maps a conflict on a stream that does not exist to actual version -1', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: STREAM, expected: 0n, current: 'no_stream' });
    expect(toStoreError(error, { streamId: STREAM, expectedVersion: 0 })).toMatchObject({ actualVersion: -1 });
    expect(actualVersionOf(error)).toBe(-1);
  });

  it('maps the v2 protocol’s revision conflict the same way', () => {
    const error = WrongExpectedVersionError.fromRevisionConflict({ stream: STREAM, expectedRevision: '-1', actualRevision: '12' });
    expect(isWrongExpectedVersion(error)).toBe(true);
    expect(toStoreError(error, { streamId: STREAM, expectedVersion: -1 })).toMatchObject({ expectedVersion: -1, actualVersion: 12 });
  });

  it.each([
    ['UnavailableError', new UnavailableError()],
    ['DeadlineExceededError', new DeadlineExceededError()],
    ['NotLeaderError', new NotLeaderError({ metadata: { 'leader-endpoint-host': 'node2', 'leader-endpoint-port': '2113' } } as never)],
    ['AccessDeniedError', new AccessDeniedError()],
  ])('maps %s to StoreUnavailableError', (_name, error) => {
    const mapped = toStoreError(error);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect((mapped as StoreUnavailableError).cause).toBe(error);
  });

  it('maps a raw gRPC UNAVAILABLE status (what append rejects with when nothing listens)', () => {
    const mapped = toStoreError(grpcStatusError(14, 'UNAVAILABLE: No connection established'));
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
  });

  it('maps a raw gRPC DEADLINE_EXCEEDED status', () => {
    expect(toStoreError(grpcStatusError(4, 'DEADLINE_EXCEEDED: Deadline exceeded'))).toBeInstanceOf(StoreUnavailableError);
  });

  it('maps socket errors and a failed cluster discovery', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2113'), { code: 'ECONNREFUSED' });
    expect(toStoreError(refused)).toBeInstanceOf(StoreUnavailableError);
    expect(toStoreError(new Error('Failed to discover after 10 attempts.'))).toBeInstanceOf(StoreUnavailableError);
  });

  it('maps a deleted stream to StreamDeletedInStoreError naming it', () => {
    const mapped = toStoreError(StreamDeletedError.fromStreamName(STREAM));
    expect(mapped).toBeInstanceOf(StreamDeletedInStoreError);
    expect(mapped).toMatchObject({ streamName: STREAM });
  });

  it('recognises a missing stream (readStream of an unknown stream gives [])', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, STREAM))).toBe(true);
    expect(isStreamNotFound(new UnavailableError())).toBe(false);
  });

  it('leaves errors it has no meaning for unchanged', () => {
    const bug = new TypeError('x is undefined');
    expect(toStoreError(bug)).toBe(bug);
    const unknown = new UnknownError(undefined, 'something odd');
    expect(toStoreError(unknown)).toBe(unknown);
    expect(toStoreError('a string')).toBe('a string');
  });

  it('does not turn a conflict into ConcurrencyError without the stream it was about', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: STREAM, expected: 3n, current: 5n });
    expect(toStoreError(error)).toBe(error);
  });
});
