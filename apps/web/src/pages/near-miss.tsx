import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { useScreenQuery, refreshTopic } from '../data/live';
import { reasonOf } from '../data/errors';
import { QueryState } from '../components/query-state';
import { Badge } from '../components/status';

const WORK_CHAINS = graphql(`
  query NearMissChains {
    chains(first: 50) { id name siteAddress }
  }
`);

const REPORT_NEAR_MISS = graphql(`
  mutation ReportNearMiss($input: ReportIncidentInput!) {
    reportIncident(input: $input) { incidentId }
  }
`);

/** What a worker most often sees go nearly wrong: one tap each, with the topic the chain's hazards are searched by. */
const WHAT = [
  { key: 'falling', topic: 'WORK_AT_HEIGHT' },
  { key: 'object', topic: 'FALLING_OBJECTS' },
  { key: 'trip', topic: 'SLIPS_AND_TRIPS' },
  { key: 'machine', topic: 'MACHINERY' },
  { key: 'other', topic: null },
] as const;

/**
 * A worker reports a near miss on a phone in three taps: "Bijna-ongeval melden" (on their
 * instructions), what nearly happened, and "Melden". The place is the chain's site unless they change
 * it; the report is their own act, recorded now.
 */
export function NearMissPage() {
  const { t } = useTranslation();
  const id = useId();
  const { data, loading, error } = useScreenQuery(WORK_CHAINS, {}, 'chains');
  const [chainId, setChainId] = useState('');
  const [what, setWhat] = useState<(typeof WHAT)[number] | null>(null);
  const [location, setLocation] = useState<string | null>(null);
  const [report, reported] = useMutation(REPORT_NEAR_MISS);
  const [sent, setSent] = useState(false);
  if (!data) return <QueryState loading={loading} error={error} />;
  const chain = data.chains.find((c) => c.id === chainId) ?? data.chains[0];
  if (!chain) return <p className="empty">{t('chains.none')}</p>;
  const place = location ?? chain.siteAddress ?? chain.name;
  const failure = reasonOf(reported.error);

  async function send() {
    if (!what) return;
    const result = await report({
      variables: {
        input: {
          chainId: chain.id,
          kind: 'NEAR_MISS',
          happenedAt: new Date().toISOString(),
          location: place,
          description: t(`nearMiss.what.${what.key}`),
          topics: what.topic ? [what.topic] : [],
          severity: 'NONE',
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setSent(true);
      refreshTopic(chain.id);
    }
  }

  if (sent) {
    return (
      <section className="worker-page" aria-labelledby={`${id}-done`}>
        <h1 id={`${id}-done`}>{t('nearMiss.title')}</h1>
        <p role="status" className="notice notice-info">
          <Badge tone="ok">{t('nearMiss.sent')}</Badge> {t('nearMiss.thanks')}
        </p>
        <Link className="button-secondary" to="/my">
          {t('nearMiss.back')}
        </Link>
      </section>
    );
  }
  return (
    <section className="worker-page near-miss" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('nearMiss.title')}</h1>
      <p className="lead">{t('nearMiss.lead')}</p>
      {data.chains.length > 1 && (
        <div className="form">
          <label htmlFor={`${id}-chain`}>{t('nearMiss.where')}</label>
          <select id={`${id}-chain`} value={chain.id} onChange={(e) => setChainId(e.target.value)}>
            {data.chains.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="what-choice" role="group" aria-label={t('nearMiss.whatLabel')}>
        {WHAT.map((w) => (
          <button key={w.key} type="button" className={what?.key === w.key ? 'button-primary button-large' : 'button-secondary button-large'} aria-pressed={what?.key === w.key} onClick={() => setWhat(w)}>
            {t(`nearMiss.what.${w.key}`)}
          </button>
        ))}
      </div>
      <div className="form">
        <label htmlFor={`${id}-place`}>{t('nearMiss.place')}</label>
        <input id={`${id}-place`} value={place} onChange={(e) => setLocation(e.target.value)} />
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {t(`errors.${failure.reason ?? failure.code}`, { defaultValue: failure.message })}
        </p>
      )}
      <button type="button" className="button-primary button-large" disabled={!what || !place.trim() || reported.loading} onClick={() => void send()}>
        {t('nearMiss.send')}
      </button>
    </section>
  );
}
