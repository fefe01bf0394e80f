import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './bench-options';
import type { BenchResults } from './bench-results';
import { ceilingVerdicts, relativeVerdicts, verdictLine } from './figure-targets';
import { memoryTable } from './peak-memory';
import { comparisonTable, figureTable, loadTable } from './report-table';

/** The whole result as markdown; also written, with the raw samples as JSON, to a folder in the temp dir. */
export function writeReport(options: BenchOptions, machine: string[], results: BenchResults): string {
  const { markdown: comparison, verdicts: storeVerdicts } = comparisonTable(results.figures);
  const verdicts = [...storeVerdicts, ...ceilingVerdicts(results.figures), ...relativeVerdicts(results.figures)];
  const met = verdicts.filter((v) => v.met).length;
  const sections = [
    `## Schakel bench (${options.quick ? 'quick' : 'full'} run, ${options.runs} runs per figure)`,
    [...machine, `- load average at the end (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`].join('\n'),
    '### Cases 1–6: event store (events/s, higher is better; ratios of medians)',
    comparison,
    `Load average per case: ${loadTable(results.figures)}`,
    `### Targets: ${met} of ${verdicts.length} met`,
    verdicts.map(verdictLine).join('\n'),
    '### Hashing, end to end, command cost, as-of replay, the web app, memory',
    figureTable(results.figures),
    results.memory.length > 0 ? `### Peak memory (RSS) per case and process\n\n${memoryTable(results.memory)}` : '',
    results.notes.length > 0 ? `### Notes\n${results.notes.map((n) => `- ${n}`).join('\n')}` : '',
  ].filter((s) => s !== '');
  const markdown = sections.join('\n\n');
  const folder = join(tmpdir(), `schakel-bench-results-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'results.md'), markdown);
  writeFileSync(join(folder, 'results.json'), JSON.stringify({ options: { ...options, cases: [...options.cases] }, machine, ...results }, null, 2));
  process.stderr.write(`results written to ${folder}\n`);
  return markdown;
}
