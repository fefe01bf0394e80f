import { lazy, Suspense, type ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useSession } from './data/session';
import { Layout } from './components/layout';
import { loadRestOfTexts } from './i18n/setup';

/** A screen in a chunk of its own, fetched when first opened (docs/ui.md, "How it is built"). */
const screen = <M, C extends ComponentType<any>>(load: () => Promise<M>, pick: (module: M) => C) => lazy(() => load().then((m) => ({ default: pick(m) })));
/** A screen beyond a worker's: fetched with the rest of the texts (i18n/setup.ts), which a worker's phone never loads. */
const withRestOfTexts = <M,>(load: () => Promise<M>) => () => Promise.all([load(), loadRestOfTexts()]).then(([m]) => m);

// A worker's phone loads the worker's pages, not the principal's and the inspector's; nor the sign-in
// page once signed in.
const SignInPage = screen(() => import('./pages/sign-in'), (m) => m.SignInPage);
const ChoosePartyPage = screen(() => import('./pages/choose-party'), (m) => m.ChoosePartyPage);
const MyInstructionsPage = screen(() => import('./pages/my-instructions'), (m) => m.MyInstructionsPage);
const MyPassPage = screen(() => import('./pages/prevention/my-pass'), (m) => m.MyPassPage);
const NearMissPage = screen(() => import('./pages/near-miss'), (m) => m.NearMissPage);
const ChainsPage = screen(withRestOfTexts(() => import('./pages/chains')), (m) => m.ChainsPage);
const ChainPage = screen(withRestOfTexts(() => import('./pages/chain')), (m) => m.ChainPage);
const GrantsPage = screen(withRestOfTexts(() => import('./pages/grants')), (m) => m.GrantsPage);
const InspectChainPage = screen(withRestOfTexts(() => import('./pages/inspect-chain')), (m) => m.InspectChainPage);
const GatePage = screen(withRestOfTexts(() => import('./pages/prevention/gate')), (m) => m.GatePage);
const PassesPage = screen(withRestOfTexts(() => import('./pages/prevention/passes')), (m) => m.PassesPage);
const ContractorHomePage = screen(withRestOfTexts(() => import('./pages/contractor/contractor-home')), (m) => m.ContractorHomePage);
const ContractorChainPage = screen(withRestOfTexts(() => import('./pages/contractor/contractor-chain')), (m) => m.ContractorChainPage);
const MyWorkersPage = screen(withRestOfTexts(() => import('./pages/contractor/my-workers')), (m) => m.MyWorkersPage);

/** Where a signed-in person starts: their own part of the chain. */
function home(role: string): string {
  if (role === 'INSPECTOR') return '/inspect';
  if (role === 'WORKER') return '/my';
  return '/chains';
}

export function App() {
  const { t } = useTranslation();
  const { session, loading, error, choices } = useSession();
  const loadingText = <p className="page-status">{t('common.loading')}</p>;
  if (loading) return loadingText;
  if (!session) {
    return <Suspense fallback={loadingText}>{choices && choices.length > 0 ? <ChoosePartyPage parties={choices} /> : <SignInPage problem={error} />}</Suspense>;
  }
  return (
    <Layout session={session}>
      <Suspense fallback={loadingText}>
        <Switch>
          <Route path="/">
            <Redirect to={home(session.role)} replace />
          </Route>
          <Route path="/sign-in">
            <Redirect to={home(session.role)} replace />
          </Route>
          <Route path="/chains" component={ChainsPage} />
          <Route path="/chains/:chainId/*?" component={ChainPage} />
          <Route path="/inspect" component={GrantsPage} />
          <Route path="/inspect/:chainId" component={InspectChainPage} />
          <Route path="/my" component={MyInstructionsPage} />
          <Route path="/my/pass" component={MyPassPage} />
          <Route path="/my/near-miss" component={NearMissPage} />
          <Route path="/gate" component={GatePage} />
          <Route path="/passes" component={PassesPage} />
          <Route path="/contractor" component={ContractorHomePage} />
          <Route path="/contractor/workers" component={MyWorkersPage} />
          <Route path="/contractor/:chainId/*?" component={ContractorChainPage} />
          <Route>
            <p className="page-status">{t('common.notFound')}</p>
          </Route>
        </Switch>
      </Suspense>
    </Layout>
  );
}
