import { ProgressLine } from './progress-line';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { out: { isTTY, write: (text: string) => written.push(text) }, written };
}

describe('ProgressLine', () => {
  it('estimates the time left from the rate so far, and says how far it is', () => {
    let clock = 0;
    const { out } = recorder(false);
    const line = new ProgressLine({ label: 'verify', total: 100_000, out, now: () => clock });
    clock = 10_000;
    expect(line.describe(25_000)).toBe('verify: 25,000 of about 100,000 events (25%), about 30 s left');
    clock = 60_000;
    expect(line.describe(10_000)).toBe('verify: 10,000 of about 100,000 events (10%), about 9 min left');
    expect(line.describe(100_000)).toBe('verify: 100,000 of about 100,000 events (100%), finishing');
    // PostgreSQL's estimate can be a little high or low: never more than 100%, never a negative estimate
    expect(line.describe(100_400)).toBe('verify: 100,400 of about 100,000 events (100%), finishing');
  });

  it('without a total it counts and shows the time taken', () => {
    let clock = 0;
    const { out } = recorder(false);
    const line = new ProgressLine({ label: 'rebuild-projections', total: null, out, now: () => clock });
    clock = 3_200;
    expect(line.describe(4_000)).toBe('rebuild-projections: 4,000 events, 3 s');
  });

  it('into a log it writes one line per tenth of the work, never the same tenth twice', () => {
    let clock = 0;
    const { out, written } = recorder(false);
    const line = new ProgressLine({ label: 'verify', total: 1_000, out, now: () => clock });
    for (const done of [50, 120, 150, 480, 990, 1_000]) {
      clock += 1_000;
      line.update(done);
    }
    line.finish();
    expect(written.map((w) => w.replace(/, about .*/, '').trim())).toEqual([
      'verify: 120 of about 1,000 events (12%)',
      'verify: 480 of about 1,000 events (48%)',
      'verify: 990 of about 1,000 events (99%)',
      'verify: 1,000 of about 1,000 events (100%), finishing',
    ]);
  });

  it('on a terminal it redraws one line at most five times a second and wipes it at the end', () => {
    let clock = 0;
    const { out, written } = recorder(true);
    const line = new ProgressLine({ label: 'export-bundle', total: 1_000, out, now: () => clock });
    line.update(100); // drawn
    clock = 100;
    line.update(200); // too soon: skipped
    clock = 250;
    line.update(300); // drawn
    line.finish();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^\r\x1b\[Kexport-bundle: 100 of about 1,000 events \(10%\)/);
    expect(written[1]).toMatch(/^\r\x1b\[Kexport-bundle: 300 of about 1,000 events \(30%\), about 1 s left$/);
    expect(written[2]).toBe('\r\x1b[K');
  });
});
