import type { Figure } from './bench-results';
import type { StoreFamily } from './contenders/store-contender';
import { loadRange, STORE_CASE, type TargetVerdict } from './figure-targets';
import { formatNumber, formatRatio, formatSummary, ratio, summarize } from './stats';

/**
 * Issue 16's targets for cases 1–6: never below the peer, at least 85% of the raw driver; a floor for
 * the whole-log read on SQLite; a subscription within 10% of the whole-log read. Group commit: case 4
 * (PostgreSQL, 32 writers) at least the raw driver's one-commit-per-append figure, and case 4s
 * (SQLite, 32 writers) at least 3× Schakel's own single-writer rate (figure 4s-1).
 */
export const TARGETS: Record<StoreFamily, { peer: number; limit: number }> = {
  postgres: { peer: 1, limit: 0.85 },
  sqlite: { peer: 1, limit: 0.85 },
};
export const WHOLE_LOG_FLOOR = 300_000;
const CASE_4_LIMIT = 1;
const CASE_4S_OVER_ONE_WRITER = 3;
const SUBSCRIPTION_TO_WHOLE_LOG = 0.9;

const median = (figure: Figure | undefined) => (figure && figure.samples.length > 0 ? summarize(figure.samples).median : undefined);
const cell = (figure: Figure | undefined) => (figure && figure.samples.length > 0 ? formatSummary(summarize(figure.samples)) : '–');
const verdict = (met: boolean) => (met ? 'met' : '**missed**');

/** The comparison table of cases 1–6 (markdown) and the verdict on every target. */
export function comparisonTable(figures: readonly Figure[]): { markdown: string; verdicts: TargetVerdict[] } {
  const lines = [
    '| case | store | Schakel (min / median / max) | Emmett (peer) | raw driver (limit) | Schakel ÷ peer | Schakel ÷ limit | targets |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const verdicts: TargetVerdict[] = [];
  const caseIds = [...new Set(figures.filter((f) => f.role === 'schakel' && STORE_CASE.test(f.caseId)).map((f) => f.caseId))];
  for (const caseId of caseIds) {
    for (const family of ['sqlite', 'postgres'] as const) {
      const of = (role: string, id = caseId) => figures.find((f) => f.caseId === id && f.family === family && f.role === role);
      const ours = of('schakel');
      if (!ours) continue;
      const peer = of('peer');
      // Raw drivers have no subscription: a subscription is held against the raw whole-log read.
      const limit = of('limit') ?? (caseId === '6b' ? of('limit', '6a') : undefined);
      const toPeer = ratio(median(ours), median(peer), ours.higherIsBetter);
      const toLimit = ratio(median(ours), median(limit), ours.higherIsBetter);
      const target = caseId === '4' ? { ...TARGETS[family], limit: CASE_4_LIMIT } : TARGETS[family];
      const marks: string[] = [];
      const load = loadRange(ours.load);
      if (toPeer !== undefined) {
        const met = toPeer >= target.peer;
        verdicts.push({ caseId, family, target: `≥ ${target.peer}× peer`, value: formatRatio(toPeer), met, load });
        marks.push(`≥${target.peer}× peer ${verdict(met)}`);
      }
      if (toLimit !== undefined) {
        const met = toLimit >= target.limit;
        verdicts.push({ caseId, family, target: `≥ ${target.limit * 100}% of limit`, value: `${(toLimit * 100).toFixed(0)}%`, met, load });
        marks.push(`≥${target.limit * 100}% limit ${verdict(met)}`);
      }
      if (caseId === '4s') {
        const oneWriter = of('other', '4s-1');
        const toOne = ratio(median(ours), median(oneWriter), true);
        if (toOne !== undefined) {
          const met = toOne >= CASE_4S_OVER_ONE_WRITER;
          verdicts.push({ caseId, family, target: `≥ ${CASE_4S_OVER_ONE_WRITER}× its single writer`, value: formatRatio(toOne), met, load });
          marks.push(`≥${CASE_4S_OVER_ONE_WRITER}× 1 writer (${formatRatio(toOne)}) ${verdict(met)}`);
        }
      }
      if (caseId === '6b') {
        const wholeLog = of('schakel', '6a');
        const toWholeLog = ratio(median(ours), median(wholeLog), true);
        if (toWholeLog !== undefined) {
          const met = toWholeLog >= SUBSCRIPTION_TO_WHOLE_LOG;
          verdicts.push({ caseId, family, target: 'within 10% of the whole-log read', value: `${(toWholeLog * 100).toFixed(0)}%`, met, load });
          marks.push(`within 10% of 6a (${(toWholeLog * 100).toFixed(0)}%) ${verdict(met)}`);
        }
      }
      if (caseId.startsWith('6') && family === 'sqlite') {
        const met = (median(ours) ?? 0) >= WHOLE_LOG_FLOOR;
        verdicts.push({ caseId, family, target: `≥ ${formatNumber(WHOLE_LOG_FLOOR)} events/s`, value: formatNumber(median(ours) ?? 0), met, load });
        marks.push(`≥300k ev/s ${verdict(met)}`);
      }
      const limitCell = of('limit') ? cell(limit) : limit ? `${cell(limit)} (6a)` : '–';
      lines.push(
        `| ${caseId} ${ours.title} | ${family} | ${cell(ours)} ${ours.unit} | ${cell(peer)} | ${limitCell} | ${formatRatio(toPeer)} | ${formatRatio(toLimit)} | ${marks.join('; ')} |`,
      );
    }
  }
  return { markdown: lines.join('\n'), verdicts };
}

/** Every other figure (hashing, cases 7–12): one row each. */
export function figureTable(figures: readonly Figure[]): string {
  const lines = ['| case | what | who | min / median / max | unit | runs | load (1 min) |', '|---|---|---|---|---|---|---|'];
  for (const f of figures.filter((f) => !STORE_CASE.test(f.caseId))) {
    lines.push(`| ${f.caseId} | ${f.title}${f.note ? ` (${f.note})` : ''} | ${f.contender} | ${cell(f)} | ${f.unit} | ${f.samples.length} | ${loadRange(f.load) ?? ''} |`);
  }
  return lines.join('\n');
}

/** Load averages seen while cases 1–6 ran, one line per case. */
export function loadTable(figures: readonly Figure[]): string {
  const seen = new Map<string, Figure['load']>();
  for (const f of figures) if (STORE_CASE.test(f.caseId) && f.load && !seen.has(f.caseId)) seen.set(f.caseId, f.load);
  return [...seen].map(([caseId, load]) => `case ${caseId}: load ${load!.start.toFixed(2)} → ${load!.end.toFixed(2)}`).join('; ');
}
