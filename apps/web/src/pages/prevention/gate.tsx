import { useEffect, useMemo, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { GateCheckQuery } from '../../gql/graphql';
import { useScreenQuery, refreshTopic } from '../../data/live';
import { reasonOf } from '../../data/errors';
import { QueryState } from '../../components/query-state';
import { QrScanner } from '../../components/qr-scanner';
import { GateVerdict } from './gate-verdict';
import { refusal, reasonLanguage } from './refusal';

const GATE_CHAINS = graphql(`
  query GateChains {
    chains(first: 100) { id name }
  }
`);

const GATE_TOPICS = graphql(`
  query GateTopics($chainId: ID!) {
    chain(id: $chainId) {
      id
      instructions(first: 50) { id title versions(first: 20) { current topics } }
    }
  }
`);

const GATE_CHECK = graphql(`
  query GateCheck($pass: String!, $chainId: ID!, $topics: [String!]!, $language: String) {
    gateCheck(pass: $pass, chainId: $chainId, topics: $topics, language: $language) {
      verdict at linkId workerId workerPartyId workerName language topics
      reasons(first: 50) { ruleId title explanation dutyBearerNames policyNote basis { article text } }
    }
  }
`);

const GATE_START = graphql(`
  mutation GateStartWork($input: StartWorkInput!) {
    startWork(input: $input) { verdict recordedAt eventIds }
  }
`);

type Checked = GateCheckQuery['gateCheck'];

/** A topic code in words when no translation names it: WORK_AT_HEIGHT → "Work at height". */
const topicWords = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');

/** The topics of a chain's current instructions, each with the titles it is known by. */
function useTopics(chainId: string) {
  const { data } = useScreenQuery(GATE_TOPICS, { chainId }, chainId, { skip: !chainId });
  return useMemo(() => {
    const topics = new Map<string, string[]>();
    for (const instruction of data?.chain.instructions ?? []) {
      const current = instruction.versions.find((v) => v.current);
      for (const topic of current?.topics ?? []) topics.set(topic, [...(topics.get(topic) ?? []), instruction.title]);
    }
    return [...topics.entries()].map(([code, titles]) => ({ code, titles }));
  }, [data]);
}

/**
 * The site manager's gate, on a phone: scan a worker's pass (camera, or the code typed in), read GO or
 * NO-GO with the reasons in words, and record the start; starting despite NO-GO needs a reason.
 */
export function GatePage() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const chains = useScreenQuery(GATE_CHAINS, {}, 'chains');
  const [chainId, setChainId] = useState('');
  const topics = useTopics(chainId);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [camera, setCamera] = useState(false);
  const [typed, setTyped] = useState('');
  const [pass, setPass] = useState('');
  const [scanned, setScanned] = useState(false);
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [start, started] = useMutation(GATE_START);
  const [recorded, setRecorded] = useState<{ override: boolean; at: string } | null>(null);

  const list = chains.data?.chains ?? [];
  useEffect(() => {
    if (!chainId && list.length > 0) setChainId(list[0].id);
  }, [chainId, list]);
  const selected = chosen ?? new Set(topics.map((topic) => topic.code));
  const language = reasonLanguage(i18n.resolvedLanguage);

  const reset = () => {
    setChecked(null);
    setProblem(null);
    setPass('');
    setTyped('');
    setOverrideReason('');
    setRecorded(null);
    started.reset();
  };

  async function check(token: string, byCamera: boolean) {
    const code = token.trim();
    if (!code || !chainId) return;
    reset();
    setPass(code);
    setScanned(byCamera);
    setChecking(true);
    try {
      const res = await client.query({ query: GATE_CHECK, variables: { pass: code, chainId, topics: [...selected], language }, fetchPolicy: 'network-only' });
      setChecked(res.data?.gateCheck ?? null);
    } catch (error) {
      setProblem(refusal(t, reasonOf(error)));
    } finally {
      setChecking(false);
    }
  }

  async function startWork() {
    if (!checked) return;
    const override = checked.verdict === 'NO_GO';
    try {
      const res = await start({
        variables: {
          input: {
            chainId,
            linkId: checked.linkId,
            workerPartyId: checked.workerPartyId,
            workerId: checked.workerId,
            topics: checked.topics,
            gate: { pass, language, passScanned: scanned, ...(override ? { overrideReason: overrideReason.trim() } : {}) },
          },
        },
      });
      setRecorded({ override, at: res.data?.startWork.recordedAt ?? new Date().toISOString() });
      refreshTopic(chainId);
    } catch {
      // shown from started.error
    }
  }

  const startProblem = refusal(t, reasonOf(started.error));
  const needsReason = checked?.verdict === 'NO_GO';

  return (
    <section aria-labelledby="gate-title" className="worker-page gate">
      <h1 id="gate-title">{t('prevention.gate.title')}</h1>
      <p className="lead">{t('prevention.gate.lead')}</p>
      <QueryState loading={chains.loading && !chains.data} error={chains.error} />
      {list.length === 0 && chains.data ? <p className="empty">{t('prevention.gate.noChains')}</p> : null}
      {list.length > 0 && (
        <div className="panel stack gate-setup">
          <div className="form-field">
            <label htmlFor="gate-chain">{t('prevention.gate.chain')}</label>
            <select id="gate-chain" value={chainId} onChange={(e) => { setChainId(e.target.value); setChosen(null); reset(); }}>
              {list.map((chain) => (
                <option key={chain.id} value={chain.id}>
                  {chain.name}
                </option>
              ))}
            </select>
          </div>
          {topics.length > 0 && (
            <fieldset className="topics">
              <legend>{t('prevention.gate.topics')}</legend>
              {topics.map((topic) => (
                <label key={topic.code}>
                  <input
                    type="checkbox"
                    checked={selected.has(topic.code)}
                    onChange={(e) => {
                      const next = new Set(selected);
                      if (e.target.checked) next.add(topic.code);
                      else next.delete(topic.code);
                      setChosen(next);
                    }}
                  />{' '}
                  {t(`prevention.topic.${topic.code}`, { defaultValue: topicWords(topic.code) })} <span className="meta">({topic.titles.join(', ')})</span>
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}

      {chainId && !checked && (
        <div className="panel stack">
          {camera ? (
            <QrScanner
              onCode={(code) => {
                setCamera(false);
                void check(code, true);
              }}
              onStop={() => setCamera(false)}
            />
          ) : (
            <button type="button" className="button-primary button-large" onClick={() => setCamera(true)}>
              {t('prevention.gate.scan')}
            </button>
          )}
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              void check(typed, false);
            }}
          >
            <label htmlFor="gate-code">{t('prevention.gate.typeCode')}</label>
            <textarea id="gate-code" rows={3} value={typed} onChange={(e) => setTyped(e.target.value)} spellCheck={false} autoCapitalize="off" autoComplete="off" />
            <button type="submit" className="button-secondary" disabled={!typed.trim() || checking}>
              {t('prevention.gate.check')}
            </button>
          </form>
          {checking && <p className="page-status">{t('prevention.gate.checking')}</p>}
          {problem && (
            <p className="notice notice-bad" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}

      {checked && (
        <div className="stack">
          <GateVerdict checked={checked} />
          {recorded ? (
            <p className={`notice ${recorded.override ? 'notice-warn' : 'notice-ok'}`} role="status">
              {recorded.override ? t('prevention.gate.overrideRecorded', { name: checked.workerName }) : t('prevention.gate.startRecorded', { name: checked.workerName })}
            </p>
          ) : (
            <div className="panel stack">
              {needsReason && (
                <div className="form-field">
                  <label htmlFor="gate-override">{t('prevention.gate.overrideReason')}</label>
                  <textarea id="gate-override" rows={3} maxLength={1000} value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} aria-describedby="gate-override-hint" />
                  <p id="gate-override-hint" className="hint">
                    {t('prevention.gate.overrideHint')}
                  </p>
                </div>
              )}
              <button
                type="button"
                className={needsReason ? 'button-danger button-large' : 'button-primary button-large'}
                disabled={started.loading || (needsReason && !overrideReason.trim())}
                onClick={() => void startWork()}
              >
                {needsReason ? t('prevention.gate.startAnyway') : t('prevention.gate.start')}
              </button>
              {startProblem && (
                <p className="field-error" role="alert">
                  {startProblem}
                </p>
              )}
            </div>
          )}
          <button type="button" className="button-secondary" onClick={reset}>
            {t('prevention.gate.next')}
          </button>
        </div>
      )}
    </section>
  );
}
