import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { ReplayClock } from '../gql/graphql';
import { useScreenQuery } from '../data/live';

/** Entries of the timeline asked for at a time (the API's largest page). */
const TIMELINE_PAGE = 500;

// How long the chain's history is on a clock, and its first and last moment: the slider's range.
const SPAN = graphql(`
  query InspectSpan($chainId: ID!, $clock: ReplayClock!) {
    timeline(chainId: $chainId, clock: $clock, filter: { limit: 0 }) { total firstAt lastAt }
  }
`);

// The page of the timeline that holds the slider's position.
const PAGE = graphql(`
  query InspectTimeline($chainId: ID!, $clock: ReplayClock!, $offset: Int!) {
    timeline(chainId: $chainId, clock: $clock, filter: { limit: 500, offset: $offset }) {
      total
      entries { eventId position type summary occurredAt recordedAt actorName flags }
    }
  }
`);

/**
 * The slider's position over the chain's whole history on a clock (every entry, not a loaded page),
 * and the page of entries that holds it. `position` null means the chain's last entry (its now).
 * Pages are asked one at a time: a slider dragged across many pages asks for the one it stops on.
 */
export function useTimelineWindow(chainId: string, clock: ReplayClock) {
  const span = useScreenQuery(SPAN, { chainId, clock }, chainId);
  const total = span.data?.timeline.total ?? 0;
  const [position, setPosition] = useState<number | null>(null);
  useEffect(() => setPosition(null), [clock]);
  const last = Math.max(0, total - 1);
  const at = Math.min(position ?? last, last);
  const wanted = Math.floor(at / TIMELINE_PAGE) * TIMELINE_PAGE;
  const [offset, setOffset] = useState<number | null>(null);
  const page = useScreenQuery(PAGE, { chainId, clock, offset: offset ?? 0 }, chainId, { skip: !span.data || offset === null });
  useEffect(() => {
    if (span.data && !page.loading && offset !== wanted) setOffset(wanted);
  }, [span.data, page.loading, offset, wanted]);
  const entries = page.data && offset === wanted ? page.data.timeline.entries : null;
  return {
    span: span.data?.timeline ?? null,
    error: span.error ?? page.error,
    loading: span.loading,
    total,
    at,
    setPosition,
    /** The page that holds `at` once it is loaded (null until then), and where it starts. */
    entries,
    offset: wanted,
    /** The entry at the slider's position, once its page is loaded. */
    entry: entries?.[at - wanted] ?? null,
  };
}
