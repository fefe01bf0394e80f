import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useScreenQuery } from '../../data/live';
import { QueryState } from '../../components/query-state';
import { Badge } from '../../components/status';
import { When } from '../../components/when';
import { PassCode } from './pass-code';

const MY_PASS = graphql(`
  query MyWorkerPass {
    myWorkerPass { workerName status issuedAt expiresAt qrSvg }
  }
`);

/** The signed-in worker's own pass on his phone: the QR code the site manager scans at the gate. */
export function MyPassPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useScreenQuery(MY_PASS, {}, 'me');
  const pass = data?.myWorkerPass;
  return (
    <section aria-labelledby="pass-title" className="worker-page">
      <h1 id="pass-title">{t('prevention.pass.title')}</h1>
      <QueryState loading={loading && !data} error={error} />
      {data && !pass && <p className="notice notice-info">{t('prevention.pass.none')}</p>}
      {pass && (
        <article className="panel pass-card" aria-labelledby="pass-name">
          <h2 id="pass-name">{pass.workerName}</h2>
          <p>
            <Badge tone="ok">{t('prevention.pass.ACTIVE')}</Badge>
          </p>
          <PassCode svg={pass.qrSvg} label={t('prevention.pass.qrLabel', { name: pass.workerName })} />
          <p className="lead">{t('prevention.pass.show')}</p>
          <p className="meta">
            {t('prevention.pass.validUntil')} <When iso={pass.expiresAt} withTime={false} />
          </p>
        </article>
      )}
    </section>
  );
}
