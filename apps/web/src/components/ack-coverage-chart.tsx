import { useTranslation } from 'react-i18next';

type Status = { partyId: string; workerId?: string | null; status: string };
type Node = { depth: number; partyId: string };

const STATES = ['CURRENT', 'STALE', 'MISSING'] as const;
const COLOURS: Record<(typeof STATES)[number], string> = { CURRENT: '#1f7a3f', STALE: '#a15c00', MISSING: '#b42318' };
const SYMBOLS: Record<(typeof STATES)[number], string> = { CURRENT: '✓', STALE: '!', MISSING: '✕' };

/**
 * Acknowledgement coverage of the current version of every instruction, per tier of the chain (depth in
 * its tree): a plain SVG bar per tier, split into acknowledged, old version and not acknowledged, each
 * part with its number written beside its colour. No chart library.
 */
export function AckCoverageChart({ instructions, tree }: { instructions: readonly { status: readonly Status[] }[]; tree: readonly Node[] }) {
  const { t } = useTranslation();
  const tierOf = new Map<string, number>();
  for (const node of tree) if (!tierOf.has(node.partyId)) tierOf.set(node.partyId, node.depth);
  const tiers = new Map<number, Record<(typeof STATES)[number], number>>();
  for (const status of instructions.flatMap((i) => i.status)) {
    const tier = tierOf.get(status.partyId);
    if (tier === undefined || !STATES.includes(status.status as never)) continue;
    const counts = tiers.get(tier) ?? { CURRENT: 0, STALE: 0, MISSING: 0 };
    counts[status.status as (typeof STATES)[number]] += 1;
    tiers.set(tier, counts);
  }
  const rows = [...tiers.entries()].sort(([a], [b]) => a - b);
  if (rows.length === 0) return null;
  const width = 640;
  const label = 110;
  const bar = width - label - 10;
  const rowHeight = 34;
  const height = rows.length * rowHeight + 8;
  const summary = rows
    .map(([tier, c]) => `${t('charts.tier', { tier: tier + 1 })}: ${STATES.map((s) => `${c[s]} ${t(`charts.state.${s}`)}`).join(', ')}`)
    .join('; ');
  return (
    <figure className="panel chart">
      <figcaption>
        <strong>{t('charts.ackTitle')}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={summary}>
        {rows.map(([tier, counts], row) => {
          const total = STATES.reduce((sum, s) => sum + counts[s], 0) || 1;
          let x = label;
          const y = 4 + row * rowHeight;
          return (
            <g key={tier}>
              <text x={0} y={y + 19} fontSize="14" fill="#1d2733">
                {t('charts.tier', { tier: tier + 1 })}
              </text>
              {STATES.map((state) => {
                const w = (counts[state] / total) * bar;
                const part = (
                  <g key={state}>
                    <rect x={x} y={y} width={w} height={26} fill={COLOURS[state]} />
                    {w >= 34 && (
                      <text x={x + 6} y={y + 18} fontSize="13" fill="#ffffff">
                        {SYMBOLS[state]} {counts[state]}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return part;
              })}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {STATES.map((state) => (
          <li key={state}>
            <span className="chart-swatch" style={{ background: COLOURS[state] }} aria-hidden="true">
              {SYMBOLS[state]}
            </span>{' '}
            {t(`charts.state.${state}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
