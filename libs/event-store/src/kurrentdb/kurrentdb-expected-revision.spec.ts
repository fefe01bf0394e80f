import { NO_STREAM, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { toStreamState, toStreamVersion } from './kurrentdb-expected-revision';

describe('expected version <-> KurrentDB stream state', () => {
  it('sends -1 as NO_STREAM', () => {
    expect(toStreamState(-1)).toBe(NO_STREAM);
  });

  it('sends a version as that exact bigint revision', () => {
    expect(toStreamState(0)).toBe(0n);
    expect(toStreamState(41)).toBe(41n);
  });

  it('reads the stream state a server reports back as a version', () => {
    expect(toStreamVersion(NO_STREAM)).toBe(-1);
    expect(toStreamVersion(7n)).toBe(7);
    expect(toStreamVersion(undefined)).toBeNull();
  });

  it('reads the actual state out of the client’s WrongExpectedVersionError', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'chain-1', expected: 2n, current: 9n });
    expect(toStreamVersion(error.actualState)).toBe(9);
    const missing = WrongExpectedVersionError.fromRevisionConflict({ stream: 'chain-1', expectedRevision: '3', actualRevision: '-1' });
    expect(toStreamVersion(missing.actualState)).toBe(-1);
  });
});
