import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { reasonOf } from '../../data/errors';
import { refreshTopic } from '../../data/live';
import { refusal } from '../prevention/refusal';
import { hashFile } from '../../components/file-hash';

const COMMENT = graphql(`
  mutation CommentOnAction($input: CommentOnCorrectiveActionInput!) {
    commentOnCorrectiveAction(input: $input) { eventIds }
  }
`);
const COMPLETE = graphql(`
  mutation CompleteAction($input: CompleteCorrectiveActionInput!) {
    completeCorrectiveAction(input: $input) { eventIds }
  }
`);
const VERIFY = graphql(`
  mutation VerifyAction($input: VerifyCorrectiveActionInput!) {
    verifyCorrectiveAction(input: $input) { eventIds }
  }
`);
const REOPEN = graphql(`
  mutation ReopenAction($input: ReopenCorrectiveActionInput!) {
    reopenCorrectiveAction(input: $input) { eventIds }
  }
`);

interface Target {
  readonly chainId: string;
  readonly actionId: string;
}

function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const text = refusal(t, reasonOf(error));
  return text ? (
    <p className="field-error" role="alert">
      {text}
    </p>
  ) : null;
}

/** A comment in the action's thread, by the assigner or the assignee. */
export function CommentForm({ chainId, actionId }: Target) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [comment, commented] = useMutation(COMMENT);
  return (
    <form
      className="form action-form"
      onSubmit={(e) => {
        e.preventDefault();
        void comment({ variables: { input: { chainId, actionId, text: text.trim() } } }).then(() => {
          setText('');
          refreshTopic(chainId);
        }, () => undefined);
      }}
    >
      <label htmlFor={id}>{t('correctiveActions.comment')}</label>
      <textarea id={id} rows={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="button-secondary" disabled={commented.loading || !text.trim()}>
        {t('correctiveActions.send')}
      </button>
      <Problem error={commented.error} />
    </form>
  );
}

/** The assignee marks the action done, with a note and evidence: files hashed here, only name and SHA-256 recorded. */
export function CompleteForm({ chainId, actionId }: Target) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState<{ name: string; sha256: string }[]>([]);
  const [hashing, setHashing] = useState(false);
  const [complete, completed] = useMutation(COMPLETE);
  return (
    <form
      className="form action-form"
      aria-label={t('correctiveActions.complete')}
      onSubmit={(e) => {
        e.preventDefault();
        void complete({ variables: { input: { chainId, actionId, note: note.trim(), evidence } } }).then(() => refreshTopic(chainId), () => undefined);
      }}
    >
      <label htmlFor={`${id}-note`}>{t('correctiveActions.completionNote')}</label>
      <textarea id={`${id}-note`} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      <label htmlFor={`${id}-files`}>{t('correctiveActions.evidence')}</label>
      <input
        id={`${id}-files`}
        type="file"
        multiple
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          setHashing(true);
          void Promise.all(files.map(async (file) => {
            const { name, sha256 } = await hashFile(file);
            return { name, sha256 };
          }))
            .then(setEvidence)
            .finally(() => setHashing(false));
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('correctiveActions.evidenceHint')}
      </p>
      {evidence.length > 0 && (
        <ul className="evidence" aria-label={t('correctiveActions.evidenceHashed')}>
          {evidence.map((file) => (
            <li key={file.sha256 + file.name}>
              {file.name} <code title={file.sha256}>SHA-256 {file.sha256.slice(0, 12)}…</code>
            </li>
          ))}
        </ul>
      )}
      <button type="submit" className="button-primary" disabled={completed.loading || hashing || !note.trim()}>
        {t('correctiveActions.complete')}
      </button>
      <Problem error={completed.error} />
    </form>
  );
}

/** The assigner verifies a completed action, or opens it again with a reason. */
export function ReviewForm({ chainId, actionId, canVerify }: Target & { canVerify: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [verify, verified] = useMutation(VERIFY);
  const [reopen, reopened] = useMutation(REOPEN);
  return (
    <div className="stack action-review">
      {canVerify && (
        <button type="button" className="button-primary" disabled={verified.loading} onClick={() => void verify({ variables: { input: { chainId, actionId } } }).then(() => refreshTopic(chainId), () => undefined)}>
          {t('correctiveActions.verify')}
        </button>
      )}
      <Problem error={verified.error} />
      <form
        className="form action-form"
        onSubmit={(e) => {
          e.preventDefault();
          void reopen({ variables: { input: { chainId, actionId, reason: reason.trim() } } }).then(() => {
            setReason('');
            refreshTopic(chainId);
          }, () => undefined);
        }}
      >
        <label htmlFor={id}>{t('correctiveActions.reopenReason')}</label>
        <textarea id={id} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="submit" className="button-secondary" disabled={reopened.loading || !reason.trim()}>
          {t('correctiveActions.reopen')}
        </button>
        <Problem error={reopened.error} />
      </form>
    </div>
  );
}
