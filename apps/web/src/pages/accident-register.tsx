import { useMemo } from 'react';
import { useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useScreenQuery } from '../data/live';
import { QueryState } from '../components/query-state';
import { TIME_ZONE, When } from '../components/when';
import { toCsv } from '../components/csv';
import { CHAIN_INCIDENTS, incidentNames, INJURY_WITHHELD_PREFIX, reportsOf, type IncidentRow } from './incident-data';
import { useIncidentText } from './incidents';

/** An instant as `2026-03-10 09:15` on the clock of Amsterdam (the CSV's times). */
function wallClock(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * The accident register of a chain as the reader may see it (Arbowet 9(2)): every accident not
 * retracted, who was hurt, whose employer must keep it and whether it went to the NLA; with a CSV of
 * the same lines (names and Amsterdam times, never an id).
 */
export function AccidentRegisterPage() {
  const { t } = useTranslation();
  const { chainId = '' } = useParams();
  const { data, loading, error } = useScreenQuery(CHAIN_INCIDENTS, { chainId }, chainId);
  const text = useIncidentText();
  const withheld = (i: IncidentRow) => i.description.startsWith(INJURY_WITHHELD_PREFIX);
  const lines = useMemo(
    () => (data ? data.chain.incidents.filter((i) => i.kind === 'ACCIDENT' && !i.retracted).sort((a, b) => Date.parse(a.happenedAt) - Date.parse(b.happenedAt)) : []),
    [data],
  );
  if (!data) return <QueryState loading={loading} error={error} />;
  const names = incidentNames(data.chain);
  const party = (id: string | null | undefined) => (id ? names.get(id) ?? t('common.unknownParty') : '');
  const victimOf = (i: IncidentRow) => (i.victim ? [i.victim.workerId ? names.get(i.victim.workerId) ?? t('common.unknownWorker') : null, party(i.victim.partyId)].filter(Boolean).join(', ') : '');
  const csv = toCsv([
    [t('register.when', { zone: TIME_ZONE }), t('register.where'), t('register.what'), t('register.victim'), t('register.employer'), t('register.severity'), t('register.absence'), t('register.nla', { zone: TIME_ZONE })],
    ...lines.map((i) => {
      const { report } = reportsOf(i);
      return [wallClock(i.happenedAt), i.location, text(i), victimOf(i), party(i.authorityHolderPartyId), t(`incidents.severity.${i.severity}`), i.absenceDays, report ? wallClock(report.notifiedAt) : ''];
    }),
  ]);
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent('\uFEFF' + csv)}`;
  return (
    <section aria-labelledby="register-title" className="stack">
      <div className="page-head">
        <div>
          <h2 id="register-title">{t('incidents.registerTitle')}</h2>
          <p className="hint">{t('register.lead')}</p>
        </div>
        <a className="button-secondary" href={href} download={`ongevallenregister-${data.chain.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.csv`}>
          {t('register.download')}
        </a>
      </div>
      {lines.length === 0 ? (
        <p className="empty">{t('register.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('incidents.registerTitle')}>
          <table className="register-table">
            <caption className="visually-hidden">{t('incidents.registerTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('register.when', { zone: 'Amsterdam' })}</th>
                <th scope="col">{t('register.where')}</th>
                <th scope="col">{t('register.what')}</th>
                <th scope="col">{t('register.victim')}</th>
                <th scope="col">{t('register.employer')}</th>
                <th scope="col">{t('register.severity')}</th>
                <th scope="col">{t('register.absence')}</th>
                <th scope="col">{t('register.nla', { zone: 'Amsterdam' })}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((i) => {
                const { report } = reportsOf(i);
                return (
                  <tr key={i.id}>
                    <td>
                      <When iso={i.happenedAt} />
                    </td>
                    <td>{i.location}</td>
                    <td>{withheld(i) ? <span title={t('incidents.withheld')}>{t('incidents.withheldShort')}</span> : i.description}</td>
                    <td>{victimOf(i)}</td>
                    <td>{party(i.authorityHolderPartyId)}</td>
                    <td>{t(`incidents.severity.${i.severity}`)}</td>
                    <td>{i.absenceDays}</td>
                    <td>{report ? <When iso={report.notifiedAt} /> : t('register.notReported')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
