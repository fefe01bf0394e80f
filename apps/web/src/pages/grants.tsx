import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { useScreenQuery } from '../data/live';
import { QueryState } from '../components/query-state';
import { Badge } from '../components/status';
import { When } from '../components/when';

const MY_GRANTS = graphql(`
  query MyGrants {
    myGrants { grantId chainId chainName grantedByPartyName inspectorPartyName status validFrom validUntil reportPath }
  }
`);

/** Story 4: the chains granted to me (or my inspectorate), and for how long. */
export function GrantsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useScreenQuery(MY_GRANTS, {}, 'grants');
  return (
    <section aria-labelledby="grants-title">
      <div className="page-head">
        <h1 id="grants-title">{t('grants.title')}</h1>
      </div>
      <QueryState loading={loading && !data} error={error} />
      {data && data.myGrants.length === 0 && <p className="empty">{t('grants.none')}</p>}
      {data && data.myGrants.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('grants.chain')}</th>
              <th scope="col">{t('grants.grantedBy')}</th>
              <th scope="col">{t('grants.valid')}</th>
              <th scope="col">{t('grants.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.myGrants.map((grant) => (
              <tr key={grant.grantId}>
                <td>{grant.status === 'ACTIVE' ? <Link to={`/inspect/${grant.chainId}`}>{grant.chainName}</Link> : grant.chainName}</td>
                <td>{grant.grantedByPartyName}</td>
                <td>
                  <When iso={grant.validFrom} withTime={false} /> – <When iso={grant.validUntil} withTime={false} />
                </td>
                <td>
                  <Badge tone={grant.status === 'ACTIVE' ? 'ok' : 'neutral'}>{t(`grantStatus.${grant.status}`)}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
