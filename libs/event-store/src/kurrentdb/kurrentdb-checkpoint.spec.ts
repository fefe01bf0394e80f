import { START } from '../envelope';
import { comparePositions, decodeCheckpoint, encodeCheckpoint, globalPositionOf, isAfter } from './kurrentdb-checkpoint';
import { InvalidCheckpointError } from './kurrentdb-errors';

describe('KurrentDB checkpoint <-> position', () => {
  it('encodes commit and prepare as "<commit>:<prepare>" and decodes it back exactly', () => {
    const position = { commit: 123456789n, prepare: 123456700n };
    expect(encodeCheckpoint(position)).toBe('123456789:123456700');
    expect(decodeCheckpoint('123456789:123456700')).toEqual(position);
  });

  it('keeps positions beyond 2^53 exact in the checkpoint', () => {
    const position = { commit: 2n ** 53n + 1n, prepare: 2n ** 60n + 7n };
    expect(decodeCheckpoint(encodeCheckpoint(position))).toEqual(position);
  });

  it('decodes START (the empty checkpoint) as "from the beginning"', () => {
    expect(decodeCheckpoint(START)).toBeNull();
  });

  it.each(['12', '12:', ':12', '-1:0', '1:2:3', '01:2', 'a:b', ' 1:2', '1.5:2', '18446744073709551615:18446744073709551615'])(
    'refuses "%s" with InvalidCheckpointError',
    (checkpoint) => {
      expect(() => decodeCheckpoint(checkpoint)).toThrow(InvalidCheckpointError);
    },
  );

  it('orders positions by commit, then prepare, as $all does', () => {
    expect(comparePositions({ commit: 10n, prepare: 10n }, { commit: 11n, prepare: 0n })).toBeLessThan(0);
    expect(comparePositions({ commit: 10n, prepare: 12n }, { commit: 10n, prepare: 11n })).toBeGreaterThan(0);
    expect(comparePositions({ commit: 10n, prepare: 10n }, { commit: 10n, prepare: 10n })).toBe(0);
  });

  it('drops the event at exactly the checkpoint and keeps what follows', () => {
    const at = { commit: 500n, prepare: 500n };
    expect(isAfter(at, at)).toBe(false);
    expect(isAfter({ commit: 499n, prepare: 499n }, at)).toBe(false);
    expect(isAfter({ commit: 501n, prepare: 501n }, at)).toBe(true);
    expect(isAfter(at, null)).toBe(true);
  });

  it('gives the commit position as the global position, -1 when the server reported none', () => {
    expect(globalPositionOf({ commit: 4096n, prepare: 4096n })).toBe(4096);
    expect(globalPositionOf(undefined)).toBe(-1);
    expect(globalPositionOf({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n })).toBe(-1);
  });

  it('loses precision past 2^53 in the Number global position only (the documented limit)', () => {
    const big = { commit: 2n ** 53n + 1n, prepare: 2n ** 53n + 1n };
    expect(globalPositionOf(big)).toBe(2 ** 53);
    expect(decodeCheckpoint(encodeCheckpoint(big))).toEqual(big);
  });
});
