import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectTimelineQuery } from '../gql/graphql';
import { Badge } from './status';
import { When } from './when';
import { readable } from './readable';

type Entry = InspectTimelineQuery['timeline']['entries'][number];

/** The chain's events in the order of the clock, with their flags; those after the replayed moment are dimmed. */
export function TimelineList({ entries, clock, at, names }: { entries: readonly Entry[]; clock: 'OCCURRED' | 'RECORDED'; at: number; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  // keep the replayed moment in view as the slider moves (the list scrolls, the page does not)
  useEffect(() => {
    const box = list.current;
    const now = box?.children[at] as HTMLElement | undefined;
    if (box && now) box.scrollTop = Math.max(0, now.offsetTop - box.offsetTop - box.clientHeight / 2);
  }, [at, entries]);
  return (
    <ol className="timeline" ref={list} tabIndex={0} aria-label={t('inspect.timeline')}>
      {entries.map((entry, index) => (
        <li key={entry.eventId} className={index > at ? 'timeline-later' : index === at ? 'timeline-now' : undefined} aria-current={index === at ? 'step' : undefined}>
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
      ))}
    </ol>
  );
}
