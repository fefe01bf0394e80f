import { incidentValidTime } from './incident-valid-time';

describe('incidentValidTime', () => {
  const now = new Date('2026-12-07T12:00:00.000Z');
  it('is when it happened, unless the reporter gave a valid time', () => {
    expect(incidentValidTime(new Date('2026-12-07T09:00:00.000Z'), null, now)).toBe('2026-12-07T09:00:00.000Z');
    expect(incidentValidTime(new Date('2026-12-07T09:00:00.000Z'), '2026-12-07T10:00:00.000Z', now)).toBe('2026-12-07T10:00:00.000Z');
  });
  it('leaves a future or unreadable happenedAt to the decision, which names it', () => {
    expect(incidentValidTime(new Date('2026-12-08T09:00:00.000Z'), undefined, now)).toBeNull();
    expect(incidentValidTime(new Date('nonsense'), undefined, now)).toBeNull();
  });
});
