import { Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from './data/session';
import { Layout } from './components/layout';
import { SignInPage } from './pages/sign-in';
import { ChainsPage } from './pages/chains';
import { ChainPage } from './pages/chain';
import { GrantsPage } from './pages/grants';
import { InspectChainPage } from './pages/inspect-chain';
import { MyInstructionsPage } from './pages/my-instructions';
import { ContractorHomePage } from './pages/contractor/contractor-home';
import { ContractorChainPage } from './pages/contractor/contractor-chain';
import { MyWorkersPage } from './pages/contractor/my-workers';
import { ChoosePartyPage } from './pages/choose-party';

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
      <Routes>
        <Route path="/" element={<Navigate to={home(session.role)} replace />} />
        <Route path="/sign-in" element={<Navigate to={home(session.role)} replace />} />
        <Route path="/chains" element={<ChainsPage />} />
        <Route path="/chains/:chainId/*" element={<ChainPage />} />
        <Route path="/inspect" element={<GrantsPage />} />
        <Route path="/inspect/:chainId" element={<InspectChainPage />} />
        <Route path="/my" element={<MyInstructionsPage />} />
        <Route path="/contractor" element={<ContractorHomePage />} />
        <Route path="/contractor/workers" element={<MyWorkersPage />} />
        <Route path="/contractor/:chainId/*" element={<ContractorChainPage />} />
        <Route path="*" element={<p className="page-status">{t('common.notFound')}</p>} />
      </Routes>
    </Layout>
  );
}
