import { useEffect } from 'react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { followChain } from './live-feed';

type Refresh = () => unknown;
const screens = new Map<string, Set<Refresh>>();
/** Topics of whole pages (and any topic named `page:…`); every other topic is a chain id, followed live. */
const pageTopics = new Set(['me', 'chains', 'grants']);
const isPageTopic = (topic: string) => pageTopics.has(topic) || topic.startsWith('page:');

/**
 * A screen's data: the query, kept fresh. Each screen registers its refetch under a topic (a chain id,
 * or 'me'); `refreshTopic` asks every open screen of that topic again. A chain's screens follow the log
 * live: when the chain gets an entry this party may see, they refresh (live-feed.ts).
 */
export function useScreenQuery<TData, TVars extends OperationVariables>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  topic: string,
  options: { skip?: boolean } = {},
) {
  const result = useQuery(document, { variables, skip: options.skip, notifyOnNetworkStatusChange: false } as never) as ReturnType<typeof useQuery<TData, TVars>>;
  const { refetch } = result;
  useEffect(() => {
    const refresh = () => refetch();
    const set = screens.get(topic) ?? new Set<Refresh>();
    set.add(refresh);
    screens.set(topic, set);
    const unfollow = isPageTopic(topic) ? () => undefined : followChain(topic, () => refreshTopic(topic));
    return () => {
      set.delete(refresh);
      unfollow();
    };
  }, [topic, refetch]);
  return result;
}

/** Asks every open screen of a topic again (after a write here, or when the log says something changed). */
export function refreshTopic(topic: string): void {
  for (const refresh of screens.get(topic) ?? []) refresh();
}
