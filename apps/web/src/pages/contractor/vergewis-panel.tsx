import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formProblem, type FormProblem } from '../../data/form-errors';
import { Done, Field, FormProblemNotice } from '../../components/form-field';
import { Badge } from '../../components/status';
import { When } from '../../components/when';
import { hashFile, type HashedFile } from '../../components/file-hash';
import { namesIn, partiesBelow, type ContractorView } from './contractor-data';

const RECORD_CHECK = graphql(`
  mutation RecordVergewisCheck($input: RecordVergewisCheckInput!) {
    recordVergewisCheck(input: $input) { checkId }
  }
`);

const SUBJECTS = ['CERTIFICATE', 'INSTRUCTION_RECEIVED', 'GEZAG_ASSESSMENT', 'MEASURES_TAKEN', 'OTHER'] as const;

/** A file's size for people (bytes, kB, MB). */
function sizeText(bytes: number, language: string): string {
  const format = (n: number, unit: string) => `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'kB');
  return format(bytes / (1024 * 1024), 'MB');
}

/** Records what my party ascertained about a party below it, with documents by hash only. */
export function VergewisPanel({ view, partyId }: { view: ContractorView; partyId: string }) {
  const { t, i18n } = useTranslation();
  const names = namesIn(view);
  const below = partiesBelow(view, partyId);
  const [subjectPartyId, setSubjectParty] = useState(below[0] ?? '');
  const [subject, setSubject] = useState<(typeof SUBJECTS)[number]>('CERTIFICATE');
  const [outcome, setOutcome] = useState('CONFIRMED');
  const [summary, setSummary] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [instructionId, setInstructionId] = useState('');
  const [files, setFiles] = useState<HashedFile[]>([]);
  const [hashing, setHashing] = useState(false);
  const [fileInput, setFileInput] = useState(0);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [record, recording] = useMutation(RECORD_CHECK, { refetchQueries: ['ContractorChain'], awaitRefetchQueries: true });
  const language = i18n.resolvedLanguage ?? 'nl';

  async function onFiles(list: FileList | null) {
    setHashing(true);
    try {
      setFiles(await Promise.all([...(list ?? [])].map(hashFile)));
    } finally {
      setHashing(false);
    }
  }
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    try {
      await record({
        variables: {
          input: {
            chainId: view.chain.id,
            subjectPartyId: subjectPartyId || (below[0] ?? ''),
            subject: subject as never,
            outcome: outcome as never,
            summary: summary.trim(),
            validUntil: validUntil || null,
            relatedInstructionId: subject === 'INSTRUCTION_RECEIVED' && instructionId ? instructionId : null,
            evidence: files.map((f) => ({ name: f.name, sha256: f.sha256, sizeBytes: f.size })),
          },
        },
      });
      setDone(t('contractor.check.done', { name: names.get(subjectPartyId) ?? '' }));
      setSummary('');
      setValidUntil('');
      setFiles([]);
      setFileInput(fileInput + 1); // a fresh, empty file input
    } catch (error) {
      setProblem(formProblem(error, { CHAIN_PARTY_NOT_IN_CHAIN: 'party' }));
    }
  }
  const checks = view.chain.checks.filter((c) => c.checkerPartyId === partyId);
  return (
    <div className="two-columns">
      <div>
        <h2>{t('contractor.check.title')}</h2>
        <p className="hint">{t('contractor.check.lead')}</p>
        {below.length === 0 ? (
          <p className="empty">{t('contractor.check.nobodyBelow')}</p>
        ) : (
          <form className="form panel" onSubmit={onSubmit} aria-label={t('contractor.check.title')} noValidate>
            <Field label={t('contractor.check.party')} name="party" problem={problem}>
              {(props) => (
                <select {...props} value={subjectPartyId} onChange={(e) => setSubjectParty(e.target.value)}>
                  {below.map((id) => (
                    <option key={id} value={id}>
                      {names.get(id) ?? t('common.unknownParty')}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('contractor.check.subject')} name="subject" problem={problem}>
              {(props) => (
                <select {...props} value={subject} onChange={(e) => setSubject(e.target.value as (typeof SUBJECTS)[number])}>
                  {SUBJECTS.map((s) => (
                    <option key={s} value={s}>
                      {t(`contractor.subject.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {subject === 'INSTRUCTION_RECEIVED' && (
              <Field label={t('contractor.check.instruction')} name="instruction" problem={problem}>
                {(props) => (
                  <select {...props} value={instructionId} onChange={(e) => setInstructionId(e.target.value)}>
                    <option value="">{t('contractor.check.noInstruction')}</option>
                    {view.chain.instructions.map((i) => (
                      <option key={i.id} value={i.id}>
                        {i.title} v{i.currentVersion}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            <Field label={t('contractor.check.outcome')} name="outcome" problem={problem}>
              {(props) => (
                <select {...props} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
                  <option value="CONFIRMED">{t('contractor.outcome.CONFIRMED')}</option>
                  <option value="NOT_CONFIRMED">{t('contractor.outcome.NOT_CONFIRMED')}</option>
                </select>
              )}
            </Field>
            <Field label={t('contractor.check.summary')} name="summary" problem={problem} hint={t('contractor.check.summaryHint')}>
              {(props) => <textarea {...props} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />}
            </Field>
            <Field label={t('contractor.check.validUntil')} name="validUntil" problem={problem}>
              {(props) => <input {...props} type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />}
            </Field>
            <Field label={t('contractor.check.document')} name="evidence" problem={problem} hint={t('contractor.check.documentHint')}>
              {(props) => <input {...props} key={fileInput} type="file" multiple onChange={(e) => void onFiles(e.target.files)} />}
            </Field>
            {hashing && <p className="page-status">{t('contractor.check.hashing')}</p>}
            {files.length > 0 && (
              <ul className="plain-list evidence-list" aria-label={t('contractor.check.hashes')}>
                {files.map((f) => (
                  <li key={f.sha256 + f.name}>
                    <strong>{f.name}</strong> <span className="meta">({sizeText(f.size, language)})</span>
                    <br />
                    <span className="meta">SHA-256</span> <code className="hash">{f.sha256}</code>
                  </li>
                ))}
              </ul>
            )}
            <FormProblemNotice problem={problem} fields={['party', 'subject', 'outcome', 'summary', 'validUntil', 'evidence']} />
            <button type="submit" className="button-primary" disabled={recording.loading || hashing}>
              {t('contractor.check.record')}
            </button>
          </form>
        )}
        <Done text={done} />
      </div>
      <div>
        <h2>{t('contractor.check.recorded')}</h2>
        {checks.length === 0 ? (
          <p className="empty">{t('contractor.check.none')}</p>
        ) : (
          <ul className="plain-list" aria-label={t('contractor.check.recorded')}>
            {checks.map((check) => (
              <li key={check.id} className={check.retracted ? 'retracted' : undefined}>
                <strong>{names.get(check.subjectPartyId) ?? t('common.unknownParty')}</strong> — {t(`contractor.subject.${check.subject}`)}{' '}
                <Badge tone={check.outcome === 'CONFIRMED' ? 'ok' : 'bad'}>{t(`contractor.outcome.${check.outcome}`)}</Badge>
                <p>{check.summary}</p>
                <p className="meta">
                  <When iso={check.checkedAt} />
                  {check.validUntil ? ` · ${t('contractor.check.until', { date: check.validUntil })}` : ''}
                </p>
                {check.evidence.map((e) => (
                  <p key={e.sha256} className="meta">
                    {e.name}
                    {typeof e.sizeBytes === 'number' ? ` (${sizeText(e.sizeBytes, language)})` : ''} · SHA-256 <code className="hash">{e.sha256}</code>
                  </p>
                ))}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
