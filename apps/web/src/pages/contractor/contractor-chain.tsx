import { Route, Switch, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useScreenQuery } from '../../data/live';
import { NavLink } from '../../components/nav-link';
import { QueryState } from '../../components/query-state';
import { RefreshButton } from '../../components/refresh-button';
import { FindingGroups } from '../../components/finding-groups';
import { CONTRACTOR_CHAIN, namesIn } from './contractor-data';
import { EngagePartyPanel } from './engage-party';
import { InstructionsPanel } from './instructions-panel';
import { VergewisPanel } from './vergewis-panel';

/** The contractor's work in one chain: engage parties, issue and pass down instructions, check, findings. */
export function ContractorChainPage() {
  const { t } = useTranslation();
  const { chainId = '' } = useParams();
  const { data, loading, error } = useScreenQuery(CONTRACTOR_CHAIN, { chainId }, chainId);
  if (!data) return <QueryState loading={loading} error={error} />;
  const party = data.myParty;
  if (!party) return <p className="empty">{t('contractor.noParty')}</p>;
  const mine = data.findings.filter((f) => !f.resolvedAt && f.partyIds.includes(party.id));
  const base = `/contractor/${chainId}`;
  return (
    <section aria-labelledby="contractor-chain-title">
      <div className="page-head">
        <div>
          <h1 id="contractor-chain-title">{data.chain.name}</h1>
          <p className="meta">
            {t('contractor.actingAs', { name: party.name })} · {t('chains.principal', { name: data.chain.principal.name })}
          </p>
        </div>
        <RefreshButton topics={[chainId]} />
      </div>
      <nav className="tabs" aria-label={t('contractor.sections')}>
        <NavLink end to={base}>
          {t('contractor.tabs.engage')}
        </NavLink>
        <NavLink to={`${base}/instructions`}>{t('contractor.tabs.instructions')}</NavLink>
        <NavLink to={`${base}/checks`}>{t('contractor.tabs.checks')}</NavLink>
        <NavLink to={`${base}/findings`}>
          {t('contractor.tabs.findings')} ({mine.length})
        </NavLink>
      </nav>
      <Switch>
        <Route path="/contractor/:chainId">
          <EngagePartyPanel view={data} partyId={party.id} />
        </Route>
        <Route path="/contractor/:chainId/instructions">
          <InstructionsPanel view={data} partyId={party.id} />
        </Route>
        <Route path="/contractor/:chainId/checks">
          <VergewisPanel view={data} partyId={party.id} />
        </Route>
        <Route path="/contractor/:chainId/findings">
          <h2>{t('contractor.findingsTitle', { name: party.name })}</h2>
          <FindingGroups findings={mine} names={namesIn(data)} />
        </Route>
      </Switch>
    </section>
  );
}
