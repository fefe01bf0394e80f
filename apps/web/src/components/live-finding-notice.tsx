import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followFindings, type FindingNews } from '../data/live-feed';
import { refreshTopic } from '../data/live';

/**
 * The findings screen, live: follows `findingChanged` for the chain, asks the chain's screens again
 * when a finding arises or is resolved, and says so in a status line (the last three, newest first),
 * in words: the rule's title as the screen words it, the parties by name.
 */
export function LiveFindingNotice({ chainId, titles, names }: { chainId: string; titles: ReadonlyMap<string, string>; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const [news, setNews] = useState<(FindingNews & { key: number })[]>([]);
  useEffect(
    () =>
      followFindings(chainId, (heard) => {
        setNews((list) => [{ ...heard, key: Date.now() + Math.random() }, ...list].slice(0, 3));
        refreshTopic(chainId);
      }),
    [chainId],
  );
  return (
    <div className="live-findings" role="status" aria-live="polite">
      {news.map((item) => (
        <p key={item.key} className={`notice ${item.change === 'AROSE' ? 'notice-bad' : 'notice-ok'}`}>
          {t(`liveFindings.${item.change}`, {
            title: titles.get(item.ruleId) ?? item.ruleId,
            parties: item.partyIds.map((id) => names.get(id) ?? t('common.unknownParty')).join(', ') || t('common.unknownParty'),
          })}
        </p>
      ))}
    </div>
  );
}
