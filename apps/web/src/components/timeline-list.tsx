import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectTimelineQuery } from '../gql/graphql';
import { Badge } from './status';
import { When } from './when';
import { readable } from './readable';

type Entry = InspectTimelineQuery['timeline']['entries'][number];
type Place = 'before' | 'now' | 'later';

/** One entry; memoised, so a slider move redraws the two entries whose place changed, not the page. */
const TimelineRow = memo(function TimelineRow({ entry, place, clock, names }: { entry: Entry; place: Place; clock: 'OCCURRED' | 'RECORDED'; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={place === 'later' ? 'timeline-later' : place === 'now' ? 'timeline-now' : undefined} aria-current={place === 'now' ? 'step' : undefined}>
      <span className="timeline-time">
        <When iso={clock === 'OCCURRED' ? entry.occurredAt : entry.recordedAt} />
      </span>
      <span className="timeline-summary">
        {readable(entry.summary, i18n.resolvedLanguage ?? 'nl', names, t('common.anEntry'))}
        {entry.actorName ? <span className="meta"> — {entry.actorName}</span> : null}
      </span>
      <span className="timeline-flags">
        {entry.flags.map((flag) => (
          <Badge key={flag} tone={flag === 'IMPORTED' ? 'info' : 'warn'}>
            {t(`flag.${flag}`)}
          </Badge>
        ))}
      </span>
    </li>
  );
});

/**
 * A page of the chain's events in the order of the clock (entries `first`+1 onwards of `total`, said
 * above the list), with their flags; those after the replayed moment `at` (counted over the whole
 * timeline) are dimmed.
 */
export function TimelineList({
  entries,
  first,
  total,
  clock,
  at,
  names,
}: {
  entries: readonly Entry[];
  first: number;
  total: number;
  clock: 'OCCURRED' | 'RECORDED';
  at: number;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  // keep the replayed moment in view as the slider moves (the list scrolls, the page does not)
  useEffect(() => {
    const box = list.current;
    const now = box?.children[at - first] as HTMLElement | undefined;
    if (box && now) box.scrollTop = Math.max(0, now.offsetTop - box.offsetTop - box.clientHeight / 2);
  }, [at, first, entries]);
  return (
    <>
      {entries.length < total && <p className="meta">{t('inspect.entriesOf', { from: first + 1, to: first + entries.length, total })}</p>}
      <ol className="timeline" ref={list} tabIndex={0} aria-label={t('inspect.timeline')}>
        {entries.map((entry, index) => (
          <TimelineRow key={entry.eventId} entry={entry} place={first + index > at ? 'later' : first + index === at ? 'now' : 'before'} clock={clock} names={names} />
        ))}
      </ol>
    </>
  );
}
