import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ChainActionsQuery } from '../../gql/graphql';
import { useScreenQuery } from '../../data/live';
import { QueryState } from '../../components/query-state';
import { Badge, type Tone } from '../../components/status';
import { When } from '../../components/when';
import { CommentForm, CompleteForm, ReviewForm } from './action-forms';

const CHAIN_ACTIONS = graphql(`
  query ChainActions($chainId: ID!) {
    myParty { id }
    correctiveActions(chainId: $chainId, first: 50) {
      id description status overdue dueAt assignedAt
      assignedByName assignedByPartyId assigneeName assigneePartyId
      completedAt completionNote verifiedAt reopenedReason
      subject { kind ruleId findingArisenAt }
      evidence(first: 5) { name sha256 }
      comments(first: 12) { eventId byName text recordedAt }
    }
  }
`);

type Action = ChainActionsQuery['correctiveActions'][number];
type Scope = 'ALL' | 'TO_US' | 'BY_US';

/** Overdue first, then open by due date, then completed (waiting for the assigner), verified last. */
function rank(action: Action): number {
  if (action.overdue) return 0;
  return { OPEN: 1, COMPLETED: 2, VERIFIED: 3 }[action.status] ?? 4;
}

function StatusBadge({ action }: { action: Action }) {
  const { t } = useTranslation();
  if (action.overdue) return <Badge tone="bad">{t('correctiveActions.status.OVERDUE')}</Badge>;
  const tone: Record<string, Tone> = { OPEN: 'warn', COMPLETED: 'info', VERIFIED: 'ok' };
  return <Badge tone={tone[action.status] ?? 'neutral'}>{t(`correctiveActions.status.${action.status}`)}</Badge>;
}

/** One action: what, for which finding, who asked whom by when, its completion, evidence and thread. */
function ActionCard({ chainId, action, ownParty }: { chainId: string; action: Action; ownParty: string }) {
  const { t } = useTranslation();
  const assignee = action.assigneePartyId === ownParty;
  const assigner = action.assignedByPartyId === ownParty;
  const subject =
    action.subject.kind === 'FINDING'
      ? t('correctiveActions.subject.FINDING', { rule: action.subject.ruleId ?? '' })
      : t(`correctiveActions.subject.${action.subject.kind}`);
  return (
    <article className="panel action" aria-labelledby={`action-${action.id}`}>
      <header className="panel-head">
        <h2 id={`action-${action.id}`}>
          <StatusBadge action={action} /> {action.description}
        </h2>
        <p className="meta">
          {subject}
          {action.subject.findingArisenAt ? (
            <>
              {' '}
              · {t('findings.since')} <When iso={action.subject.findingArisenAt} />
            </>
          ) : null}
        </p>
        <p>
          {t('correctiveActions.askedBy', { by: action.assignedByName, to: action.assigneeName })} · {t('correctiveActions.due')} <When iso={action.dueAt} />
        </p>
      </header>
      {action.reopenedReason && action.status === 'OPEN' ? <p className="notice notice-warn">{t('correctiveActions.reopened', { reason: action.reopenedReason })}</p> : null}
      {action.completedAt ? (
        <section className="action-completion">
          <p>
            {t('correctiveActions.completedAt')} <When iso={action.completedAt} />: {action.completionNote}
          </p>
          {action.evidence.length > 0 && (
            <ul className="evidence" aria-label={t('correctiveActions.evidence')}>
              {action.evidence.map((file) => (
                <li key={file.sha256 + file.name}>
                  {file.name} <code title={file.sha256}>SHA-256 {file.sha256.slice(0, 12)}…</code>
                </li>
              ))}
            </ul>
          )}
          {action.verifiedAt ? (
            <p>
              {t('correctiveActions.verifiedAt')} <When iso={action.verifiedAt} />
            </p>
          ) : null}
        </section>
      ) : null}
      {action.comments.length > 0 && (
        <ol className="thread" aria-label={t('correctiveActions.thread')}>
          {action.comments.map((comment) => (
            <li key={comment.eventId}>
              <strong>{comment.byName}</strong> <span className="meta"><When iso={comment.recordedAt} /></span>
              <p>{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
      {assignee && action.status === 'OPEN' && <CompleteForm chainId={chainId} actionId={action.id} />}
      {assigner && action.status !== 'OPEN' && <ReviewForm chainId={chainId} actionId={action.id} canVerify={action.status === 'COMPLETED'} />}
      {(assignee || assigner) && <CommentForm chainId={chainId} actionId={action.id} />}
    </article>
  );
}

/** A chain's corrective actions as this party may see them (its own and those below it), overdue first. */
export function ActionList({ chainId }: { chainId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useScreenQuery(CHAIN_ACTIONS, { chainId }, chainId);
  const [scope, setScope] = useState<Scope>('ALL');
  if (!data) return <QueryState loading={loading} error={error} />;
  const own = data.myParty?.id ?? '';
  const shown = data.correctiveActions
    .filter((a) => scope === 'ALL' || (scope === 'TO_US' ? a.assigneePartyId === own : a.assignedByPartyId === own))
    .sort((a, b) => rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt));
  return (
    <div className="stack">
      <div className="language-choice" role="group" aria-label={t('correctiveActions.scope')}>
        {(['ALL', 'TO_US', 'BY_US'] as const).map((option) => (
          <button key={option} type="button" className={option === scope ? 'button-primary' : 'button-secondary'} aria-pressed={option === scope} onClick={() => setScope(option)}>
            {t(`correctiveActions.scopes.${option}`)}
          </button>
        ))}
      </div>
      {shown.length === 0 ? <p className="empty">{t('correctiveActions.none')}</p> : shown.map((action) => <ActionCard key={action.id} chainId={chainId} action={action} ownParty={own} />)}
    </div>
  );
}
