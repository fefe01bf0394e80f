import { readFileSync, writeFileSync } from 'node:fs';

/** The peak resident set of one process over one case (issue 16: peak RSS per case). */
export interface MemoryPeak {
  readonly caseId: string;
  /** Whose: the bench process, a contender, the API limit server, autocannon, the API under case 12. */
  readonly process: string;
  readonly bytes: number;
  /** False when the kernel could not reset the peak: then it is the peak since the process started. */
  readonly sinceCaseStart: boolean;
}

/** A process's peak, as a child process reports it to the bench. */
export interface PeakReading {
  readonly bytes: number;
  readonly sinceReset: boolean;
}

/** VmHWM ("high water mark", the peak RSS) in bytes from the text of /proc/<pid>/status. */
export function vmHwmBytes(status: string): number | undefined {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

let resetWorks: boolean | undefined;

/**
 * Starts a new peak for this process: writing 5 to /proc/self/clear_refs sets VmHWM to the current
 * RSS (Linux 4.0+). Returns whether that worked; elsewhere the peak runs from the process's start.
 */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    resetWorks = true;
  } catch {
    resetWorks = false;
  }
  return resetWorks;
}

/** This process's peak RSS since the last reset (VmHWM), else since it started (getrusage's maxrss). */
export function peakRss(): PeakReading {
  try {
    const bytes = vmHwmBytes(readFileSync('/proc/self/status', 'utf8'));
    // never below the resident set of this moment (the kernel keeps its high-water mark lazily)
    if (bytes !== undefined) return { bytes: Math.max(bytes, process.memoryUsage().rss), sinceReset: resetWorks === true };
  } catch {
    // not Linux
  }
  return { bytes: process.resourceUsage().maxRSS * 1024, sinceReset: false };
}

/** Reads this process's peak and starts a new one: what one case took. */
export function takePeakRss(): PeakReading {
  const reading = peakRss();
  resetPeakRss();
  return reading;
}

export const MiB = 2 ** 20;

/** The table of peaks, one row per case and process, in the order they were taken. */
export function memoryTable(peaks: readonly MemoryPeak[]): string {
  const lines = ['| case | process | peak RSS (MiB) |', '|---|---|---|'];
  for (const p of peaks) lines.push(`| ${p.caseId} | ${p.process} | ${(p.bytes / MiB).toFixed(0)}${p.sinceCaseStart ? '' : ' (since the process started)'} |`);
  return lines.join('\n');
}
