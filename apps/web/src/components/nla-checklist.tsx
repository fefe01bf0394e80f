import { useTranslation } from 'react-i18next';
import { Badge } from './status';
import { When } from './when';

/** The NLA duty as the API decides it (nlaReportDuty / incidentChecklist.duty): the browser repeats no rule. */
export interface NlaDuty {
  answer: string;
  mustReport: boolean;
  dutyBearerPartyId?: string | null;
  victimRelation?: string | null;
  deadline?: string | null;
  byPhone: boolean;
  lateDiscovery: boolean;
  directReportHours: number;
}

/** What has been done about a recorded accident, for the ticks beside the duty. */
export interface NlaProgress {
  reportedAt: string | null;
  reference: string | null;
  phonedAt: string | null;
  agencyInformedAt: string | null;
  measuresAt: string | null;
  resumedAt: string | null;
}

function Step({ done, late, children }: { done: boolean | null; late?: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className="check-step">
      {done === null ? <span /> : done ? <Badge tone={late ? 'warn' : 'ok'}>{late ? t('incidents.doneLate') : t('incidents.done')}</Badge> : <Badge tone="bad">{t('incidents.open')}</Badge>}
      <span>{children}</span>
    </li>
  );
}

/**
 * The checklist of the Nederlandse Arbeidsinspectie: must it be reported, by whom (named), by when
 * (a clock time in Amsterdam), by phone for a death; with `progress`, what has been done since.
 */
export function NlaChecklist({ duty, names, victimPartyId, progress }: { duty: NlaDuty; names: ReadonlyMap<string, string>; victimPartyId?: string | null; progress?: NlaProgress }) {
  const { t } = useTranslation();
  const name = (id: string | null | undefined) => (id ? names.get(id) ?? t('common.unknownParty') : t('common.unknownParty'));
  const late = (at: string | null) => Boolean(at && duty.deadline && Date.parse(at) > Date.parse(duty.deadline));
  return (
    <section className="panel checklist" aria-labelledby="nla-checklist-title" aria-live="polite">
      <h2 id="nla-checklist-title">{t('incidents.checklistTitle')}</h2>
      {duty.mustReport ? (
        <>
          <p className={`notice ${progress?.reportedAt ? 'notice-info' : 'notice-bad'}`}>
            <strong>{t('incidents.mustReport')}</strong>
          </p>
          <ul className="check-steps">
            <Step done={progress ? progress.reportedAt !== null : null} late={progress ? late(progress.reportedAt) : false}>
              {t('incidents.byWhom', { name: name(duty.dutyBearerPartyId) })}
              {progress?.reportedAt && (
                <span className="meta">
                  {' '}
                  {t('incidents.reportedAt')} <When iso={progress.reportedAt} />
                  {progress.reference ? ` · ${t('incidents.reference')}: ${progress.reference}` : ''}
                </span>
              )}
            </Step>
            {duty.deadline && (
              <li className="check-step check-deadline">
                <span>
                  {t('incidents.byWhen')} <strong className="deadline">
                    <When iso={duty.deadline} />
                  </strong>
                </span>
                <span className="hint">{t('incidents.policy', { hours: duty.directReportHours })}</span>
                {duty.lateDiscovery && <span className="hint">{t('incidents.lateDiscovery')}</span>}
              </li>
            )}
            {duty.byPhone && (
              <Step done={progress ? progress.phonedAt !== null : null} late={progress ? late(progress.phonedAt) : false}>
                <strong>{t('incidents.phone')}</strong>
              </Step>
            )}
            {duty.victimRelation === 'LENT_WORKER' && victimPartyId && (
              <Step done={progress ? progress.agencyInformedAt !== null : null}>{t('incidents.informAgency', { name: name(victimPartyId) })}</Step>
            )}
            {progress && (
              <>
                <Step done={progress.measuresAt !== null}>{t('incidents.measuresStep', { name: name(duty.dutyBearerPartyId) })}</Step>
                <Step done={progress.resumedAt !== null}>
                  {t('incidents.resumeStep')}
                  {progress.resumedAt && (
                    <span className="meta">
                      {' '}
                      <When iso={progress.resumedAt} />
                    </span>
                  )}
                </Step>
              </>
            )}
          </ul>
        </>
      ) : (
        <p className="notice notice-info">{t(`incidents.answer.${duty.answer}`)}</p>
      )}
    </section>
  );
}
