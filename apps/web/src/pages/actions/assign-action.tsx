import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { reasonOf } from '../../data/errors';
import { refreshTopic } from '../../data/live';
import { refusal } from '../prevention/refusal';
import { dayFromNow, endOfWorkingDay } from './due-date';

const ASSIGN = graphql(`
  mutation AssignAction($input: AssignCorrectiveActionInput!) {
    assignCorrectiveAction(input: $input) { actionId }
  }
`);

export interface FindingRef {
  readonly ruleId: string;
  readonly arisenAt: string;
  readonly partyIds: readonly string[];
}

/**
 * "Assign an action" on a finding: what is to be done, by whom (by default the duty bearer) and by when
 * (the end of the working day, Dutch time). Not done by then, the rules raise CHAIN-ACTION-OVERDUE.
 */
export function AssignAction({ chainId, finding, parties }: { chainId: string; finding: FindingRef; parties: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [description, setDescription] = useState('');
  const [assignee, setAssignee] = useState(finding.partyIds[0] ?? '');
  const [due, setDue] = useState(dayFromNow(7));
  const [assign, assigned] = useMutation(ASSIGN);
  const [done, setDone] = useState(false);
  const problem = refusal(t, reasonOf(assigned.error));
  if (done) return <p role="status" className="notice notice-ok">{t('correctiveActions.assigned')}</p>;
  if (!open)
    return (
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        {t('correctiveActions.assign')}
      </button>
    );
  return (
    <form
      className="form action-form"
      aria-label={t('correctiveActions.assign')}
      onSubmit={(e) => {
        e.preventDefault();
        void assign({
          variables: {
            input: {
              chainId,
              subjectKind: 'FINDING',
              finding: { ruleId: finding.ruleId, arisenAt: finding.arisenAt, partyId: finding.partyIds[0] ?? null },
              assigneePartyId: assignee || null,
              description: description.trim(),
              dueAt: endOfWorkingDay(due),
            },
          },
        }).then(
          () => {
            setDone(true);
            refreshTopic(chainId);
          },
          () => undefined,
        );
      }}
    >
      <label htmlFor={`${id}-what`}>{t('correctiveActions.description')}</label>
      <textarea id={`${id}-what`} rows={3} maxLength={1000} required value={description} onChange={(e) => setDescription(e.target.value)} />
      <label htmlFor={`${id}-who`}>{t('correctiveActions.assignee')}</label>
      <select id={`${id}-who`} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
        {parties.map((party) => (
          <option key={party.id} value={party.id}>
            {party.name}
            {finding.partyIds.includes(party.id) ? ` (${t('correctiveActions.dutyBearer')})` : ''}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-due`}>{t('correctiveActions.dueDay')}</label>
      <input id={`${id}-due`} type="date" required min={dayFromNow(1)} value={due} onChange={(e) => setDue(e.target.value)} />
      <div className="form-buttons">
        <button type="submit" className="button-primary" disabled={assigned.loading || !description.trim() || !due}>
          {t('correctiveActions.assignSubmit')}
        </button>
        <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
          {t('correctiveActions.cancel')}
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
