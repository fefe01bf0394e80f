import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProblem } from '../data/form-errors';
import { readable } from './readable';

/** The words for a refusal: the reader's language by the API's reason, else the API's message without ids. */
export function useProblemText(): (problem: FormProblem) => string {
  const { t, i18n } = useTranslation();
  return (problem) =>
    t(`contractor.errors.${problem.reason}`, {
      defaultValue: t(`errors.${problem.reason}`, { defaultValue: readable(problem.message, i18n.resolvedLanguage ?? 'nl', new Map(), t('common.anEntry')) }),
    });
}

interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A labelled control with the API's refusal next to it when the refusal is about this field. */
export function Field({ label, name, problem, hint, children }: { label: string; name: string; problem: FormProblem | null; hint?: string; children: (props: ControlProps) => ReactNode }) {
  const id = useId();
  const text = useProblemText();
  const mine = problem?.field === name ? problem : null;
  const describedBy = [mine ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': mine ? true : undefined, 'aria-describedby': describedBy })}
      {mine && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {text(mine)}
        </p>
      )}
    </div>
  );
}

/** A refusal no field of the form is about (not allowed, a conflict), shown above the button. */
export function FormProblemNotice({ problem, fields }: { problem: FormProblem | null; fields: readonly string[] }) {
  const text = useProblemText();
  if (!problem || (problem.field && fields.includes(problem.field))) return null;
  return (
    <p className="notice notice-bad" role="alert">
      {text(problem)} <span className="reason">({problem.reason})</span>
    </p>
  );
}

/** Success, said where the person is looking (announced politely). */
export function Done({ text }: { text: string | null }) {
  return (
    <p className={text ? 'notice notice-ok' : 'visually-hidden'} role="status">
      {text}
    </p>
  );
}
