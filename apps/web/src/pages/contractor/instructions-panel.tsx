import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formProblem, type FormProblem } from '../../data/form-errors';
import { FormProblemNotice } from '../../components/form-field';
import { Badge } from '../../components/status';
import { When } from '../../components/when';
import { InstructionCoverage } from '../../components/instruction-coverage';
import { linkKindText } from '../../components/link-kind';
import { useScreenQuery } from '../../data/live';
import { QueryState } from '../../components/query-state';
import { IssueInstructionForm, NewVersionForm, useDoneMessage } from './issue-instruction';
import { CONTRACTOR_INSTRUCTIONS, heldVersion, myLinks, namesIn, type ContractorInstruction, type ContractorView } from './contractor-data';

const PASS_DOWN = graphql(`
  mutation PassDownInstruction($input: PassDownInstructionInput!) {
    passDownInstruction(input: $input) { version }
  }
`);

/** One instruction my party holds: its versions, and per link I hold whether the version went down it. */
function HeldInstruction({ view, partyId, instruction, onDone }: { view: ContractorView; partyId: string; instruction: ContractorInstruction; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const names = namesIn(view);
  const held = heldVersion(instruction, partyId) ?? instruction.currentVersion;
  const version = instruction.versions.find((v) => v.version === held);
  const mine = instruction.issuerPartyId === partyId;
  const [newVersion, setNewVersion] = useState(false);
  const [problem, setProblem] = useState<{ linkId: string; problem: FormProblem } | null>(null);
  const [passDown, passing] = useMutation(PASS_DOWN, { refetchQueries: ['ContractorInstructions'], awaitRefetchQueries: true });
  const links = myLinks(view, partyId).filter((l) => l.active);
  const passedOn = (linkId: string) =>
    instruction.versions.flatMap((v) => v.receipts.filter((r) => r.linkId === linkId && !r.retracted).map((r) => ({ version: v.version, receivedAt: r.receivedAt })));

  async function pass(linkId: string, partyName: string) {
    setProblem(null);
    try {
      await passDown({ variables: { input: { chainId: view.chain.id, instructionId: instruction.id, linkId, version: held } } });
      onDone(t('contractor.pass.done', { title: instruction.title, version: held, name: partyName }));
    } catch (error) {
      const found = formProblem(error);
      if (found) setProblem({ linkId, problem: found });
    }
  }
  const headingId = `held-${instruction.id}`;
  return (
    <article className="panel" aria-labelledby={headingId}>
      <header className="panel-head">
        <h3 id={headingId}>
          {instruction.title} <span className="version">v{held}</span>
        </h3>
        <p className="meta">
          {mine ? t('contractor.pass.issuedByMe') : t('instructions.issuedBy', { name: names.get(instruction.issuerPartyId) ?? t('common.unknownParty') })}
          {held < instruction.currentVersion ? ` · ${t('contractor.pass.newerExists', { version: instruction.currentVersion })}` : ''}
          {version && version.topics.length > 0 ? ` · ${version.topics.join(', ')}` : ''}
        </p>
      </header>
      {links.length === 0 ? (
        <p className="empty">{t('contractor.pass.noLinks')}</p>
      ) : (
        <table>
          <caption>{t('contractor.pass.caption', { version: held })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instructions.party')}</th>
              <th scope="col">{t('contractor.pass.link')}</th>
              <th scope="col">{t('contractor.pass.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('contractor.pass.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => {
              const partyName = names.get(link.toPartyId) ?? t('common.unknownParty');
              const passed = passedOn(link.id);
              const thisVersion = passed.find((p) => p.version === held);
              const latest = passed.length > 0 ? Math.max(...passed.map((p) => p.version)) : null;
              return (
                <tr key={link.id}>
                  <td>{partyName}</td>
                  <td>{linkKindText(t, link.kind, link.underAuthority)}</td>
                  <td>
                    {thisVersion ? (
                      <>
                        <Badge tone="ok">{t('contractor.pass.passed', { version: held })}</Badge> <When iso={thisVersion.receivedAt} />
                      </>
                    ) : latest ? (
                      <Badge tone="warn">{t('contractor.pass.passedOld', { version: latest })}</Badge>
                    ) : (
                      <Badge tone="bad">{t('contractor.pass.notPassed')}</Badge>
                    )}
                    {problem?.linkId === link.id && <FormProblemNotice problem={problem.problem} fields={[]} />}
                  </td>
                  <td>
                    {!thisVersion && (
                      <button type="button" className="button-primary" disabled={passing.loading} onClick={() => void pass(link.id, partyName)}>
                        {t('contractor.pass.passTo', { version: held, name: partyName })}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {mine && (
        <>
          <button type="button" className="button-secondary" aria-expanded={newVersion} onClick={() => setNewVersion(!newVersion)}>
            {t('contractor.issue.newVersion')}
          </button>
          {newVersion && (
            <NewVersionForm
              key={instruction.currentVersion}
              view={view}
              base={instruction}
              onDone={(message) => {
                setNewVersion(false);
                onDone(message);
              }}
            />
          )}
        </>
      )}
    </article>
  );
}

/** Story 2: issue an instruction (or its next version) and pass a version down each link I hold. */
export function InstructionsPanel({ view, partyId }: { view: ContractorView; partyId: string }) {
  const { t } = useTranslation();
  const { setDone, notice } = useDoneMessage();
  const [issuing, setIssuing] = useState(false);
  const { data, loading, error } = useScreenQuery(CONTRACTOR_INSTRUCTIONS, { chainId: view.chain.id }, view.chain.id);
  const instructions = data?.chain.instructions ?? [];
  const held = instructions.filter((i) => heldVersion(i, partyId) !== null);
  const issuedByMe = instructions.filter((i) => i.issuerPartyId === partyId);
  return (
    <div className="stack">
      {notice}
      <div>
        <button type="button" className="button-primary" aria-expanded={issuing} onClick={() => setIssuing(!issuing)}>
          {t('contractor.issue.open')}
        </button>
        {issuing && (
          <IssueInstructionForm
            view={view}
            onDone={(message) => {
              setIssuing(false);
              setDone(message);
            }}
          />
        )}
      </div>
      <h2>{t('contractor.pass.title')}</h2>
      <QueryState loading={loading && !data} error={error} />
      {data && held.length === 0 && <p className="empty">{t('contractor.pass.none')}</p>}
      {held.map((instruction) => (
        <HeldInstruction key={instruction.id} view={view} partyId={partyId} instruction={instruction} onDone={setDone} />
      ))}
      {issuedByMe.length > 0 && (
        <>
          <h2>{t('contractor.pass.coverage')}</h2>
          <InstructionCoverage instructions={issuedByMe} names={namesIn(view)} />
        </>
      )}
    </div>
  );
}
