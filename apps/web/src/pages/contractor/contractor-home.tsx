import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useScreenQuery } from '../../data/live';
import { QueryState } from '../../components/query-state';
import { RefreshButton } from '../../components/refresh-button';
import { Count } from '../../components/status';

const CONTRACTOR_CHAINS = graphql(`
  query ContractorChains {
    myParty { id name }
    chains { id name siteAddress viewerIsPrincipal principal { id name } }
  }
`);

const MY_PART = graphql(`
  query ContractorChainPart($chainId: ID!) {
    chain(id: $chainId) { id links { id fromPartyId active } }
    findings(chainId: $chainId) { ruleId resolvedAt partyIds }
  }
`);

/** In one chain: how many parties I engaged, and my party's open findings. */
function MyPart({ chainId, partyId }: { chainId: string; partyId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useScreenQuery(MY_PART, { chainId }, chainId);
  if (!data) return <QueryState loading={loading} error={error} />;
  const engaged = data.chain.links.filter((l) => l.fromPartyId === partyId && l.active).length;
  const findings = data.findings.filter((f) => !f.resolvedAt && f.partyIds.includes(partyId)).length;
  return (
    <div className="health">
      <Count value={engaged} label={t('contractor.home.engaged', { count: engaged })} tone="info" />
      <Count value={findings} label={t('contractor.home.findings', { count: findings })} tone="bad" />
    </div>
  );
}

/** The contractor's start: every chain my party is in, to engage, instruct and check in. */
export function ContractorHomePage() {
  const { t } = useTranslation();
  const { data, loading, error } = useScreenQuery(CONTRACTOR_CHAINS, {}, 'chains');
  const party = data?.myParty;
  return (
    <section aria-labelledby="contractor-title">
      <div className="page-head">
        <div>
          <h1 id="contractor-title">{t('contractor.home.title')}</h1>
          <p className="lead">{t('contractor.home.lead')}</p>
        </div>
        <RefreshButton topics={['chains', ...(data?.chains.map((c) => c.id) ?? [])]} />
      </div>
      <QueryState loading={loading && !data} error={error} />
      {data && !party && <p className="empty">{t('contractor.noParty')}</p>}
      {data && party && data.chains.length === 0 && <p className="empty">{t('chains.none')}</p>}
      <p>
        <Link to="/contractor/workers">{t('contractor.home.workersLink')}</Link>
      </p>
      <ul className="cards">
        {party &&
          data?.chains.map((chain) => (
            <li key={chain.id} className="card">
              <h2>
                <Link to={`/contractor/${chain.id}`}>{chain.name}</Link>
              </h2>
              <p className="meta">
                {chain.viewerIsPrincipal ? t('chains.asPrincipal') : t('chains.principal', { name: chain.principal.name })}
                {chain.siteAddress ? ` · ${chain.siteAddress}` : ''}
              </p>
              <MyPart chainId={chain.id} partyId={party.id} />
            </li>
          ))}
      </ul>
    </section>
  );
}
