import { useId, useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { IncidentKind, IncidentSeverity } from '../gql/graphql';
import { useScreenQuery, refreshTopic } from '../data/live';
import { reasonOf } from '../data/errors';
import { QueryState } from '../components/query-state';
import { NlaChecklist } from '../components/nla-checklist';
import { isoToWallTime, wallTimeToIso } from '../components/amsterdam-time';
import { CHAIN_INCIDENTS, incidentNames } from './incident-data';

const NLA_DUTY = graphql(`
  query NlaDuty($input: NlaReportDutyInput!) {
    nlaReportDuty(input: $input) { answer mustReport dutyBearerPartyId victimRelation deadline byPhone lateDiscovery directReportHours }
  }
`);

const REPORT = graphql(`
  mutation ReportIncidentFromScreen($input: ReportIncidentInput!) {
    reportIncident(input: $input) { incidentId }
  }
`);

const SEVERITIES: IncidentSeverity[] = ['NONE', 'ABSENCE', 'HOSPITAL_ADMISSION', 'PERMANENT_INJURY', 'DEATH'];

/**
 * Story 3, the first step: a manager reports a near miss or an accident. While the form is filled in,
 * the NLA checklist beside it says — from the API, never from a rule in the browser — whether it must
 * be reported, by which party, by when, and by phone for a death.
 */
export function ReportIncidentPage() {
  const { t } = useTranslation();
  const { chainId = '' } = useParams();
  const [, navigate] = useLocation();
  const id = useId();
  const { data, loading, error } = useScreenQuery(CHAIN_INCIDENTS, { chainId }, chainId);
  const [kind, setKind] = useState<IncidentKind>('ACCIDENT');
  const [happened, setHappened] = useState(() => isoToWallTime(new Date().toISOString()));
  const [location, setLocation] = useState('');
  const [description, setDescription] = useState('');
  const [linkId, setLinkId] = useState('');
  const [workerId, setWorkerId] = useState('');
  const [severity, setSeverity] = useState<IncidentSeverity>('HOSPITAL_ADMISSION');
  const [absenceDays, setAbsenceDays] = useState('0');
  const [report, reported] = useMutation(REPORT);
  const link = data?.chain.links.find((l) => l.id === linkId) ?? null;
  const happenedAt = wallTimeToIso(happened);
  const accident = kind === 'ACCIDENT';
  const victim = accident && link ? { partyId: link.toPartyId, linkId: link.id, workerId: workerId || null } : null;
  const ready = happenedAt !== null && (!accident || victim !== null);
  const duty = useQuery(NLA_DUTY, {
    variables: { input: { chainId, kind, severity: accident ? severity : 'NONE', happenedAt: happenedAt ?? '', victim: victim ? { partyId: victim.partyId, linkId: victim.linkId } : null } },
    skip: !ready,
  });
  if (!data) return <QueryState loading={loading} error={error} />;
  const names = incidentNames(data.chain);
  const workers = link ? data.chain.parties.find((p) => p.id === link.toPartyId)?.workers ?? [] : [];
  const failure = reasonOf(reported.error);
  const dutyFailure = reasonOf(duty.error);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!happenedAt) return;
    const result = await report({
      variables: {
        input: {
          chainId,
          kind,
          happenedAt,
          location,
          description,
          severity: accident ? severity : 'NONE',
          absenceDays: accident ? Number(absenceDays) || 0 : 0,
          victim: victim,
        },
      },
    }).catch(() => null);
    const incidentId = result?.data?.reportIncident.incidentId;
    if (incidentId) {
      refreshTopic(chainId);
      navigate(`/chains/${chainId}/incidents/${incidentId}`);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="report-incident">
      <h2 id={`${id}-title`}>{t('incidents.reportTitle')}</h2>
      <div className="two-columns">
        <form className="form" onSubmit={(e) => void submit(e)}>
          <fieldset className="choice">
            <legend>{t('incidents.whatKind')}</legend>
            {(['ACCIDENT', 'NEAR_MISS'] as const).map((k) => (
              <label key={k}>
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`incidents.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-when`}>{t('incidents.when')}</label>
          <input id={`${id}-when`} type="datetime-local" required value={happened} onChange={(e) => setHappened(e.target.value)} />
          <label htmlFor={`${id}-where`}>{t('incidents.where')}</label>
          <input id={`${id}-where`} required value={location} onChange={(e) => setLocation(e.target.value)} />
          <label htmlFor={`${id}-what`}>{t('incidents.what')}</label>
          <textarea id={`${id}-what`} required rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
          {accident && (
            <>
              <label htmlFor={`${id}-victim`}>{t('incidents.victimParty')}</label>
              <select id={`${id}-victim`} required value={linkId} onChange={(e) => { setLinkId(e.target.value); setWorkerId(''); }}>
                <option value="">{t('incidents.choose')}</option>
                {data.chain.links.map((l) => (
                  <option key={l.id} value={l.id}>
                    {t('incidents.victimOnLink', { party: names.get(l.toPartyId) ?? t('common.unknownParty'), kind: t(`incidents.linkKind.${l.kind}`), from: names.get(l.fromPartyId) ?? t('common.unknownParty') })}
                  </option>
                ))}
              </select>
              {workers.length > 0 && (
                <>
                  <label htmlFor={`${id}-worker`}>{t('incidents.victimWorker')}</label>
                  <select id={`${id}-worker`} value={workerId} onChange={(e) => setWorkerId(e.target.value)}>
                    <option value="">{t('incidents.workerUnnamed')}</option>
                    {workers.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.name}
                      </option>
                    ))}
                  </select>
                </>
              )}
              <label htmlFor={`${id}-severity`}>{t('incidents.severityLabel')}</label>
              <select id={`${id}-severity`} value={severity} onChange={(e) => setSeverity(e.target.value as IncidentSeverity)}>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`incidents.severity.${s}`)}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-absence`}>{t('incidents.absenceDays')}</label>
              <input id={`${id}-absence`} type="number" min={0} value={absenceDays} onChange={(e) => setAbsenceDays(e.target.value)} />
            </>
          )}
          {failure && (
            <p className="field-error" role="alert">
              {failure.message} <span className="reason">({failure.reason ?? failure.code})</span>
            </p>
          )}
          <button type="submit" className="button-primary" disabled={reported.loading}>
            {t('incidents.submit')}
          </button>
        </form>
        <div>
          {duty.data ? (
            <NlaChecklist duty={duty.data.nlaReportDuty} names={names} victimPartyId={victim?.partyId} />
          ) : dutyFailure ? (
            <p className="notice notice-bad" role="alert">
              {dutyFailure.message}
            </p>
          ) : (
            <p className="hint checklist-waiting">{t('incidents.checklistWaits')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
