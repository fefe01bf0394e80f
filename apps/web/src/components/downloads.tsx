import { useTranslation } from 'react-i18next';
import { pageForActingParty } from '../data/acting-party';
import { ProgressDownload } from './progress-download';

/**
 * The readable replay report (a page of its own), and the two files the server makes from the whole
 * log, each with its progress: the report as a PDF and the signed evidence bundle.
 */
export function Downloads({ chainId }: { chainId: string }) {
  const { t } = useTranslation();
  const base = `/reports/chains/${encodeURIComponent(chainId)}`;
  return (
    <div className="downloads">
      <a className="button-secondary" href={pageForActingParty(`${base}/replay.html`)} target="_blank" rel="noreferrer">
        {t('inspect.report')}
      </a>
      <ProgressDownload url={`${base}/replay.pdf`} label={t('downloads.pdf')} saveAs="schakel-replay-report.pdf" />
      <ProgressDownload url={`${base}/evidence-bundle.json`} label={t('inspect.bundle')} saveAs="schakel-evidence-bundle.json" />
    </div>
  );
}
