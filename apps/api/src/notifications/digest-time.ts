/** Minutes a time zone is ahead of UTC at an instant (Europe/Amsterdam: 60 or 120). */
function offsetMinutes(ms: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '+' ? 1 : -1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The next moment after `nowMs` that the clock in `timeZone` shows `hour`:00 (the daily digest's hour). */
export function nextDigestAt(nowMs: number, hour: number, timeZone = 'Europe/Amsterdam'): string {
  const local = new Date(nowMs + offsetMinutes(nowMs, timeZone) * 60_000);
  for (let day = 0; day < 3; day++) {
    const wallClock = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + day, hour);
    const at = wallClock - offsetMinutes(wallClock, timeZone) * 60_000;
    if (at > nowMs) return new Date(at).toISOString();
  }
  return new Date(nowMs + 86_400_000).toISOString();
}
