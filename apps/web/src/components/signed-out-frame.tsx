import type { ReactNode } from 'react';
import { Brand } from './brand';
import { LanguagePicker } from './language-picker';

/** The frame of the pages before the app proper (signing in, choosing a party): brand, language, one card. */
export function SignedOutFrame({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <div className="sign-in">
      <header className="sign-in-head">
        <span className="brand">
          <Brand />
        </span>
        <LanguagePicker />
      </header>
      <main className="sign-in-card">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
        {children}
      </main>
    </div>
  );
}
