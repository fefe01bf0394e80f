import { useTranslation } from 'react-i18next';
import { refreshTopic } from '../data/live';

/** Asks the screen's data again (until live updates do it by themselves). */
export function RefreshButton({ topics }: { topics: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button-quiet" onClick={() => topics.forEach(refreshTopic)}>
      ↻ {t('common.refresh')}
    </button>
  );
}
