import { useTranslation } from 'react-i18next';
import type { ChainWorkQuery } from '../gql/graphql';
import { Badge } from './status';
import { When } from './when';

type Instruction = ChainWorkQuery['chain']['instructions'][number];

/** Per instruction: who has not acknowledged its current version, down to the worker. */
export function InstructionCoverage({ instructions, names }: { instructions: readonly Instruction[]; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  if (instructions.length === 0) return <p className="empty">{t('instructions.none')}</p>;
  return (
    <div className="stack">
      {instructions.map((instruction) => {
        const missing = instruction.status.filter((s) => s.status !== 'CURRENT');
        const current = instruction.status.length - missing.length;
        return (
          <article key={instruction.id} className="panel" aria-labelledby={`instr-${instruction.id}`}>
            <header className="panel-head">
              <h2 id={`instr-${instruction.id}`}>
                {instruction.title} <span className="version">v{instruction.currentVersion}</span>
              </h2>
              <p className="meta">
                {t('instructions.issuedBy', { name: names.get(instruction.issuerPartyId) ?? t('common.unknownParty') })} ·{' '}
                {t('instructions.coverage', { current, total: instruction.status.length })}
              </p>
              <meter className="coverage" min={0} max={Math.max(1, instruction.status.length)} value={current} aria-label={t('instructions.coverageLabel')} />
            </header>
            {missing.length === 0 ? (
              <p>
                <Badge tone="ok">{t('instructions.allCurrent')}</Badge>
              </p>
            ) : (
              <table>
                <caption>{t('instructions.notCurrent', { version: instruction.currentVersion })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('instructions.party')}</th>
                    <th scope="col">{t('instructions.worker')}</th>
                    <th scope="col">{t('instructions.state')}</th>
                    <th scope="col">{t('instructions.lastAcknowledged')}</th>
                  </tr>
                </thead>
                <tbody>
                  {missing.map((s, i) => (
                    <tr key={`${s.partyId}-${s.workerId ?? ''}-${i}`}>
                      <td>{names.get(s.partyId) ?? t('common.unknownParty')}</td>
                      <td>{s.workerId ? (names.get(s.workerId) ?? t('common.unknownWorker')) : t('instructions.partyItself')}</td>
                      <td>
                        {s.status === 'STALE' ? (
                          <Badge tone="warn">{t('ack.STALE', { version: s.acknowledgedVersion ?? '?' })}</Badge>
                        ) : (
                          <Badge tone="bad">{t('ack.MISSING')}</Badge>
                        )}
                      </td>
                      <td>{s.acknowledgedAt ? <When iso={s.acknowledgedAt} /> : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </article>
        );
      })}
    </div>
  );
}
