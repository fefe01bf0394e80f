import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from './brand';
import { useSession, type Session } from '../data/session';
import { LanguagePicker } from './language-picker';
import { NavLink } from './nav-link';

/** The frame of every signed-in screen: who is signed in, for which party, and where they can go. */
export function Layout({ session, children }: { session: Session; children: ReactNode }) {
  const { t } = useTranslation();
  const { signOut, actFor } = useSession();
  const inspector = session.role === 'INSPECTOR';
  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href="/">
          <Brand />
        </a>
        <nav aria-label={t('nav.label')}>
          {inspector ? (
            <NavLink to="/inspect">{t('nav.grants')}</NavLink>
          ) : session.role === 'WORKER' ? (
            <>
              <NavLink end to="/my">{t('nav.myInstructions')}</NavLink>
              <NavLink to="/my/pass">{t('prevention.nav.myPass')}</NavLink>
            </>
          ) : (
            <>
              <NavLink to="/chains">{t('nav.chains')}</NavLink>
              {session.role === 'MANAGER' && (
                <>
                  <NavLink end to="/contractor">
                    {t('contractor.nav.work')}
                  </NavLink>
                  <NavLink to="/contractor/workers">{t('contractor.nav.workers')}</NavLink>
                </>
              )}
              <NavLink to="/gate">{t('prevention.nav.gate')}</NavLink>
              <NavLink to="/passes">{t('prevention.nav.passes')}</NavLink>
            </>
          )}
        </nav>
        <div className="who">
          <span className="who-name">{session.name ?? session.email ?? t(`role.${session.role}`)}</span>
          <span className="who-party">
            {session.partyName ?? t('who.noParty')} · {t(`role.${session.role}`)}
          </span>
        </div>
        {session.severalParties && (
          <button type="button" className="button-quiet" onClick={() => void actFor(null)}>
            {t('actingFor.switch')}
          </button>
        )}
        <LanguagePicker />
        <button type="button" className="button-quiet" onClick={() => void signOut()}>
          {t('nav.signOut')}
        </button>
      </header>
      <main className="content">{children}</main>
    </div>
  );
}
