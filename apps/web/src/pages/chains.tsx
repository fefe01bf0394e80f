import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { useScreenQuery } from '../data/live';
import { QueryState } from '../components/query-state';
import { Count } from '../components/status';
import { When } from '../components/when';
import { RefreshButton } from '../components/refresh-button';

const MY_CHAINS = graphql(`
  query MyChains {
    chains { id name siteAddress openedAt viewerIsPrincipal principal { id name } }
  }
`);

const CHAIN_HEALTH = graphql(`
  query ChainHealth($chainId: ID!) {
    chain(id: $chainId) {
      id
      instructions { id currentVersion status { status } }
      incidents { id retracted }
    }
    findings(chainId: $chainId) { ruleId resolvedAt }
  }
`);

/** Open findings, current instructions someone has not acknowledged, incidents not retracted. */
function Health({ chainId }: { chainId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useScreenQuery(CHAIN_HEALTH, { chainId }, chainId);
  if (!data) return <QueryState loading={loading} error={error} />;
  const openFindings = data.findings.filter((f) => !f.resolvedAt).length;
  const unacknowledged = data.chain.instructions.filter((i) => i.status.some((s) => s.status !== 'CURRENT')).length;
  const incidents = data.chain.incidents.filter((i) => !i.retracted).length;
  return (
    <div className="health">
      <Count value={openFindings} label={t('health.findings', { count: openFindings })} tone="bad" />
      <Count value={unacknowledged} label={t('health.unacknowledged', { count: unacknowledged })} tone="warn" />
      <Count value={incidents} label={t('health.incidents', { count: incidents })} tone="bad" />
    </div>
  );
}

/** Story 1: the chains I am in, each with its health at a glance. */
export function ChainsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useScreenQuery(MY_CHAINS, {}, 'chains');
  return (
    <section aria-labelledby="chains-title">
      <div className="page-head">
        <h1 id="chains-title">{t('chains.title')}</h1>
        <RefreshButton topics={['chains', ...(data?.chains.map((c) => c.id) ?? [])]} />
      </div>
      <QueryState loading={loading && !data} error={error} />
      {data && data.chains.length === 0 && <p className="empty">{t('chains.none')}</p>}
      <ul className="cards">
        {data?.chains.map((chain) => (
          <li key={chain.id} className="card">
            <h2>
              <Link to={`/chains/${chain.id}`}>{chain.name}</Link>
            </h2>
            <p className="meta">
              {chain.viewerIsPrincipal ? t('chains.asPrincipal') : t('chains.principal', { name: chain.principal.name })}
              {chain.siteAddress ? ` · ${chain.siteAddress}` : ''} · {t('chains.opened')} <When iso={chain.openedAt} withTime={false} />
            </p>
            <Health chainId={chain.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
