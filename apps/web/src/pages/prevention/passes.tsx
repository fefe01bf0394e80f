import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { WorkerPassesOfQuery } from '../../gql/graphql';
import { useScreenQuery, refreshTopic } from '../../data/live';
import { reasonOf } from '../../data/errors';
import { QueryState } from '../../components/query-state';
import { Badge, type Tone } from '../../components/status';
import { When } from '../../components/when';
import { PassCode } from './pass-code';
import { refusal } from './refusal';

const OWN_WORKERS = graphql(`
  query OwnWorkers {
    myParty { id name workers(first: 200) { id name } }
  }
`);

const WORKER_PASSES = graphql(`
  query WorkerPassesOf($partyId: ID!, $workerId: ID!) {
    workerPasses(workerPartyId: $partyId, workerId: $workerId, first: 10) { passId status issuedAt expiresAt workerName qrSvg }
  }
`);

const ISSUE = graphql(`
  mutation IssuePass($input: IssueWorkerPassInput!) {
    issueWorkerPass(input: $input) { pass { passId } }
  }
`);

const REVOKE = graphql(`
  mutation RevokePass($input: RevokeWorkerPassInput!) {
    revokeWorkerPass(input: $input) { eventIds }
  }
`);

type Pass = WorkerPassesOfQuery['workerPasses'][number];
const TONE: Record<string, Tone> = { ACTIVE: 'ok', REVOKED: 'bad', EXPIRED: 'neutral' };
const topicOf = (partyId: string) => `page:passes-${partyId}`;

/** One worker: the passes issued, the QR code of the working one, issue a new one, revoke a lost one. */
function WorkerPasses({ partyId, worker }: { partyId: string; worker: { id: string; name: string } }) {
  const { t } = useTranslation();
  const { data, error } = useScreenQuery(WORKER_PASSES, { partyId, workerId: worker.id }, topicOf(partyId));
  const [issue, issued] = useMutation(ISSUE);
  const [revoke, revoked] = useMutation(REVOKE);
  const [shown, setShown] = useState<string | null>(null);
  const passes = data?.workerPasses ?? [];
  const problem = refusal(t, reasonOf(issued.error ?? revoked.error ?? error));
  const after = () => refreshTopic(topicOf(partyId));
  return (
    <article className="panel" aria-labelledby={`passes-${worker.id}`}>
      <header className="page-head">
        <h2 id={`passes-${worker.id}`}>{worker.name}</h2>
        <button
          type="button"
          className="button-primary"
          disabled={issued.loading}
          onClick={() => void issue({ variables: { input: { workerId: worker.id } } }).then(after, () => undefined)}
        >
          {t('prevention.passes.issue')}
        </button>
      </header>
      {passes.length === 0 ? (
        <p className="empty">{t('prevention.passes.none')}</p>
      ) : (
        <ul className="pass-list">
          {passes.map((pass: Pass) => (
            <li key={pass.passId}>
              <Badge tone={TONE[pass.status] ?? 'neutral'}>{t(`prevention.pass.${pass.status}`)}</Badge>{' '}
              <span className="meta">
                {t('prevention.passes.issued')} <When iso={pass.issuedAt} /> · {t('prevention.pass.validUntil')} <When iso={pass.expiresAt} withTime={false} />
              </span>
              {pass.status === 'ACTIVE' && (
                <span className="pass-actions">
                  <button type="button" className="button-secondary" aria-expanded={shown === pass.passId} onClick={() => setShown(shown === pass.passId ? null : pass.passId)}>
                    {t('prevention.passes.showQr')}
                  </button>
                  <button
                    type="button"
                    className="button-quiet"
                    disabled={revoked.loading}
                    onClick={() => {
                      if (window.confirm(t('prevention.passes.confirmRevoke', { name: worker.name }))) void revoke({ variables: { input: { passId: pass.passId } } }).then(after, () => undefined);
                    }}
                  >
                    {t('prevention.passes.revoke')}
                  </button>
                </span>
              )}
              {shown === pass.passId && pass.status === 'ACTIVE' && <PassCode svg={pass.qrSvg} label={t('prevention.pass.qrLabel', { name: pass.workerName })} />}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </article>
  );
}

/** A manager's screen for the personal passes of the workers of his own party. */
export function PassesPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useScreenQuery(OWN_WORKERS, {}, 'me');
  const party = data?.myParty;
  return (
    <section aria-labelledby="passes-title">
      <h1 id="passes-title">{t('prevention.passes.title')}</h1>
      <p className="lead">{t('prevention.passes.lead', { party: party?.name ?? '' })}</p>
      <QueryState loading={loading && !data} error={error} />
      {party && party.workers.length === 0 && <p className="empty">{t('prevention.passes.noWorkers')}</p>}
      <div className="stack">{party?.workers.map((worker) => <WorkerPasses key={worker.id} partyId={party.id} worker={worker} />)}</div>
    </section>
  );
}
