import { Link, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useScreenQuery } from '../data/live';
import { QueryState } from '../components/query-state';
import { Badge } from '../components/status';
import { When } from '../components/when';
import { WhoKnewPicker } from '../components/who-knew-picker';
import { CHAIN_INCIDENTS, incidentNames, INJURY_WITHHELD_PREFIX, reportsOf, type IncidentRow } from './incident-data';

/** What happened, or that it is withheld from this reader (health data). */
export function useIncidentText() {
  const { t } = useTranslation();
  return (incident: Pick<IncidentRow, 'description'>) => (incident.description.startsWith(INJURY_WITHHELD_PREFIX) ? t('incidents.withheld') : incident.description);
}

/** A chain's incidents (near misses and accidents) with their NLA state, and a button to report one. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const { chainId = '' } = useParams();
  const { data, loading, error } = useScreenQuery(CHAIN_INCIDENTS, { chainId }, chainId);
  const text = useIncidentText();
  if (!data) return <QueryState loading={loading} error={error} />;
  const names = incidentNames(data.chain);
  const incidents = [...data.chain.incidents].sort((a, b) => Date.parse(b.happenedAt) - Date.parse(a.happenedAt));
  return (
    <section aria-labelledby="incidents-title" className="stack">
      <div className="page-head">
        <h2 id="incidents-title">{t('incidents.title')}</h2>
        <div className="actions">
          <Link className="button-secondary" to={`/chains/${chainId}/register`}>
            {t('incidents.registerTitle')}
          </Link>
          <Link className="button-primary" to={`/chains/${chainId}/incidents/new`}>
            {t('incidents.reportNew')}
          </Link>
        </div>
      </div>
      {incidents.length === 0 && <p className="empty">{t('incidents.none')}</p>}
      <ul className="incident-list">
        {incidents.map((incident) => {
          const { report } = reportsOf(incident);
          return (
            <li key={incident.id} className="card">
              <h3>
                <Link to={`/chains/${chainId}/incidents/${incident.id}`}>
                  {t(`incidents.kind.${incident.kind}`)}: {incident.location}
                </Link>
              </h3>
              <p className="meta">
                <When iso={incident.happenedAt} /> · {t(`incidents.severity.${incident.severity}`)}
                {incident.victim ? ` · ${names.get(incident.victim.workerId ?? '') ?? names.get(incident.victim.partyId) ?? t('common.unknownParty')}` : ''}
              </p>
              <p>{text(incident)}</p>
              <div className="health">
                {incident.retracted && <Badge tone="neutral">{t('incidents.retracted')}</Badge>}
                {report && (
                  <Badge tone="ok">
                    {t('incidents.reportedToNla')} <When iso={report.notifiedAt} />
                  </Badge>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {data.chain.viewerIsPrincipal && (
        <WhoKnewPicker chainId={chainId} names={names} subjects={{ instructions: data.chain.instructions, incidents: incidents.filter((i) => !i.retracted) }} />
      )}
    </section>
  );
}
