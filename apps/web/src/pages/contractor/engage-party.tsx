import { useRef, useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formProblem, type FormProblem } from '../../data/form-errors';
import { Done, Field, FormProblemNotice } from '../../components/form-field';
import { ChainTree } from '../../components/chain-tree';
import { TIME_ZONE } from '../../components/when';
import { myLinks, type ContractorView } from './contractor-data';

const SEARCH_PARTIES = graphql(`
  query SearchParties($query: String!) {
    searchParties(query: $query, limit: 20) { id name kvkNumber kind country }
  }
`);

const REGISTER_PARTY = graphql(`
  mutation RegisterParty($input: RegisterPartyInput!) {
    registerParty(input: $input) { partyId }
  }
`);

const ENGAGE_PARTY = graphql(`
  mutation EngageParty($input: EngagePartyInput!) {
    engageParty(input: $input) { linkId }
  }
`);

type Found = { id: string; name: string; kvkNumber?: string | null; kind: string };

/** Today in the reader's zone, YYYY-MM-DD. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

/** The five ways of engaging, as the form offers them: a zzp'er with or without gezag are two choices. */
const KINDS = ['SUBCONTRACT', 'SELF_EMPLOYED', 'SELF_EMPLOYED_AUTHORITY', 'LENDING', 'SUPPLY'] as const;

/** Registers a party nobody registered yet (name, KvK number, organisation or person). */
function RegisterPartyForm({ initialName, onRegistered }: { initialName: string; onRegistered: (party: Found) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [kvkNumber, setKvk] = useState('');
  const [kind, setKind] = useState('ORGANISATION');
  const [country, setCountry] = useState('NL');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [register, registering] = useMutation(REGISTER_PARTY);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const kvk = kvkNumber.trim();
      const result = await register({ variables: { input: { name: name.trim(), kvkNumber: kvk === '' ? null : kvk, kind: kind as never, country: country.trim().toUpperCase() } } });
      if (result.data) onRegistered({ id: result.data.registerParty.partyId, name: name.trim(), kvkNumber: kvk || null, kind });
    } catch (error) {
      setProblem(formProblem(error));
    }
  }
  return (
    <form className="form panel" onSubmit={onSubmit} aria-labelledby="register-title" noValidate>
      <h3 id="register-title">{t('contractor.engage.registerTitle')}</h3>
      <Field label={t('contractor.engage.name')} name="name" problem={problem}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} autoComplete="organization" />}
      </Field>
      <Field label={t('contractor.engage.kvk')} name="kvkNumber" problem={problem} hint={t('contractor.engage.kvkHint')}>
        {(props) => <input {...props} value={kvkNumber} onChange={(e) => setKvk(e.target.value)} inputMode="numeric" />}
      </Field>
      <Field label={t('contractor.engage.partyKind')} name="kind" problem={problem}>
        {(props) => (
          <select {...props} value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="ORGANISATION">{t('contractor.partyKind.ORGANISATION')}</option>
            <option value="PERSON">{t('contractor.partyKind.PERSON')}</option>
          </select>
        )}
      </Field>
      <Field label={t('contractor.engage.country')} name="country" problem={problem}>
        {(props) => <input {...props} value={country} onChange={(e) => setCountry(e.target.value)} maxLength={2} size={3} />}
      </Field>
      <FormProblemNotice problem={problem} fields={['name', 'kvkNumber', 'kind', 'country']} />
      <button type="submit" className="button-secondary" disabled={registering.loading}>
        {t('contractor.engage.register')}
      </button>
    </form>
  );
}

/** Story 1 and 2: engage a party below mine; look for it first, register it only when nobody did. */
export function EngagePartyPanel({ view, partyId }: { view: ContractorView; partyId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [search, searched] = useLazyQuery(SEARCH_PARTIES, { fetchPolicy: 'network-only' });
  const [searchProblem, setSearchProblem] = useState<FormProblem | null>(null);
  const [chosen, setChosen] = useState<Found | null>(null);
  const [registering, setRegistering] = useState(false);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('SUBCONTRACT');
  const [scope, setScope] = useState('');
  const [startDate, setStartDate] = useState(today());
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [engage, engaging] = useMutation(ENGAGE_PARTY, { refetchQueries: ['ContractorChain'], awaitRefetchQueries: true });
  const engageHeading = useRef<HTMLHeadingElement>(null);

  async function onSearch(event: FormEvent) {
    event.preventDefault();
    setSearchProblem(null);
    setDone(null);
    const fieldOf = { PARTY_SEARCH_QUERY_INVALID: 'query' };
    try {
      const result = await search({ variables: { query: query.trim() } });
      if (result.error) setSearchProblem(formProblem(result.error, fieldOf));
    } catch (error) {
      setSearchProblem(formProblem(error, fieldOf));
    }
  }
  function choose(party: Found) {
    setChosen(party);
    setRegistering(false);
    setProblem(null);
    setDone(null);
    // the next thing to fill in is the engagement: move there (keyboard and screen readers follow)
    setTimeout(() => engageHeading.current?.focus(), 0);
  }
  async function onEngage(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    setProblem(null);
    try {
      const authority = kind === 'SELF_EMPLOYED_AUTHORITY';
      await engage({
        variables: {
          input: {
            chainId: view.chain.id,
            partyId: chosen.id,
            kind: (authority ? 'SELF_EMPLOYED' : kind) as never,
            underAuthority: authority,
            scope: scope.trim(),
            startDate,
          },
        },
      });
      setDone(t('contractor.engage.done', { name: chosen.name }));
      setChosen(null);
      setKind('SUBCONTRACT');
      setScope('');
      setQuery('');
    } catch (error) {
      setProblem(formProblem(error));
    }
  }

  const found = searched.data?.searchParties ?? [];
  const mine = myLinks(view, partyId);
  const nameOf = new Map(view.chain.parties.map((p) => [p.id, p.name]));
  return (
    <div className="two-columns">
      <div>
        <h2>{t('contractor.engage.title')}</h2>
        <p className="hint">{t('contractor.engage.lead')}</p>
        <form className="form search-form" role="search" onSubmit={onSearch} noValidate>
          <Field label={t('contractor.engage.search')} name="query" problem={searchProblem} hint={t('contractor.engage.searchHint')}>
            {(props) => <input {...props} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />}
          </Field>
          <button type="submit" className="button-secondary" disabled={searched.loading}>
            {t('contractor.engage.searchButton')}
          </button>
        </form>
        {searched.called && !searched.loading && !searchProblem && (
          <section aria-label={t('contractor.engage.results')}>
            {found.length === 0 ? (
              <p className="empty">{t('contractor.engage.noneFound')}</p>
            ) : (
              <ul className="pick-list">
                {found.map((party) => (
                  <li key={party.id}>
                    <span>
                      <strong>{party.name}</strong>
                      <span className="meta">
                        {' '}
                        · {t(`contractor.partyKind.${party.kind}`)}
                        {party.kvkNumber ? ` · KvK ${party.kvkNumber}` : ''}
                      </span>
                    </span>
                    <button type="button" className="button-secondary" onClick={() => choose(party)} aria-label={t('contractor.engage.chooseNamed', { name: party.name })}>
                      {t('contractor.engage.choose')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {!registering && (
              <button type="button" className="button-quiet" onClick={() => setRegistering(true)}>
                {t('contractor.engage.registerNew')}
              </button>
            )}
          </section>
        )}
        {registering && <RegisterPartyForm initialName={query.trim()} onRegistered={choose} />}
        {chosen && (
          <form className="form panel" onSubmit={onEngage} aria-labelledby="engage-title" noValidate>
            <h3 id="engage-title" tabIndex={-1} ref={engageHeading}>
              {t('contractor.engage.engageNamed', { name: chosen.name })}
            </h3>
            <FormProblemNotice problem={problem} fields={['kind', 'scope', 'startDate']} />
            <Field label={t('contractor.engage.kind')} name="kind" problem={problem}>
              {(props) => (
                <select {...props} value={kind} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}>
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('contractor.engage.scope')} name="scope" problem={problem} hint={t('contractor.engage.scopeHint')}>
              {(props) => <input {...props} value={scope} onChange={(e) => setScope(e.target.value)} />}
            </Field>
            <Field label={t('contractor.engage.startDate')} name="startDate" problem={problem}>
              {(props) => <input {...props} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />}
            </Field>
            <button type="submit" className="button-primary" disabled={engaging.loading}>
              {t('contractor.engage.engage')}
            </button>
          </form>
        )}
        <Done text={done} />
      </div>
      <div>
        <h2>{t('contractor.engage.myLinks')}</h2>
        {mine.length === 0 ? (
          <p className="empty">{t('contractor.engage.noLinks')}</p>
        ) : (
          <ul className="plain-list" aria-label={t('contractor.engage.myLinks')}>
            {mine.map((link) => (
              <li key={link.id}>
                <strong>{nameOf.get(link.toPartyId) ?? t('common.unknownParty')}</strong> — {link.kind === 'SELF_EMPLOYED' && link.underAuthority ? t('kind.SELF_EMPLOYED_AUTHORITY') : t(`kind.${link.kind}`)}
                <span className="meta">
                  {' '}
                  · {link.scope} · {t('contractor.engage.from', { date: link.startDate })}
                  {link.active ? '' : ` · ${t('link.ended', { date: link.endDate ?? '' })}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <h2>{t('chain.tree')}</h2>
        <ChainTree chainId={view.chain.id} firstPage={view.chain.tree} total={view.chain.treeSize} />
      </div>
    </div>
  );
}
