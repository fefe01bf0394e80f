import { percentDone, timeLeftMs } from '@schakel/application';

/** Where a progress line goes: standard error, so that standard output stays the command's answer. */
export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface ProgressLineOptions {
  /** What is running, e.g. "verify". */
  readonly label: string;
  /** About how many events the work covers; null when the store cannot say (then no percentage or estimate). */
  readonly total: number | null;
  readonly out: ProgressOutput;
  /** Milliseconds since some fixed moment; Date.now by default (tests pass their own clock). */
  readonly now?: () => number;
}

const TERMINAL_REDRAW_MS = 200;
const LOG_LINE_MS = 5_000;
const number = new Intl.NumberFormat('en-GB');

/**
 * A long command's progress: counts, the share done and an estimate of the time left. On a terminal one
 * line is redrawn in place (at most five times a second) and wiped at the end; into a file or a pipe a
 * line is written at every tenth of the work (or every 5 s when the total is unknown).
 */
export class ProgressLine {
  private readonly now: () => number;
  private readonly started: number;
  private lastDrawn = -Infinity;
  private lastTenth = 0;
  private drawn = false;

  constructor(private readonly options: ProgressLineOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** `done` events so far. */
  update(done: number): void {
    const at = this.now();
    const { out, total } = this.options;
    if (out.isTTY) {
      if (at - this.lastDrawn < TERMINAL_REDRAW_MS) return;
      this.lastDrawn = at;
      this.drawn = true;
      out.write(`\r\x1b[K${this.describe(done, at)}`);
      return;
    }
    if (total !== null && total > 0) {
      const tenth = Math.min(10, Math.floor((done / total) * 10));
      if (tenth <= this.lastTenth) return;
      this.lastTenth = tenth;
    } else {
      if (at - this.lastDrawn < LOG_LINE_MS) return;
      this.lastDrawn = at;
    }
    out.write(`${this.describe(done, at)}\n`);
  }

  /** The work is over: a terminal's line is wiped, so the command's own answer stands alone. */
  finish(): void {
    if (this.options.out.isTTY && this.drawn) this.options.out.write('\r\x1b[K');
  }

  /** "verify: 45,000 of about 100,000 events (45%), about 12 s left". */
  describe(done: number, at = this.now()): string {
    const { label, total } = this.options;
    const elapsed = at - this.started;
    if (total === null || total <= 0) return `${label}: ${number.format(done)} events, ${duration(elapsed)}`;
    const head = `${label}: ${number.format(done)} of about ${number.format(total)} events (${percentDone(done, total)}%)`;
    const left = timeLeftMs(done, total, elapsed);
    if (left === 0) return `${head}, finishing`;
    return left === null ? head : `${head}, about ${duration(left)} left`;
  }
}

function duration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * A progress line for a command run by a person: shown on a terminal, or always with --progress (for a
 * log file); absent otherwise, so scripts read only the answer.
 */
export async function progressFor(
  label: string,
  store: { estimatedEventCount?(): Promise<number> },
  forced: boolean,
  out: ProgressOutput = process.stderr,
): Promise<ProgressLine | null> {
  if (!forced && !out.isTTY) return null;
  const total = store.estimatedEventCount ? await store.estimatedEventCount() : null;
  return new ProgressLine({ label, total, out });
}
