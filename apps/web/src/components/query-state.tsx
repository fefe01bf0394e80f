import { useTranslation } from 'react-i18next';
import { reasonOf } from '../data/errors';

/** Loading and refusals of a screen's data, in words (the API's reason stays visible for support). */
export function QueryState({ loading, error }: { loading: boolean; error: unknown }) {
  const { t } = useTranslation();
  const failure = reasonOf(error);
  if (failure) {
    return (
      <p className="notice notice-bad" role="alert">
        {t(`errors.${failure.reason ?? failure.code}`, { defaultValue: failure.message })} <span className="reason">({failure.reason ?? failure.code})</span>
      </p>
    );
  }
  if (loading) return <p className="page-status">{t('common.loading')}</p>;
  return null;
}
