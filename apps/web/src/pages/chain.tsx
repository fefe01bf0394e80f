import { Route, Switch, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ChainWorkQuery } from '../gql/graphql';
import { useScreenQuery } from '../data/live';
import { NavLink } from '../components/nav-link';
import { QueryState } from '../components/query-state';
import { RefreshButton } from '../components/refresh-button';
import { ChainTree, TREE_PAGE } from '../components/chain-tree';
import { InstructionCoverage } from '../components/instruction-coverage';
import { FindingGroups } from '../components/finding-groups';
import { ActionList } from './actions/action-list';
import { AssignAction } from './actions/assign-action';
import { reasonLanguage } from './prevention/refusal';
import { IncidentsPage } from './incidents';
import { ReportIncidentPage } from './report-incident';
import { IncidentPage } from './incident';
import { AccidentRegisterPage } from './accident-register';
import { AckCoverageChart } from '../components/ack-coverage-chart';
import { FindingsMonthChart } from '../components/findings-month-chart';
import { LiveFindingNotice } from '../components/live-finding-notice';

// The first paint: the chain's head and the first page of its tree. Everything else (instructions,
// parties, findings: the rules engine) comes in its own query after it, so the tree does not wait.
const CHAIN_VIEW = graphql(`
  query ChainView($chainId: ID!, $first: Int!) {
    chain(id: $chainId) {
      id name siteAddress viewerIsPrincipal
      principal { id name }
      treeSize
      tree(first: $first, offset: 0) { depth kind linkId partyName active scope underAuthority endDate }
    }
  }
`);

const CHAIN_WORK = graphql(`
  query ChainWork($chainId: ID!, $language: String) {
    chain(id: $chainId) {
      id
      tree { depth partyId partyName }
      parties { id name workers { id name } }
      instructions {
        id title currentVersion issuerPartyId
        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }
      }
    }
    findings(chainId: $chainId, language: $language) {
      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote
      basis { article text kind }
    }
  }
`);

export type ChainWork = ChainWorkQuery;

/** Names for the ids of a chain: people read names, never ids. */
export function namesOf(view: ChainWork): Map<string, string> {
  const names = new Map<string, string>();
  for (const node of view.chain.tree) names.set(node.partyId, node.partyName);
  for (const party of view.chain.parties) {
    names.set(party.id, party.name);
    for (const worker of party.workers) names.set(worker.id, worker.name);
  }
  return names;
}

/** The API's default page: a tab's list that fills it may hold more than it shows, and its count says so. */
const PAGE_DEFAULT = 100;
const countText = (count: number) => (count >= PAGE_DEFAULT ? `${count}+` : String(count));

/** Story 1: one chain, as a tree of every tier, its instructions' coverage and its open findings. */
export function ChainPage() {
  const { t, i18n } = useTranslation();
  const { chainId = '' } = useParams();
  const { data, loading, error } = useScreenQuery(CHAIN_VIEW, { chainId, first: TREE_PAGE }, chainId);
  // the findings in the reader's language, worded as the gate words its reasons (Dutch or English);
  // asked once the tree is there, so the rules engine does not hold up the first paint on the server
  const work = useScreenQuery(CHAIN_WORK, { chainId, language: reasonLanguage(i18n.resolvedLanguage) }, chainId, { skip: !data });
  if (!data) return <QueryState loading={loading} error={error} />;
  const detail = work.data;
  const names = detail ? namesOf(detail) : new Map<string, string>();
  const open = detail?.findings.filter((f) => !f.resolvedAt) ?? [];
  const parties = detail ? [...new Map(detail.chain.tree.map((node) => [node.partyId, { id: node.partyId, name: node.partyName }])).values()] : [];
  const pending = <QueryState loading={work.loading} error={work.error} />;
  return (
    <section aria-labelledby="chain-title">
      <div className="page-head">
        <div>
          <h1 id="chain-title">{data.chain.name}</h1>
          <p className="meta">
            {t('chains.principal', { name: data.chain.principal.name })}
            {data.chain.siteAddress ? ` · ${data.chain.siteAddress}` : ''}
          </p>
        </div>
        <RefreshButton topics={[chainId]} />
      </div>
      <nav className="tabs" aria-label={t('chain.sections')}>
        <NavLink end to={`/chains/${chainId}`}>
          {t('chain.tree')}
        </NavLink>
        <NavLink to={`/chains/${chainId}/instructions`}>
          {t('chain.instructions')} ({detail ? countText(detail.chain.instructions.length) : '…'})
        </NavLink>
        <NavLink to={`/chains/${chainId}/findings`}>
          {t('chain.findings')} ({detail ? countText(open.length) : '…'})
        </NavLink>
        <NavLink to={`/chains/${chainId}/actions`}>{t('correctiveActions.tab')}</NavLink>
        <NavLink to={`/chains/${chainId}/incidents`}>{t('incidents.tab')}</NavLink>
        <NavLink to={`/chains/${chainId}/register`}>{t('incidents.registerTab')}</NavLink>
      </nav>
      <Switch>
        <Route path="/chains/:chainId">
          <ChainTree chainId={chainId} firstPage={data.chain.tree} total={data.chain.treeSize} />
        </Route>
        <Route path="/chains/:chainId/instructions">
          {detail ? (
            <>
              <AckCoverageChart instructions={detail.chain.instructions} tree={detail.chain.tree} />
              <InstructionCoverage instructions={detail.chain.instructions} names={names} />
            </>
          ) : (
            pending
          )}
        </Route>
        <Route path="/chains/:chainId/findings">
          {detail ? (
            <>
              <LiveFindingNotice chainId={chainId} titles={new Map(detail.findings.map((f) => [f.ruleId, f.title]))} names={names} />
              <FindingsMonthChart chainId={chainId} />
              <FindingGroups findings={open} names={names} action={(finding) => <AssignAction chainId={chainId} finding={finding} parties={parties} />} />
            </>
          ) : (
            pending
          )}
        </Route>
        <Route path="/chains/:chainId/actions">
          <ActionList chainId={chainId} />
        </Route>
        <Route path="/chains/:chainId/incidents" component={IncidentsPage} />
        <Route path="/chains/:chainId/incidents/new" component={ReportIncidentPage} />
        <Route path="/chains/:chainId/incidents/:incidentId" component={IncidentPage} />
        <Route path="/chains/:chainId/register" component={AccidentRegisterPage} />
      </Switch>
    </section>
  );
}
