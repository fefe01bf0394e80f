import { uuidv7 } from '../ids';
import { ID_CLOCK_SKEW_MS, idempotencyWindowStart, uuidv7Millis } from './idempotency-window';

describe('idempotency window from UUIDv7 event ids', () => {
  it('reads the creation millisecond out of a UUIDv7', () => {
    const now = Date.UTC(2025, 2, 1, 10, 0, 0, 123);
    expect(uuidv7Millis(uuidv7(now))).toBe(now);
  });

  it('gives null for a UUID of another version', () => {
    expect(uuidv7Millis('6f1c2b1e-6a3b-4c5d-8e9f-0a1b2c3d4e5f')).toBeNull();
  });

  it('starts the window at the earliest id less the clock margin', () => {
    const early = Date.UTC(2025, 2, 1, 10, 0, 0);
    const late = early + 5000;
    expect(idempotencyWindowStart([uuidv7(late), uuidv7(early)])).toBe(early - ID_CLOCK_SKEW_MS);
  });

  it('has no window (search the whole stream) as soon as one id is not a UUIDv7', () => {
    expect(idempotencyWindowStart([uuidv7(), '6f1c2b1e-6a3b-4c5d-8e9f-0a1b2c3d4e5f'])).toBeNull();
  });
});
