/**
 * How far back an append looks in a stream for eventIds it may have stored before. A UUIDv7 carries
 * the millisecond it was made; an event cannot have been recorded before its id existed, so the look
 * stops at the earliest id's time less this margin for clocks of different API processes.
 */
export const ID_CLOCK_SKEW_MS = 60_000;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The Unix milliseconds in a UUIDv7, null for any other UUID. */
export function uuidv7Millis(id: string): number | null {
  if (!UUID_V7.test(id)) return null;
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

/**
 * The earliest recordedAt (Unix ms) an earlier copy of these ids can have; null when some id is not
 * a UUIDv7, and the whole stream must be searched.
 */
export function idempotencyWindowStart(ids: readonly string[], skewMs = ID_CLOCK_SKEW_MS): number | null {
  let earliest = Infinity;
  for (const id of ids) {
    const millis = uuidv7Millis(id);
    if (millis === null) return null;
    earliest = Math.min(earliest, millis);
  }
  return earliest === Infinity ? null : earliest - skewMs;
}
