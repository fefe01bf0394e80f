/**
 * Fixed-window counters in this process: link pages per address per minute and per link per hour.
 * Several API processes each count their own share; the limit then holds per process.
 */
export class LinkRateLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perAddressPerMinute: number,
    private readonly perLinkPerHour: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one request; false when the address or the link is over its limit. */
  allow(address: string, linkKey: string): boolean {
    const byAddress = this.hit(`a|${address}`, 60_000);
    const byLink = this.hit(`l|${linkKey}`, 3_600_000);
    return byAddress <= this.perAddressPerMinute && byLink <= this.perLinkPerHour;
  }

  private hit(key: string, windowMs: number): number {
    const now = this.clock();
    if (this.windows.size > 50_000) this.sweep(now);
    const window = this.windows.get(key);
    if (!window || now - window.start >= windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return 1;
    }
    window.count++;
    return window.count;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= 3_600_000) this.windows.delete(key);
  }
}
