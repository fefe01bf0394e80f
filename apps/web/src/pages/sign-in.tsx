import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { reasonOf } from '../data/errors';
import { useSession } from '../data/session';
import { SignedOutFrame } from '../components/signed-out-frame';

const REQUEST_SIGN_IN = graphql(`
  mutation RequestSignIn($email: String!) { requestSignIn(email: $email) }
`);

const COMPLETE_SIGN_IN = graphql(`
  mutation CompleteSignIn($code: String!) { completeSignIn(code: $code) { expiresAt } }
`);

/** The code of a pasted sign-in link (…/auth/sign-in?code=…), or the code itself. */
function codeOf(text: string): string {
  const trimmed = text.trim();
  const match = /[?&]code=([^&#\s]+)/.exec(trimmed);
  return match ? decodeURIComponent(match[1]) : trimmed;
}

/** Sign in without a password: a link by e-mail (or printed by `schakel invite`), valid 15 minutes, once. */
export function SignInPage({ problem }: { problem: string | null }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const emailId = useId();
  const linkId = useId();
  const [email, setEmail] = useState('');
  const [link, setLink] = useState('');
  const [sent, setSent] = useState(false);
  const [request, requested] = useMutation(REQUEST_SIGN_IN);
  const [complete, completed] = useMutation(COMPLETE_SIGN_IN);
  const refused = reasonOf(completed.error);

  async function onRequest(event: FormEvent) {
    event.preventDefault();
    await request({ variables: { email: email.trim() } }).catch(() => undefined);
    setSent(true);
  }
  async function onComplete(event: FormEvent) {
    event.preventDefault();
    const result = await complete({ variables: { code: codeOf(link) } }).catch(() => null);
    if (result?.data) await refresh();
  }

  return (
    <SignedOutFrame title={t('signIn.title')} lead={t('signIn.lead')}>
      {problem && (
        <p className="notice notice-bad" role="alert">
          {problem}
        </p>
      )}
      <form onSubmit={onRequest} className="form">
        <label htmlFor={emailId}>{t('signIn.email')}</label>
        <input id={emailId} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <button type="submit" className="button-primary" disabled={requested.loading}>
          {t('signIn.send')}
        </button>
      </form>
      {sent && (
        <p className="notice notice-info" role="status">
          {t('signIn.sent', { email: email.trim() })}
        </p>
      )}
      <hr />
      <form onSubmit={onComplete} className="form">
        <label htmlFor={linkId}>{t('signIn.pasteLink')}</label>
        <input
          id={linkId}
          type="text"
          autoComplete="off"
          required
          value={link}
          aria-invalid={refused ? true : undefined}
          aria-describedby={refused ? `${linkId}-error` : undefined}
          onChange={(e) => setLink(e.target.value)}
        />
        {refused && (
          <p id={`${linkId}-error`} className="field-error" role="alert">
            {t(`errors.${refused.reason ?? refused.code}`, { defaultValue: refused.message })}
          </p>
        )}
        <button type="submit" className="button-secondary" disabled={completed.loading}>
          {t('signIn.useLink')}
        </button>
      </form>
      <p className="hint">{t('signIn.noMail')}</p>
    </SignedOutFrame>
  );
}
