import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ReplayClock, TimelineMarksQuery } from '../gql/graphql';
import { useScreenQuery } from '../data/live';
import { QueryState } from './query-state';
import { formatWhen } from './when';
import { readable } from './readable';

// at most 200 marks are drawn (the caption says when there are more)
const TIMELINE_MARKS = graphql(`
  query TimelineMarks($chainId: ID!, $clock: ReplayClock!) {
    timeline(chainId: $chainId, clock: $clock, filter: { marked: true, limit: 200 }) {
      total firstAt lastAt
      entries { eventId step type summary occurredAt recordedAt flags }
    }
  }
`);

type Mark = TimelineMarksQuery['timeline']['entries'][number];

/** The strip's lanes, top to bottom: incidents, then each flag. */
const LANES = ['INCIDENT', 'RECORDED_AFTER_INCIDENT', 'LATE_ENTRY', 'PROXY', 'IMPORTED'] as const;
type Lane = (typeof LANES)[number];
const SYMBOLS: Record<Lane, string> = { INCIDENT: '▲', RECORDED_AFTER_INCIDENT: '!', LATE_ENTRY: '⌛', PROXY: '✎', IMPORTED: '⇩' };
/** Marks closer than this (percent of the strip) to the last one in a row go to the other row of their lane. */
const GAP = 2.5;

/** Marks close in time share their lane in two rows, so one does not hide the next (a third close one overlaps). */
function twoRows(places: readonly number[]): (0 | 1)[] {
  const last = [-Infinity, -Infinity];
  return places.map((x) => {
    const row: 0 | 1 = x - last[0] >= GAP ? 0 : x - last[1] >= GAP ? 1 : last[0] <= last[1] ? 0 : 1;
    last[row] = x;
    return row;
  });
}

const inLane = (mark: Mark, lane: Lane) => (lane === 'INCIDENT' ? mark.type === 'IncidentReported' : (mark.flags as readonly string[]).includes(lane));

/**
 * The chain's whole history as a strip on the chosen clock, from its first to its last moment, with a
 * lane of marks for the incidents and one for each flag (recorded after the accident, late, entered on a
 * worker's behalf, imported).
 * Fed by its own small query (the timeline's marked entries). Each mark is a button: pressing it moves
 * the replay to that entry (`onPick` with its step on the clock). One tab stop; the arrow keys walk the
 * marks in time order, Home and End go to the first and last. The marks as a table behind a disclosure.
 */
export function TimelineStrip({
  chainId,
  clock,
  now,
  names,
  onPick,
}: {
  chainId: string;
  clock: ReplayClock;
  /** The replay's moment on the clock, drawn as a line; null before it is known. */
  now: string | null;
  names: ReadonlyMap<string, string>;
  onPick: (step: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { data, loading, error } = useScreenQuery(TIMELINE_MARKS, { chainId, clock }, chainId);
  const [focused, setFocused] = useState(0);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  if (!data) return <QueryState loading={loading} error={error} />;
  const { entries, total, firstAt, lastAt } = data.timeline;
  if (!firstAt || !lastAt) return null;
  const start = Date.parse(firstAt);
  const span = Date.parse(lastAt) - start;
  const timeOf = (mark: Mark) => (clock === 'OCCURRED' ? mark.occurredAt : mark.recordedAt);
  const place = (iso: string) => (span <= 0 ? 50 : Math.min(100, Math.max(0, ((Date.parse(iso) - start) / span) * 100)));
  const kindOf = (mark: Mark) => LANES.filter((lane) => inLane(mark, lane)).map((lane) => t(`timelineStrip.lane.${lane}`)).join(', ');
  const words = (mark: Mark) => `${kindOf(mark)} — ${formatWhen(timeOf(mark), language)}: ${readable(mark.summary, language, names, t('common.anEntry'))}`;
  const current = Math.min(focused, Math.max(0, entries.length - 1));
  const keyOf = (mark: Mark, lane: Lane) => `${mark.eventId} ${lane}`;
  const laneMarks = (lane: Lane) => {
    const marks = entries.flatMap((mark, index) => (inLane(mark, lane) ? [{ mark, index, x: place(timeOf(mark)) }] : []));
    const rows = twoRows(marks.map((m) => m.x));
    return marks.map((m, i) => ({ ...m, row: rows[i] }));
  };
  // the arrow keys walk the marks in time order; focus follows to the mark's first lane
  const walk = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: entries.length - 1 };
    const next = moves[event.key];
    if (next === undefined || entries.length === 0) return;
    event.preventDefault();
    const to = Math.min(entries.length - 1, Math.max(0, next));
    setFocused(to);
    const mark = entries[to];
    buttons.current.get(keyOf(mark, LANES.find((lane) => inLane(mark, lane)) ?? 'INCIDENT'))?.focus();
  };
  return (
    <figure className="panel chart timeline-strip" aria-labelledby="strip-title">
      <figcaption>
        <strong id="strip-title">{t('timelineStrip.title')}</strong>
        <br />
        <span className="meta">
          {total > entries.length ? t('timelineStrip.someMarks', { shown: entries.length, total }) : t('timelineStrip.marks', { count: total })} ·{' '}
          {t('timelineStrip.howTo')}
        </span>
      </figcaption>
      <div className="strip" role="toolbar" aria-label={t('timelineStrip.toolbar')} aria-orientation="horizontal" onKeyDown={walk}>
        {LANES.map((lane) => (
          <div className="strip-lane" key={lane}>
            <span className="strip-lane-name">
              <span aria-hidden="true" className={`strip-symbol strip-${lane}`}>
                {SYMBOLS[lane]}
              </span>{' '}
              {t(`timelineStrip.lane.${lane}`)}
            </span>
            <div className="strip-track">
              {now && <span className="strip-now" style={{ left: `${place(now)}%` }} aria-hidden="true" />}
              {laneMarks(lane).map(({ mark, index, x, row }) => (
                <button
                  key={mark.eventId}
                  type="button"
                  className={`strip-mark strip-${lane} strip-row-${row}`}
                  style={{ left: `${x}%` }}
                  tabIndex={index === current && LANES.find((l) => inLane(mark, l)) === lane ? 0 : -1}
                  aria-label={words(mark)}
                  title={words(mark)}
                  ref={(element) => {
                    if (element) buttons.current.set(keyOf(mark, lane), element);
                    else buttons.current.delete(keyOf(mark, lane));
                  }}
                  onFocus={() => setFocused(index)}
                  onClick={() => onPick(mark.step)}
                >
                  <span aria-hidden="true">{SYMBOLS[lane]}</span>
                </button>
              ))}
            </div>
          </div>
        ))}
        <div className="strip-axis" aria-hidden="true">
          <span>{formatWhen(firstAt, language)}</span>
          <span>{formatWhen(lastAt, language)}</span>
        </div>
      </div>
      {entries.length > 0 && (
        <details className="chart-table">
          <summary>{t('timelineStrip.asTable')}</summary>
          <table>
            <caption>{t('timelineStrip.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('timelineStrip.when')}</th>
                <th scope="col">{t('timelineStrip.kind')}</th>
                <th scope="col">{t('timelineStrip.what')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((mark) => (
                <tr key={mark.eventId}>
                  <td>{formatWhen(timeOf(mark), language)}</td>
                  <td>{kindOf(mark)}</td>
                  <td>{readable(mark.summary, language, names, t('common.anEntry'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
