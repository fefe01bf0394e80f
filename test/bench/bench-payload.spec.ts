import { benchEvent, benchPayload } from './bench-payload';

describe('bench payload', () => {
  it('is about 500 bytes of JSON', () => {
    const bytes = Buffer.byteLength(JSON.stringify(benchPayload(123456)));
    expect(bytes).toBeGreaterThanOrEqual(450);
    expect(bytes).toBeLessThanOrEqual(550);
  });

  it('gives every event its own ids', () => {
    const [a, b] = [benchEvent(1), benchEvent(2)];
    expect(a.eventId).not.toBe(b.eventId);
    expect((a.data as { checkId: string }).checkId).not.toBe((b.data as { checkId: string }).checkId);
  });
});
