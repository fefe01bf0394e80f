import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { FindingsPerMonthQuery } from '../gql/graphql';
import { useScreenQuery } from '../data/live';
import { QueryState } from './query-state';

const FINDINGS_PER_MONTH = graphql(`
  query FindingsPerMonth($chainId: ID!, $months: Int!) {
    findingsPerMonth(chainId: $chainId, months: $months) {
      months covered total
      bars { month partyId partyName opened resolved }
    }
  }
`);

const MONTHS = 12;
const OPENED = '#b42318';
const RESOLVED = '#1f7a3f';

type Bar = FindingsPerMonthQuery['findingsPerMonth']['bars'][number];

/** "2026-12" as the reader says a month ("december 2026", or "dec" alone); the key is already the month in Dutch time. */
function monthName(month: string, language: string, style: 'short' | 'long'): string {
  const [year, number] = month.split('-').map(Number);
  const parts = style === 'long' ? { month: 'long', year: 'numeric' } as const : { month: 'short' } as const;
  return new Intl.DateTimeFormat(language, { timeZone: 'UTC', ...parts }).format(new Date(Date.UTC(year, number - 1, 15)));
}

/**
 * Findings opened and resolved per month (Dutch time) per party that bears the duty, over the last
 * twelve months: a row per party, two bars per month (opened, resolved) with their numbers written
 * above them. Counted by the API over every finding (`findingsPerMonth`), never over a cut page; the
 * caption says how many findings the bars cover. The same numbers as a table behind a disclosure.
 */
export function FindingsMonthChart({ chainId }: { chainId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { data, loading, error } = useScreenQuery(FINDINGS_PER_MONTH, { chainId, months: MONTHS }, chainId);
  if (!data) return <QueryState loading={loading} error={error} />;
  const { months, bars, covered, total } = data.findingsPerMonth;
  const nameOf = (bar: Bar) => bar.partyName ?? t('common.unknownParty');
  const parties = [...new Map(bars.map((bar) => [bar.partyId, nameOf(bar)])).entries()].sort(([, a], [, b]) => a.localeCompare(b, language));
  const cell = new Map(bars.map((bar) => [`${bar.month} ${bar.partyId}`, bar]));
  const most = Math.max(1, ...bars.flatMap((bar) => [bar.opened, bar.resolved]));
  const width = 720;
  const label = 190;
  const column = (width - label) / months.length;
  const head = 36;
  const rowHeight = 62;
  const barHeight = 38;
  const height = head + parties.length * rowHeight + 4;
  const summary = [
    t('findingMonths.title'),
    t('findingMonths.covers', { covered, total, months: months.length }),
    ...bars.map((bar) => t('findingMonths.barWords', { party: nameOf(bar), month: monthName(bar.month, language, 'long'), opened: bar.opened, resolved: bar.resolved })),
  ].join('. ');
  return (
    <figure className="panel chart findings-months" aria-labelledby="finding-months-title">
      <figcaption>
        <strong id="finding-months-title">{t('findingMonths.title')}</strong>
        <br />
        <span className="meta">{t('findingMonths.covers', { covered, total, months: months.length })}</span>
      </figcaption>
      {parties.length === 0 ? (
        <p>{t('findingMonths.none', { months: months.length })}</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={summary}>
          {months.map((month, i) => (
            <text key={month} x={label + i * column + column / 2} y={14} fontSize="12" fill="#1d2733" textAnchor="middle">
              {monthName(month, language, 'short')}
              {(i === 0 || month.endsWith('-01')) && (
                <tspan x={label + i * column + column / 2} dy={14}>
                  {month.slice(0, 4)}
                </tspan>
              )}
            </text>
          ))}
          {parties.map(([partyId, name], row) => {
            const base = head + row * rowHeight + 8 + barHeight + 12;
            return (
              <g key={partyId}>
                <line x1={0} x2={width} y1={base} y2={base} stroke="#d0d7de" />
                <text x={0} y={base - 6} fontSize="13" fill="#1d2733">
                  {name.length > 26 ? `${name.slice(0, 25)}…` : name}
                </text>
                {months.map((month, i) => {
                  const bar = cell.get(`${month} ${partyId}`);
                  if (!bar) return null;
                  const x = label + i * column + column / 2;
                  const w = Math.min(16, column / 2 - 3);
                  return (
                    <g key={month}>
                      {[
                        { value: bar.opened, colour: OPENED, at: x - w - 1 },
                        { value: bar.resolved, colour: RESOLVED, at: x + 1 },
                      ].map(({ value, colour, at }) =>
                        value > 0 ? (
                          <g key={colour}>
                            <rect x={at} y={base - (value / most) * barHeight} width={w} height={(value / most) * barHeight} fill={colour} />
                            <text x={at + w / 2} y={base - (value / most) * barHeight - 3} fontSize="11" fill="#1d2733" textAnchor="middle">
                              {value}
                            </text>
                          </g>
                        ) : null,
                      )}
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      )}
      <ul className="chart-legend">
        <li>
          <span className="chart-swatch" style={{ background: OPENED }} aria-hidden="true">
            +
          </span>{' '}
          {t('findingMonths.opened')} ({t('findingMonths.leftBar')})
        </li>
        <li>
          <span className="chart-swatch" style={{ background: RESOLVED }} aria-hidden="true">
            ✓
          </span>{' '}
          {t('findingMonths.resolved')} ({t('findingMonths.rightBar')})
        </li>
      </ul>
      {bars.length > 0 && (
        <details className="chart-table">
          <summary>{t('findingMonths.asTable')}</summary>
          <table>
            <caption>{t('findingMonths.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('findingMonths.month')}</th>
                <th scope="col">{t('findingMonths.party')}</th>
                <th scope="col">{t('findingMonths.opened')}</th>
                <th scope="col">{t('findingMonths.resolved')}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={`${bar.month} ${bar.partyId}`}>
                  <td>{monthName(bar.month, language, 'long')}</td>
                  <th scope="row">{nameOf(bar)}</th>
                  <td>{bar.opened}</td>
                  <td>{bar.resolved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
