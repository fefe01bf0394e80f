import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { reasonOf } from '../data/errors';

const BUNDLE = graphql(`
  query EvidenceBundle($chainId: ID!) {
    exportEvidenceBundle(chainId: $chainId) { json eventCount }
  }
`);

/** The signed evidence bundle (made on request, saved as a file) and the readable replay report. */
export function Downloads({ chainId }: { chainId: string }) {
  const { t } = useTranslation();
  const [fetchBundle, bundle] = useLazyQuery(BUNDLE, { fetchPolicy: 'network-only' });
  const [file, setFile] = useState<string | null>(null);
  const failure = reasonOf(bundle.error);
  async function makeBundle() {
    const result = await fetchBundle({ variables: { chainId } }).catch(() => null);
    const json = result?.data?.exportEvidenceBundle.json;
    if (json) setFile(URL.createObjectURL(new Blob([json], { type: 'application/json' })));
  }
  return (
    <div className="downloads">
      <a className="button-secondary" href={`/reports/chains/${chainId}/replay.html`} target="_blank" rel="noreferrer">
        {t('inspect.report')}
      </a>
      {file ? (
        <a className="button-primary" href={file} download="schakel-evidence-bundle.json">
          {t('inspect.saveBundle')}
        </a>
      ) : (
        <button type="button" className="button-secondary" onClick={() => void makeBundle()} disabled={bundle.loading}>
          {bundle.loading ? t('common.loading') : t('inspect.bundle')}
        </button>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {failure.message}
        </p>
      )}
    </div>
  );
}
