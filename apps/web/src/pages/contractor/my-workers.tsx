import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CreateWorkerLinksMutation } from '../../gql/graphql';
import { useScreenQuery } from '../../data/live';
import { formProblem, type FormProblem } from '../../data/form-errors';
import { QueryState } from '../../components/query-state';
import { Done, Field, FormProblemNotice } from '../../components/form-field';
import { When } from '../../components/when';
import { pageForActingParty } from '../../data/acting-party';

const MY_WORKERS = graphql(`
  query MyWorkers {
    myParty { id name kind workers { id name languages relation registeredAt } }
    chains { id name }
  }
`);

const CHAIN_INSTRUCTIONS = graphql(`
  query WorkerLinkInstructions($chainId: ID!) {
    chain(id: $chainId) { id instructions { id title currentVersion } }
  }
`);

const REGISTER_WORKER = graphql(`
  mutation RegisterWorker($input: RegisterWorkerInput!) {
    registerWorker(input: $input) { workerId }
  }
`);

const CREATE_LINKS = graphql(`
  mutation CreateWorkerLinks($input: CreateAcknowledgementLinksInput!) {
    createAcknowledgementLinks(input: $input) { batchId links { linkId workerName url expiresAt } }
  }
`);

const RELATIONS = ['EMPLOYEE', 'LENT_WORKER', 'SELF'] as const;

/** Languages as typed ("pl, nl") to ISO 639-1 codes. */
function languagesOf(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== '');
}

/** Registers a worker of my own party. */
function RegisterWorkerForm({ partyId }: { partyId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [languages, setLanguages] = useState('nl');
  const [relation, setRelation] = useState<(typeof RELATIONS)[number]>('EMPLOYEE');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [register, registering] = useMutation(REGISTER_WORKER, { refetchQueries: ['MyWorkers'], awaitRefetchQueries: true });
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    try {
      await register({ variables: { input: { partyId, name: name.trim(), languages: languagesOf(languages), relation: relation as never } } });
      setDone(t('contractor.workers.registered', { name: name.trim() }));
      setName('');
    } catch (error) {
      setProblem(formProblem(error, { LANGUAGE_INVALID: 'languages', INPUT_VALUE_INVALID: 'languages' }));
    }
  }
  return (
    <form className="form panel" onSubmit={onSubmit} aria-labelledby="register-worker-title" noValidate>
      <h2 id="register-worker-title">{t('contractor.workers.registerTitle')}</h2>
      <Field label={t('contractor.workers.name')} name="name" problem={problem}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
      </Field>
      <Field label={t('contractor.workers.languages')} name="languages" problem={problem} hint={t('contractor.workers.languagesHint')}>
        {(props) => <input {...props} value={languages} onChange={(e) => setLanguages(e.target.value)} />}
      </Field>
      <Field label={t('contractor.workers.relation')} name="relation" problem={problem}>
        {(props) => (
          <select {...props} value={relation} onChange={(e) => setRelation(e.target.value as (typeof RELATIONS)[number])}>
            {RELATIONS.map((r) => (
              <option key={r} value={r}>
                {t(`contractor.relation.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormProblemNotice problem={problem} fields={['name', 'languages', 'relation']} />
      <button type="submit" className="button-primary" disabled={registering.loading}>
        {t('contractor.workers.register')}
      </button>
      <Done text={done} />
    </form>
  );
}

type Links = CreateWorkerLinksMutation['createAcknowledgementLinks'];

/** Personal links for workers to read and acknowledge one instruction version, and their printable QR sheet. */
function WorkerLinksForm({ chains, workers }: { chains: readonly { id: string; name: string }[]; workers: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [chainId, setChainId] = useState(chains[0]?.id ?? '');
  const { data } = useScreenQuery(CHAIN_INSTRUCTIONS, { chainId }, chainId, { skip: !chainId });
  const instructions = data?.chain.instructions ?? [];
  const [instructionId, setInstructionId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [made, setMade] = useState<{ chainId: string; links: Links } | null>(null);
  const [create, creating] = useMutation(CREATE_LINKS);
  const instruction = instructions.find((i) => i.id === instructionId) ?? instructions[0];
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setMade(null);
    if (!instruction) return;
    try {
      const result = await create({ variables: { input: { chainId, instructionId: instruction.id, version: instruction.currentVersion, workerIds: chosen } } });
      if (result.data) setMade({ chainId, links: result.data.createAcknowledgementLinks });
    } catch (error) {
      setProblem(formProblem(error));
    }
  }
  return (
    <form className="form panel" onSubmit={onSubmit} aria-labelledby="links-title" noValidate>
      <h2 id="links-title">{t('contractor.links.title')}</h2>
      <p className="hint">{t('contractor.links.lead')}</p>
      <Field label={t('contractor.links.chain')} name="chain" problem={problem}>
        {(props) => (
          <select {...props} value={chainId} onChange={(e) => setChainId(e.target.value)}>
            {chains.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('contractor.links.instruction')} name="instruction" problem={problem}>
        {(props) => (
          <select {...props} value={instruction?.id ?? ''} onChange={(e) => setInstructionId(e.target.value)}>
            {instructions.length === 0 && <option value="">{t('contractor.links.noInstructions')}</option>}
            {instructions.map((i) => (
              <option key={i.id} value={i.id}>
                {i.title} v{i.currentVersion}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="checkbox-group">
        <legend>{t('contractor.links.workers')}</legend>
        {workers.map((w) => (
          <label key={w.id} className="checkbox">
            <input type="checkbox" checked={chosen.includes(w.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, w.id] : chosen.filter((id) => id !== w.id))} /> {w.name}
          </label>
        ))}
        {problem?.field === 'workers' && <FormProblemNotice problem={{ ...problem, field: null }} fields={[]} />}
      </fieldset>
      <FormProblemNotice problem={problem} fields={['workers']} />
      <button type="submit" className="button-primary" disabled={creating.loading || !instruction}>
        {t('contractor.links.make')}
      </button>
      {made && (
        <div className="notice notice-ok" role="status">
          <p>{t('contractor.links.made', { count: made.links.links.length })}</p>
          <ul className="plain-list">
            {made.links.links.map((link) => (
              <li key={link.linkId}>
                <a href={link.url} target="_blank" rel="noreferrer">
                  {t('contractor.links.linkOf', { name: link.workerName })}
                </a>{' '}
                <span className="meta">
                  {t('contractor.links.expires')} <When iso={link.expiresAt} />
                </span>
                <label className="visually-hidden" htmlFor={`url-${link.linkId}`}>
                  {t('contractor.links.copy', { name: link.workerName })}
                </label>
                <input id={`url-${link.linkId}`} className="link-url" readOnly value={link.url} onFocus={(e) => e.target.select()} />
              </li>
            ))}
          </ul>
          <a className="button-primary" href={pageForActingParty(`/toolbox-sheet/${made.chainId}/${made.links.batchId}`)} target="_blank" rel="noreferrer">
            {t('contractor.links.sheet')}
          </a>
        </div>
      )}
    </form>
  );
}

/** My party's workers: register one, and hand out personal links (texted, or printed as QR codes). */
export function MyWorkersPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useScreenQuery(MY_WORKERS, {}, 'me');
  const party = data?.myParty;
  return (
    <section aria-labelledby="workers-title">
      <div className="page-head">
        <div>
          <h1 id="workers-title">{t('contractor.workers.title')}</h1>
          {party && <p className="meta">{t('contractor.actingAs', { name: party.name })}</p>}
        </div>
      </div>
      <QueryState loading={loading && !data} error={error} />
      {data && !party && <p className="empty">{t('contractor.noParty')}</p>}
      {party && (
        <div className="two-columns">
          <div className="stack">
            <RegisterWorkerForm partyId={party.id} />
            {party.workers.length > 0 && data.chains.length > 0 && <WorkerLinksForm chains={data.chains} workers={party.workers} />}
          </div>
          <div>
            <h2>{t('contractor.workers.list')}</h2>
            {party.workers.length === 0 ? (
              <p className="empty">{t('contractor.workers.none')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('contractor.workers.name')}</th>
                    <th scope="col">{t('contractor.workers.languages')}</th>
                    <th scope="col">{t('contractor.workers.relation')}</th>
                    <th scope="col">{t('contractor.workers.since')}</th>
                  </tr>
                </thead>
                <tbody>
                  {party.workers.map((w) => (
                    <tr key={w.id}>
                      <td>{w.name}</td>
                      <td>{w.languages.map((l) => l.toUpperCase()).join(', ')}</td>
                      <td>{t(`contractor.relation.${w.relation}`)}</td>
                      <td>
                        <When iso={w.registeredAt} withTime={false} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
