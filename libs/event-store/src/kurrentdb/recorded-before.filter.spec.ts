import { InvalidReadError } from './kurrentdb-errors';
import { recordedNoLaterThan } from './recorded-before.filter';

const at = (recordedAt: string, streamVersion: number) => ({ recordedAt, streamVersion });

describe('recordedNoLaterThan (as-of reads on transaction time)', () => {
  const events = [at('2025-03-01T10:00:00.000Z', 0), at('2025-03-01T10:00:00.500Z', 1), at('2025-03-01T10:00:01.000Z', 2)];

  it('keeps events recorded at or before the instant, in order', () => {
    expect(recordedNoLaterThan(events, '2025-03-01T10:00:00.500Z').map((e) => e.streamVersion)).toEqual([0, 1]);
  });

  it('compares instants, not strings: an offset form of the same moment selects the same events', () => {
    expect(recordedNoLaterThan(events, '2025-03-01T11:00:00.500+01:00').map((e) => e.streamVersion)).toEqual([0, 1]);
  });

  it('gives nothing before the first event and everything after the last', () => {
    expect(recordedNoLaterThan(events, '2025-03-01T09:59:59.999Z')).toEqual([]);
    expect(recordedNoLaterThan(events, '2030-01-01T00:00:00Z')).toHaveLength(3);
  });

  it('refuses an instant that is not a date', () => {
    expect(() => recordedNoLaterThan(events, 'yesterday')).toThrow(InvalidReadError);
    expect(() => recordedNoLaterThan([], 'yesterday')).toThrow(InvalidReadError);
  });
});
