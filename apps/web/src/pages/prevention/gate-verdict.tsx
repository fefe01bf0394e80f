import { useTranslation } from 'react-i18next';
import type { GateCheckQuery } from '../../gql/graphql';
import { Badge } from '../../components/status';
import { When } from '../../components/when';

type Checked = GateCheckQuery['gateCheck'];

/** GO or NO-GO in large letters with the worker's name, and every reason: rule, basis, duty bearer. */
export function GateVerdict({ checked }: { checked: Checked }) {
  const { t } = useTranslation();
  const go = checked.verdict === 'GO';
  return (
    <article className={`panel verdict ${go ? 'verdict-go' : 'verdict-nogo'}`} aria-labelledby="gate-verdict" lang={checked.language}>
      <h2 id="gate-verdict" className="verdict-word">
        <span aria-hidden="true">{go ? '✓' : '✕'}</span> {go ? t('prevention.gate.go') : t('prevention.gate.noGo')}
      </h2>
      <p className="verdict-worker">
        <strong>{checked.workerName}</strong>
      </p>
      <p className="meta">
        {t('prevention.gate.checkedAt')} <When iso={checked.at} />
      </p>
      {go ? (
        <p>{t('prevention.gate.goText')}</p>
      ) : (
        <ul className="reasons">
          {checked.reasons.map((reason) => (
            <li key={`${reason.ruleId}-${reason.dutyBearerNames.join()}`}>
              <p className="reason-title">
                <Badge tone="bad">{reason.ruleId}</Badge> <strong>{reason.title}</strong>
              </p>
              <p className="basis">
                <strong>{reason.basis.article}</strong> — {reason.basis.text}
              </p>
              <p>{t('prevention.gate.dutyBearer', { names: reason.dutyBearerNames.join(', ') })}</p>
              <p>{reason.explanation}</p>
              {reason.policyNote ? <p className="meta">{reason.policyNote}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
