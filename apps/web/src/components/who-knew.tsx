import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { WhoKnewListQueryVariables } from '../gql/graphql';
import { QueryState } from './query-state';
import { Badge } from './status';
import { When } from './when';

const WHO_KNEW = graphql(`
  query WhoKnewList($chainId: ID!, $incidentId: ID, $instructionId: ID, $topic: String, $location: String) {
    whoKnew(chainId: $chainId, incidentId: $incidentId, instructionId: $instructionId, topic: $topic, location: $location) {
      knowers(first: 50) {
        partyId partyName workerId workerName authority how since
        ways(first: 10) { eventId how channel noticeChannel action occurredAt recordedAt }
      }
    }
  }
`);

type Subject = Omit<WhoKnewListQueryVariables, 'chainId'>;

/**
 * Who knew of an incident, an instruction or a hazard, from when and how (the whoKnew query): each
 * party, worker or authority with every way it came to know, on both clocks — when it happened and
 * when it was recorded. Open to the principal and to an inspector under a grant.
 */
export function WhoKnew({ chainId, subject, names, title }: { chainId: string; subject: Subject; names: ReadonlyMap<string, string>; title?: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(WHO_KNEW, { variables: { chainId, ...subject }, fetchPolicy: 'cache-and-network' });
  const knowers = data?.whoKnew.knowers ?? [];
  const who = (k: (typeof knowers)[number]) =>
    k.authority ? t(`whoKnew.authority.${k.authority}`, { defaultValue: k.authority }) : k.workerId ? k.workerName ?? names.get(k.workerId) ?? t('common.unknownWorker') : k.partyName ?? (k.partyId ? names.get(k.partyId) : null) ?? t('common.unknownParty');
  return (
    <section className="panel who-knew" aria-label={title ?? t('whoKnew.title')}>
      <h2>{title ?? t('whoKnew.title')}</h2>
      {!data && <QueryState loading={loading} error={error} />}
      {data && knowers.length === 0 && <p className="empty">{t('whoKnew.nobody')}</p>}
      {knowers.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('whoKnew.who')}</th>
              <th scope="col">{t('whoKnew.how')}</th>
              <th scope="col">{t('whoKnew.happened')}</th>
              <th scope="col">{t('whoKnew.recorded')}</th>
            </tr>
          </thead>
          <tbody>
            {knowers.flatMap((k, i) =>
              k.ways.map((way, j) => (
                <tr key={`${i}-${way.eventId}-${way.how}`}>
                  {j === 0 && (
                    <th scope="row" rowSpan={k.ways.length}>
                      {who(k)}
                      <div className="meta">
                        {t('whoKnew.since')} <When iso={k.since} />
                      </div>
                    </th>
                  )}
                  <td>
                    <Badge tone={way.how === 'SENT' ? 'neutral' : way.how === 'ACKNOWLEDGED' || way.how === 'RECORDED_IT' ? 'ok' : 'info'}>{t(`whoKnew.way.${way.how}`)}</Badge>
                    {way.channel && <span className="meta"> {t(`whoKnew.channel.${way.channel}`)}</span>}
                    {way.noticeChannel && <span className="meta"> ({way.noticeChannel === 'EMAIL' ? t('whoKnew.byEmail') : t('whoKnew.byWebhook')})</span>}
                    {way.action && <div className="meta">“{way.action}”</div>}
                  </td>
                  <td>
                    <When iso={way.occurredAt} />
                  </td>
                  <td>
                    <When iso={way.recordedAt} />
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
