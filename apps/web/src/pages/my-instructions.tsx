import { Link } from 'wouter';
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { MyInstructionsQuery } from '../gql/graphql';
import { useScreenQuery } from '../data/live';
import { reasonOf } from '../data/errors';
import { useSession } from '../data/session';
import { QueryState } from '../components/query-state';
import { Badge } from '../components/status';
import { When } from '../components/when';

const MY_CHAINS = graphql(`
  query MyWorkChains {
    chains(first: 50) { id name }
  }
`);

const MY_INSTRUCTIONS = graphql(`
  query MyInstructions($chainId: ID!) {
    chain(id: $chainId) {
      id name
      instructions(first: 10) {
        id title currentVersion
        status(first: 100) { workerId status acknowledgedVersion acknowledgedAt }
        versions(first: 5) { version current content { language title body } }
      }
    }
  }
`);

const ACKNOWLEDGE = graphql(`
  mutation AcknowledgeOwn($input: AcknowledgeInstructionInput!) {
    acknowledgeInstruction(input: $input) { version }
  }
`);

type Chain = MyInstructionsQuery['chain'];
type Instruction = Chain['instructions'][number];

/** One instruction for the worker: its current text in a language they read, and "read and understood". */
function InstructionCard({ chain, instruction, workerId }: { chain: Chain; instruction: Instruction; workerId: string }) {
  const { t, i18n } = useTranslation();
  const mine = instruction.status.find((s) => s.workerId === workerId);
  const current = instruction.versions.find((v) => v.current) ?? instruction.versions[instruction.versions.length - 1];
  const languages = current?.content.map((c) => c.language) ?? [];
  const [language, setLanguage] = useState(languages.includes(i18n.resolvedLanguage ?? '') ? i18n.resolvedLanguage! : (languages[0] ?? 'nl'));
  const text = current?.content.find((c) => c.language === language) ?? current?.content[0];
  const [acknowledge, acknowledged] = useMutation(ACKNOWLEDGE, { refetchQueries: [MY_INSTRUCTIONS], awaitRefetchQueries: true });
  const refused = reasonOf(acknowledged.error);
  const done = mine?.status === 'CURRENT';
  return (
    <article className="panel worker-card" aria-labelledby={`wi-${instruction.id}`}>
      <p className="meta">{chain.name}</p>
      <h2 id={`wi-${instruction.id}`}>
        {text?.title ?? instruction.title} <span className="version">v{instruction.currentVersion}</span>
      </h2>
      <p>
        {done ? (
          <Badge tone="ok">{t('ack.CURRENT')}</Badge>
        ) : mine?.status === 'STALE' ? (
          <Badge tone="warn">{t('ack.STALE', { version: mine.acknowledgedVersion ?? '?' })}</Badge>
        ) : (
          <Badge tone="bad">{t('ack.MISSING')}</Badge>
        )}
        {done && mine?.acknowledgedAt ? (
          <span className="meta">
            {' '}
            <When iso={mine.acknowledgedAt} />
          </span>
        ) : null}
      </p>
      {languages.length > 1 && (
        <div className="language-choice" role="group" aria-label={t('worker.readIn')}>
          {languages.map((code) => (
            <button key={code} type="button" className={code === language ? 'button-primary' : 'button-secondary'} aria-pressed={code === language} onClick={() => setLanguage(code)}>
              {code.toUpperCase()}
            </button>
          ))}
        </div>
      )}
      <div className="instruction-text" lang={text?.language}>
        {text?.body.split(/\n+/).map((line, i) => <p key={i}>{line}</p>)}
      </div>
      {!done && current && (
        <>
          <button
            type="button"
            className="button-primary button-large"
            disabled={acknowledged.loading}
            onClick={() =>
              void acknowledge({ variables: { input: { chainId: chain.id, instructionId: instruction.id, version: current.version, language: text?.language ?? language } } }).catch(() => undefined)
            }
          >
            {t('worker.readAndUnderstood')}
          </button>
          {refused && (
            <p className="field-error" role="alert">
              {t(`errors.${refused.reason ?? refused.code}`, { defaultValue: refused.message })}
            </p>
          )}
        </>
      )}
    </article>
  );
}

/** The instructions of one chain that are meant for this worker. */
function ChainInstructions({ chainId, workerId }: { chainId: string; workerId: string }) {
  const { data, loading, error } = useScreenQuery(MY_INSTRUCTIONS, { chainId }, chainId);
  if (!data) return <QueryState loading={loading} error={error} />;
  const mine = data.chain.instructions.filter((i) => i.status.some((s) => s.workerId === workerId));
  return (
    <>
      {mine.map((instruction) => (
        <InstructionCard key={instruction.id} chain={data.chain} instruction={instruction} workerId={workerId} />
      ))}
    </>
  );
}

/** A signed-in worker's instructions: the current version of each, to read and acknowledge (phone first). */
export function MyInstructionsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { data, loading, error } = useScreenQuery(MY_CHAINS, {}, 'chains');
  const workerId = session?.workerId ?? '';
  return (
    <section aria-labelledby="my-title" className="worker-page">
      <h1 id="my-title">{t('worker.title')}</h1>
      <p className="lead">{t('worker.lead')}</p>
      <p>
        <Link className="button-secondary button-large" to="/my/near-miss">
          {t('nearMiss.open')}
        </Link>
      </p>
      <QueryState loading={loading && !data} error={error} />
      <div className="stack">
        {data?.chains.map((chain) => <ChainInstructions key={chain.id} chainId={chain.id} workerId={workerId} />)}
      </div>
    </section>
  );
}
