import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from './data/session';
import { Layout } from './components/layout';
import { SignInPage } from './pages/sign-in';
import { ChoosePartyPage } from './pages/choose-party';

// Each screen is a chunk of its own, fetched when first opened: a worker's phone loads the worker's
// pages, not the principal's and the inspector's (docs/ui.md, "How it is built").
const ChainsPage = lazy(() => import('./pages/chains').then((m) => ({ default: m.ChainsPage })));
const ChainPage = lazy(() => import('./pages/chain').then((m) => ({ default: m.ChainPage })));
const GrantsPage = lazy(() => import('./pages/grants').then((m) => ({ default: m.GrantsPage })));
const InspectChainPage = lazy(() => import('./pages/inspect-chain').then((m) => ({ default: m.InspectChainPage })));
const MyInstructionsPage = lazy(() => import('./pages/my-instructions').then((m) => ({ default: m.MyInstructionsPage })));
const GatePage = lazy(() => import('./pages/prevention/gate').then((m) => ({ default: m.GatePage })));
const MyPassPage = lazy(() => import('./pages/prevention/my-pass').then((m) => ({ default: m.MyPassPage })));
const PassesPage = lazy(() => import('./pages/prevention/passes').then((m) => ({ default: m.PassesPage })));
const NearMissPage = lazy(() => import('./pages/near-miss').then((m) => ({ default: m.NearMissPage })));
const ContractorHomePage = lazy(() => import('./pages/contractor/contractor-home').then((m) => ({ default: m.ContractorHomePage })));
const ContractorChainPage = lazy(() => import('./pages/contractor/contractor-chain').then((m) => ({ default: m.ContractorChainPage })));
const MyWorkersPage = lazy(() => import('./pages/contractor/my-workers').then((m) => ({ default: m.MyWorkersPage })));

/** Where a signed-in person starts: their own part of the chain. */
function home(role: string): string {
  if (role === 'INSPECTOR') return '/inspect';
  if (role === 'WORKER') return '/my';
  return '/chains';
}

export function App() {
  const { t } = useTranslation();
  const { session, loading, error, choices } = useSession();
  if (loading) return <p className="page-status">{t('common.loading')}</p>;
  if (!session && choices && choices.length > 0) return <ChoosePartyPage parties={choices} />;
  if (!session) {
    return (
      <Routes>
        <Route path="*" element={<SignInPage problem={error} />} />
      </Routes>
    );
  }
  return (
    <Layout session={session}>
      <Suspense fallback={<p className="page-status">{t('common.loading')}</p>}>
        <Routes>
          <Route path="/" element={<Navigate to={home(session.role)} replace />} />
          <Route path="/sign-in" element={<Navigate to={home(session.role)} replace />} />
          <Route path="/chains" element={<ChainsPage />} />
          <Route path="/chains/:chainId/*" element={<ChainPage />} />
          <Route path="/inspect" element={<GrantsPage />} />
          <Route path="/inspect/:chainId" element={<InspectChainPage />} />
          <Route path="/my" element={<MyInstructionsPage />} />
          <Route path="/my/pass" element={<MyPassPage />} />
          <Route path="/gate" element={<GatePage />} />
          <Route path="/passes" element={<PassesPage />} />
          <Route path="/my/near-miss" element={<NearMissPage />} />
          <Route path="/contractor" element={<ContractorHomePage />} />
          <Route path="/contractor/workers" element={<MyWorkersPage />} />
          <Route path="/contractor/:chainId/*" element={<ContractorChainPage />} />
          <Route path="*" element={<p className="page-status">{t('common.notFound')}</p>} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
