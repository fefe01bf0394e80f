import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formProblem, type FormProblem } from '../../data/form-errors';
import { Done, Field, FormProblemNotice } from '../../components/form-field';
import { useScreenQuery } from '../../data/live';
import { QueryState } from '../../components/query-state';
import { INSTRUCTION_TEXTS, type ContractorInstruction, type ContractorView } from './contractor-data';

const ISSUE_INSTRUCTION = graphql(`
  mutation IssueInstruction($input: IssueSafetyInstructionInput!) {
    issueSafetyInstruction(input: $input) { instructionId instructionVersion }
  }
`);

/** The languages an instruction is usually issued in on a Dutch site. */
const LANGUAGES = ['nl', 'en', 'pl', 'ro', 'bg', 'de', 'pt', 'tr', 'uk'] as const;

interface Text {
  key: number;
  language: string;
  title: string;
  body: string;
}

/** Topics as typed ("work at height, asbestos") to the API's UPPER_SNAKE_CASE. */
export function topicsOf(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((topic) => topic.trim().replace(/[\s-]+/g, '_').toUpperCase())
    .filter((topic) => topic !== '');
}

function textsOf(content: readonly { language: string; title: string; body: string }[] | undefined): Text[] {
  if (!content || content.length === 0) return [{ key: 0, language: 'nl', title: '', body: '' }];
  return content.map((c, key) => ({ key, language: c.language, title: c.title, body: c.body }));
}

/** One language of the instruction: its title and text. */
function LanguageBlock({ text, index, problem, onChange, onRemove }: { text: Text; index: number; problem: FormProblem | null; onChange: (text: Text) => void; onRemove: (() => void) | null }) {
  const { t } = useTranslation();
  const legend = useId();
  return (
    <fieldset className="language-block" aria-labelledby={legend}>
      <legend id={legend}>{t('contractor.issue.languageN', { n: index + 1 })}</legend>
      <Field label={t('contractor.issue.language')} name={`language-${index}`} problem={problem}>
        {(props) => (
          <select {...props} value={text.language} onChange={(e) => onChange({ ...text, language: e.target.value })}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`contractor.languages.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('contractor.issue.titleField')} name={`title-${index}`} problem={problem}>
        {(props) => <input {...props} lang={text.language} value={text.title} onChange={(e) => onChange({ ...text, title: e.target.value })} />}
      </Field>
      <Field label={t('contractor.issue.body')} name={`body-${index}`} problem={problem}>
        {(props) => <textarea {...props} lang={text.language} rows={4} value={text.body} onChange={(e) => onChange({ ...text, body: e.target.value })} />}
      </Field>
      {onRemove && (
        <button type="button" className="button-quiet" onClick={onRemove}>
          {t('contractor.issue.removeLanguage')}
        </button>
      )}
    </fieldset>
  );
}

/** The next version of an instruction my party issued: the form starts from the current version's texts. */
export function NewVersionForm({ view, base, onDone }: { view: ContractorView; base: ContractorInstruction; onDone: (message: string) => void }) {
  const { data, loading, error } = useScreenQuery(INSTRUCTION_TEXTS, { chainId: view.chain.id }, view.chain.id);
  if (!data) return <QueryState loading={loading} error={error} />;
  const versions = data.chain.instructions.find((i) => i.id === base.id)?.versions ?? [];
  const content = versions.find((v) => v.version === base.currentVersion)?.content;
  return <IssueInstructionForm view={view} base={base} content={content} onDone={onDone} />;
}

/** Issues a new instruction, or the next version of one my party issued (`base`, starting from `content`). */
export function IssueInstructionForm({ view, base, content, onDone }: { view: ContractorView; base?: ContractorInstruction; content?: readonly { language: string; title: string; body: string }[]; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const current = base?.versions.find((v) => v.version === base.currentVersion);
  const [texts, setTexts] = useState<Text[]>(() => textsOf(content));
  const [topics, setTopics] = useState((current?.topics ?? []).join(', '));
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [issue, issuing] = useMutation(ISSUE_INSTRUCTION, { refetchQueries: ['ContractorChain', 'ContractorInstructions', 'InstructionTexts'], awaitRefetchQueries: true });
  const headingId = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const result = await issue({
        variables: {
          input: {
            chainId: view.chain.id,
            supersedesInstructionId: base?.id ?? null,
            topics: topicsOf(topics),
            content: texts.map(({ language, title, body }) => ({ language, title: title.trim(), body: body.trim() })),
          },
        },
      });
      const issued = result.data?.issueSafetyInstruction;
      if (issued) onDone(t('contractor.issue.done', { title: texts[0]?.title.trim() ?? '', version: issued.instructionVersion }));
      if (!base) {
        setTexts([{ key: Date.now(), language: 'nl', title: '', body: '' }]);
        setTopics('');
      }
    } catch (error) {
      // content problems belong to the first language block; topics to the topics field
      setProblem(formProblem(error, { INSTRUCTION_CONTENT_REQUIRED: 'body-0', INSTRUCTION_LANGUAGE_DUPLICATE: 'language-1', INPUT_VALUE_INVALID: 'topics' }));
    }
  }
  const fields = ['topics', ...texts.flatMap((_, i) => [`language-${i}`, `title-${i}`, `body-${i}`])];
  return (
    <form className="form panel" onSubmit={onSubmit} aria-labelledby={headingId} noValidate>
      <h3 id={headingId}>{base ? t('contractor.issue.newVersionOf', { title: base.title, version: base.currentVersion + 1 }) : t('contractor.issue.title')}</h3>
      {texts.map((text, index) => (
        <LanguageBlock
          key={text.key}
          text={text}
          index={index}
          problem={problem}
          onChange={(changed) => setTexts(texts.map((x) => (x.key === text.key ? changed : x)))}
          onRemove={texts.length > 1 ? () => setTexts(texts.filter((x) => x.key !== text.key)) : null}
        />
      ))}
      <button type="button" className="button-quiet" onClick={() => setTexts([...texts, { key: Date.now(), language: LANGUAGES.find((l) => !texts.some((x) => x.language === l)) ?? 'en', title: '', body: '' }])}>
        {t('contractor.issue.addLanguage')}
      </button>
      <Field label={t('contractor.issue.topics')} name="topics" problem={problem} hint={t('contractor.issue.topicsHint')}>
        {(props) => <input {...props} value={topics} onChange={(e) => setTopics(e.target.value)} />}
      </Field>
      <FormProblemNotice problem={problem} fields={fields} />
      <button type="submit" className="button-primary" disabled={issuing.loading}>
        {base ? t('contractor.issue.issueVersion', { version: base.currentVersion + 1 }) : t('contractor.issue.issue')}
      </button>
    </form>
  );
}

/** Shows a success message after any of the instruction forms. */
export function useDoneMessage() {
  const [done, setDone] = useState<string | null>(null);
  return { done, setDone, notice: <Done text={done} /> };
}
