import { useId, useState } from 'react';
import { useParams } from 'wouter';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { NotificationChannel } from '../gql/graphql';
import { useSession } from '../data/session';
import { refreshTopic, useScreenQuery } from '../data/live';
import { reasonOf } from '../data/errors';
import { QueryState } from '../components/query-state';
import { NlaChecklist } from '../components/nla-checklist';
import { WhoKnew } from '../components/who-knew';
import { When } from '../components/when';
import { isoToWallTime, wallTimeToIso } from '../components/amsterdam-time';
import { CHAIN_INCIDENTS, incidentNames, reportsOf } from './incident-data';
import { useIncidentText } from './incidents';

const CHECKLIST = graphql(`
  query IncidentChecklistView($chainId: ID!, $incidentId: ID!) {
    incidentChecklist(chainId: $chainId, incidentId: $incidentId) {
      incidentId resumedAt resumptionRecordedAt
      duty { answer mustReport dutyBearerPartyId victimRelation deadline byPhone lateDiscovery directReportHours }
      measures { eventId byPartyId description occurredAt recordedAt }
    }
  }
`);

const NOTIFY = graphql(`
  mutation NotifyIncidentFromScreen($input: NotifyIncidentInput!) { notifyIncident(input: $input) { version } }
`);
const MEASURES = graphql(`
  mutation RecordMeasuresFromScreen($input: RecordIncidentMeasuresInput!) { recordIncidentMeasures(input: $input) { version } }
`);
const RESUME = graphql(`
  mutation ResumeWorkFromScreen($input: ResumeWorkInput!) { resumeWork(input: $input) { version } }
`);

const CHANNELS: NotificationChannel[] = ['ONLINE', 'PHONE', 'EMAIL', 'OTHER'];

function Failure({ error }: { error: unknown }) {
  const failure = reasonOf(error);
  if (!failure) return null;
  return (
    <p className="field-error" role="alert">
      {failure.message} <span className="reason">({failure.reason ?? failure.code})</span>
    </p>
  );
}

/** Story 3 after the report: the NLA checklist with what has been done, and the steps still to record. */
export function IncidentPage() {
  const { t } = useTranslation();
  const { chainId = '', incidentId = '' } = useParams();
  const { session } = useSession();
  const id = useId();
  const chain = useScreenQuery(CHAIN_INCIDENTS, { chainId }, chainId);
  const checklist = useScreenQuery(CHECKLIST, { chainId, incidentId }, chainId);
  const text = useIncidentText();
  const [channel, setChannel] = useState<NotificationChannel>('ONLINE');
  const [reference, setReference] = useState('');
  const [reportedWhen, setReportedWhen] = useState(() => isoToWallTime(new Date().toISOString()));
  const [informParty, setInformParty] = useState('');
  const [informChannel, setInformChannel] = useState<NotificationChannel>('PHONE');
  const [measures, setMeasures] = useState('');
  const [notify, notified] = useMutation(NOTIFY);
  const [inform, informed] = useMutation(NOTIFY);
  const [recordMeasures, measured] = useMutation(MEASURES);
  const [resume, resumed] = useMutation(RESUME);
  const incident = chain.data?.chain.incidents.find((i) => i.id === incidentId);
  if (!chain.data || !checklist.data) return <QueryState loading={chain.loading || checklist.loading} error={chain.error ?? checklist.error} />;
  if (!incident) return <p className="page-status">{t('common.notFound')}</p>;
  const names = incidentNames(chain.data.chain);
  const { duty, measures: taken, resumedAt } = checklist.data.incidentChecklist;
  const { report, phoned, agencyInformed } = reportsOf(incident);
  const holder = incident.authorityHolderPartyId;
  const mine = session?.partyId !== null && session?.partyId === holder;
  const done = () => refreshTopic(chainId);
  const others = chain.data.chain.parties.filter((p) => p.id !== session?.partyId);

  async function reportToNla(event: React.FormEvent) {
    event.preventDefault();
    const occurredAt = wallTimeToIso(reportedWhen) ?? undefined;
    const ok = await notify({ variables: { input: { chainId, incidentId, authority: 'NLA', channel, reference: reference || null, occurredAt } } }).catch(() => null);
    if (ok?.data) {
      setReference('');
      done();
    }
  }
  async function informAParty(event: React.FormEvent) {
    event.preventDefault();
    const ok = await inform({ variables: { input: { chainId, incidentId, recipientPartyId: informParty, channel: informChannel } } }).catch(() => null);
    if (ok?.data) done();
  }
  async function saveMeasures(event: React.FormEvent) {
    event.preventDefault();
    const ok = await recordMeasures({ variables: { input: { chainId, incidentId, description: measures } } }).catch(() => null);
    if (ok?.data) {
      setMeasures('');
      done();
    }
  }
  async function resumeWork() {
    const ok = await resume({ variables: { input: { chainId, incidentId } } }).catch(() => null);
    if (ok?.data) done();
  }

  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <div>
        <h2 id={`${id}-title`}>
          {t(`incidents.kind.${incident.kind}`)}: {incident.location}
        </h2>
        <p className="meta">
          <When iso={incident.happenedAt} /> · {t(`incidents.severity.${incident.severity}`)}
          {incident.absenceDays > 0 ? ` · ${t('incidents.absence', { count: incident.absenceDays })}` : ''} · {t('incidents.reportedBy', { name: names.get(incident.reporterPartyId) ?? t('common.unknownParty') })}
        </p>
        {incident.victim && (
          <p className="meta">
            {t('incidents.victim')}: {incident.victim.workerId ? `${names.get(incident.victim.workerId) ?? t('common.unknownWorker')}, ` : ''}
            {names.get(incident.victim.partyId) ?? t('common.unknownParty')}
            {incident.victimRelation ? ` (${t(`incidents.relation.${incident.victimRelation}`)})` : ''}
          </p>
        )}
        <p>{text(incident)}</p>
      </div>
      <div className="two-columns">
        <NlaChecklist
          duty={duty}
          names={names}
          victimPartyId={incident.victim?.partyId}
          progress={{
            reportedAt: report?.notifiedAt ?? null,
            reference: report?.reference ?? null,
            phonedAt: phoned?.notifiedAt ?? null,
            agencyInformedAt: agencyInformed?.notifiedAt ?? null,
            measuresAt: taken[0]?.occurredAt ?? null,
            resumedAt: resumedAt ?? null,
          }}
        />
        <div className="stack">
          {taken.length > 0 && (
            <section className="panel" aria-labelledby={`${id}-measures`}>
              <h3 id={`${id}-measures`}>{t('incidents.measuresTaken')}</h3>
              <ul>
                {taken.map((m) => (
                  <li key={m.eventId}>
                    {m.description.startsWith('withheld') ? t('incidents.withheld') : m.description}{' '}
                    <span className="meta">
                      — {names.get(m.byPartyId) ?? t('common.unknownParty')}, <When iso={m.occurredAt} />
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {incident.notifications.length > 0 && (
            <section className="panel" aria-labelledby={`${id}-told`}>
              <h3 id={`${id}-told`}>{t('incidents.notifications')}</h3>
              <ul>
                {incident.notifications.map((n) => (
                  <li key={n.eventId} className={n.retracted ? 'retracted' : undefined}>
                    {t('incidents.notifiedLine', {
                      by: names.get(n.notifierPartyId) ?? t('common.unknownParty'),
                      to: n.recipientAuthority ? t('incidents.nla') : names.get(n.recipientPartyId ?? '') ?? t('common.unknownParty'),
                      channel: t(`incidents.channel.${n.channel}`),
                    })}{' '}
                    <When iso={n.notifiedAt} />
                    {n.reference ? ` · ${t('incidents.reference')}: ${n.reference}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>

      {mine && duty.mustReport && !(report && (!duty.byPhone || phoned)) && (
        <form className="panel form" onSubmit={(e) => void reportToNla(e)} aria-labelledby={`${id}-nla`}>
          <h3 id={`${id}-nla`}>{t('incidents.recordNlaReport')}</h3>
          <label htmlFor={`${id}-channel`}>{t('incidents.how')}</label>
          <select id={`${id}-channel`} value={channel} onChange={(e) => setChannel(e.target.value as NotificationChannel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`incidents.channel.${c}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-ref`}>{t('incidents.nlaReference')}</label>
          <input id={`${id}-ref`} value={reference} onChange={(e) => setReference(e.target.value)} />
          <label htmlFor={`${id}-reported`}>{t('incidents.reportedWhen')}</label>
          <input id={`${id}-reported`} type="datetime-local" value={reportedWhen} onChange={(e) => setReportedWhen(e.target.value)} />
          <Failure error={notified.error} />
          <button type="submit" className="button-primary" disabled={notified.loading}>
            {t('incidents.saveNlaReport')}
          </button>
        </form>
      )}

      <form className="panel form" onSubmit={(e) => void informAParty(e)} aria-labelledby={`${id}-inform`}>
        <h3 id={`${id}-inform`}>{t('incidents.informTitle')}</h3>
        <label htmlFor={`${id}-party`}>{t('incidents.informWhom')}</label>
        <select id={`${id}-party`} required value={informParty} onChange={(e) => setInformParty(e.target.value)}>
          <option value="">{t('incidents.choose')}</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-ichannel`}>{t('incidents.how')}</label>
        <select id={`${id}-ichannel`} value={informChannel} onChange={(e) => setInformChannel(e.target.value as NotificationChannel)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`incidents.channel.${c}`)}
            </option>
          ))}
        </select>
        <Failure error={informed.error} />
        <button type="submit" className="button-secondary" disabled={informed.loading}>
          {t('incidents.saveInform')}
        </button>
      </form>

      {mine && incident.kind === 'ACCIDENT' && (
        <form className="panel form" onSubmit={(e) => void saveMeasures(e)} aria-labelledby={`${id}-m`}>
          <h3 id={`${id}-m`}>{t('incidents.recordMeasures')}</h3>
          <label htmlFor={`${id}-mtext`}>{t('incidents.measuresText')}</label>
          <textarea id={`${id}-mtext`} required rows={3} value={measures} onChange={(e) => setMeasures(e.target.value)} />
          <Failure error={measured.error} />
          <button type="submit" className="button-secondary" disabled={measured.loading}>
            {t('incidents.saveMeasures')}
          </button>
        </form>
      )}

      {mine && incident.kind === 'ACCIDENT' && !resumedAt && (
        <div className="panel">
          <h3>{t('incidents.resumeTitle')}</h3>
          <Failure error={resumed.error} />
          <button type="button" className="button-secondary" onClick={() => void resumeWork()} disabled={resumed.loading}>
            {t('incidents.resume')}
          </button>
        </div>
      )}

      {chain.data.chain.viewerIsPrincipal && <WhoKnew chainId={chainId} subject={{ incidentId }} names={names} />}
    </section>
  );
}
