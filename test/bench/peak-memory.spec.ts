import { memoryTable, MiB, peakRss, resetPeakRss, vmHwmBytes } from './peak-memory';

describe('peak memory', () => {
  it('reads VmHWM from a /proc status text, in bytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1234567 kB\nVmHWM:\t  235952 kB\nVmRSS:\t  200000 kB\n';
    expect(vmHwmBytes(status)).toBe(235952 * 1024);
    expect(vmHwmBytes('Name:\tnode\n')).toBeUndefined();
  });

  it('is never below the current RSS, and after a reset starts from it and grows with what is touched', () => {
    const reset = resetPeakRss();
    const start = peakRss();
    expect(start.sinceReset).toBe(reset);
    const rss = process.memoryUsage().rss;
    expect(peakRss().bytes).toBeGreaterThanOrEqual(rss);
    const held = Buffer.alloc(64 * MiB, 1); // written, so resident
    // the resident set first, the peak after: read the other way round, a page touched between the two
    // reads makes the later RSS larger than the earlier peak (CI saw 32 KiB)
    const touched = process.memoryUsage().rss;
    expect(peakRss().bytes).toBeGreaterThanOrEqual(touched);
    if (reset) expect(peakRss().bytes).toBeGreaterThanOrEqual(start.bytes + 32 * MiB);
    expect(held[held.length - 1]).toBe(1);
  });

  it('tables the peaks in MiB, saying when one runs from the process start', () => {
    expect(
      memoryTable([
        { caseId: '1', process: 'schakel-sqlite', bytes: 120 * MiB, sinceCaseStart: true },
        { caseId: '7 sqlite', process: 'API limit server', bytes: 55.4 * MiB, sinceCaseStart: false },
      ]),
    ).toBe(['| case | process | peak RSS (MiB) |', '|---|---|---|', '| 1 | schakel-sqlite | 120 |', '| 7 sqlite | API limit server | 55 (since the process started) |'].join('\n'));
  });
});
