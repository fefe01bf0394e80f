import type { Figure } from './bench-results';
import type { StoreFamily } from './contenders/store-contender';
import { formatNumber, formatRatio, formatSummary, ratio, summarize } from './stats';

/** The issue's targets for cases 1–6: ratios to the peer and the limit, and a floor for whole-log reads. */
export const TARGETS: Record<StoreFamily, { peer: number; limit: number }> = {
  postgres: { peer: 1.5, limit: 0.7 },
  sqlite: { peer: 3, limit: 0.7 },
};
export const WHOLE_LOG_FLOOR = 300_000;

/** Cases 1–6 (and 6a, 6b): the event store's, compared with the peer and the limit; 10 is not one of them. */
const STORE_CASE = /^[1-6]([a-z]|$)/;

export interface TargetVerdict {
  readonly caseId: string;
  readonly family: StoreFamily;
  readonly target: string;
  readonly value: string;
  readonly met: boolean;
}

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
      const target = TARGETS[family];
      const marks: string[] = [];
      if (toPeer !== undefined) {
        const met = toPeer >= target.peer;
        verdicts.push({ caseId, family, target: `≥ ${target.peer}× peer`, value: formatRatio(toPeer), met });
        marks.push(`≥${target.peer}× peer ${verdict(met)}`);
      }
      if (toLimit !== undefined) {
        const met = toLimit >= target.limit;
        verdicts.push({ caseId, family, target: `≥ ${target.limit * 100}% of limit`, value: `${(toLimit * 100).toFixed(0)}%`, met });
        marks.push(`≥${target.limit * 100}% limit ${verdict(met)}`);
      }
      if (caseId.startsWith('6')) {
        const met = (median(ours) ?? 0) >= WHOLE_LOG_FLOOR;
        verdicts.push({ caseId, family, target: `≥ ${formatNumber(WHOLE_LOG_FLOOR)} events/s`, value: formatNumber(median(ours) ?? 0), met });
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

/** Every other figure (cases 7–9, hashing): one row each. */
export function figureTable(figures: readonly Figure[]): string {
  const lines = ['| case | what | who | min / median / max | unit | runs | load (1 min) |', '|---|---|---|---|---|---|---|'];
  for (const f of figures.filter((f) => !STORE_CASE.test(f.caseId))) {
    const load = f.load ? `${f.load.start.toFixed(2)} → ${f.load.end.toFixed(2)}` : '';
    lines.push(`| ${f.caseId} | ${f.title}${f.note ? ` (${f.note})` : ''} | ${f.contender} | ${cell(f)} | ${f.unit} | ${f.samples.length} | ${load} |`);
  }
  return lines.join('\n');
}

/** Load averages seen while cases 1–6 ran, one line per case. */
export function loadTable(figures: readonly Figure[]): string {
  const seen = new Map<string, Figure['load']>();
  for (const f of figures) if (STORE_CASE.test(f.caseId) && f.load && !seen.has(f.caseId)) seen.set(f.caseId, f.load);
  return [...seen].map(([caseId, load]) => `case ${caseId}: load ${load!.start.toFixed(2)} → ${load!.end.toFixed(2)}`).join('; ');
}
