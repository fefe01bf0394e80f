import type { BrowserContext } from 'playwright-core';
import type { ApiHarness } from '@schakel/api-harness';
import { runDemoStory, type DemoResult } from '../../apps/cli/src/demo/demo-story';
import { GraphqlClient } from '../../apps/cli/src/demo/graphql-client';
import { browserTestsRun, seriousViolations, startBrowser, type Browser } from '../support/browser';
import { shows, lacks, UUID, signInByLink as signIn, serveWebApp, type ServedWebApp } from '../support/browser-steps';

const ANNE = 'anne.visser@delinde.test';

// DOMAIN.md story 6 in real browsers: at the morning toolbox meeting the steel subcontractor (the hirer, Arbo
// employer of the agency's lent workers) texts each new agency worker a personal link. Paweł, Polish, with no
// account, opens it on a 360×640 phone, reads v2 in Polish and taps "read and understood"; the principal's open
// instruction screen drops him from those behind within seconds, without a reload. Andrei, Romanian, never opens
// his: he stays behind, and his start of work would raise NL-ARBO-8-INSTRUCTION against the hirer.
(browserTestsRun() ? describe : describe.skip)('story 6 in the browser: a worker acknowledges on a phone by a personal link', () => {
  let api: ApiHarness;
  let browser: Browser;
  let served: ServedWebApp;
  let url: string;
  let demo: DemoResult;
  let links: { workerName: string; url: string }[];
  const workerIds: Record<string, string> = {};
  const steelManager = () => api.token({ party: demo.parties.steel.id, role: 'MANAGER' });

  beforeAll(async () => {
    served = await serveWebApp();
    ({ api, url } = served);
    const mint = (who: { party?: string; role: string; worker?: string }) => api.token(who as never);
    demo = await runDemoStory(new GraphqlClient(`${url}/graphql`), mint, new Date().toISOString().slice(0, 10));
    const agency = demo.parties.agency;
    for (const [name, languages] of [
      ['Paweł Kowalczyk', ['pl']],
      ['Andrei Popescu', ['ro']],
    ] as const) {
      const registered = await api.gql<{ registerWorker: { workerId: string } }>(
        'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { workerId } }',
        { input: { partyId: agency.id, name, languages, relation: 'LENT_WORKER' } },
        api.token({ party: agency.id, role: 'MANAGER' }),
      );
      expect(registered.errors).toBeUndefined();
      workerIds[name] = registered.data!.registerWorker.workerId;
    }
    const made = await api.gql<{ createAcknowledgementLinks: { links: { workerName: string; url: string }[] } }>(
      `mutation($input: CreateAcknowledgementLinksInput!) { createAcknowledgementLinks(input: $input) { links { workerName url } } }`,
      { input: { chainId: demo.chainId, instructionId: demo.instructionId, version: 2, workerPartyId: agency.id, workerIds: Object.values(workerIds) } },
      steelManager(),
    );
    expect(made.errors).toBeUndefined();
    links = made.data!.createAcknowledgementLinks.links;
    const invited = await api.gql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationId } }',
      { input: { partyId: demo.parties.principal.id, email: ANNE, name: 'Anne Visser', role: 'MANAGER', language: 'nl' } },
      api.token({ role: 'ADMIN' }),
    );
    expect(invited.errors).toBeUndefined();
    browser = await startBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const signInByLink = (context: BrowserContext, email: string) => signIn(api, context, email);

  it('Paweł acknowledges v2 in Polish on his phone; the principal sees it live; Andrei stays behind and would start on a NO-GO against the hirer', async () => {
    // the principal has the chain's instructions open: both new agency workers are behind
    const principal = await signInByLink(await browser.person(), ANNE);
    await principal.getByRole('link', { name: 'Renovatie 48 woningen Zuiderpark' }).click();
    await principal.getByRole('link', { name: /^Instructies/ }).click();
    const behind = principal.locator('article.panel').first();
    await shows(behind, 'Paweł Kowalczyk');
    await shows(behind, 'Andrei Popescu');
    await principal.waitForLoadState('networkidle');

    // Paweł opens the link he was texted, on a phone, with no account and no cookie
    const phone = await (await browser.person({ width: 360, height: 640 })).newPage();
    await phone.goto(links.find((l) => l.workerName === 'Paweł Kowalczyk')!.url);
    await phone.getByLabel('Język').selectOption('pl');
    await phone.getByRole('button', { name: 'Pokaż' }).click();
    const card = phone.locator('article.card');
    await shows(card, 'v2');
    expect(await card.getAttribute('lang')).toBe('pl');
    expect(await seriousViolations(phone)).toEqual([]);
    const pageText = await phone.locator('body').innerText();
    expect(pageText).not.toMatch(UUID);
    expect(pageText).not.toContain('Andrei'); // his link shows him, nothing else of the chain
    // the page fits the phone: nothing wider than the screen
    expect(await phone.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.getByLabel(/Jestem Paweł/).check();
    await phone.getByRole('button', { name: 'Przeczytałem i zrozumiałem' }).click();
    await shows(phone.locator('body'), 'Dziękujemy, Paweł');

    // live: the principal's open screen hears the log and redraws within seconds, no click, no reload
    await lacks(behind, 'Paweł Kowalczyk');
    await shows(behind, 'Andrei Popescu');

    // the record: his own act, v2, in Polish, by link; Andrei still MISSING
    const status = await api.gql<{ chain: { instructions: { status: { workerId: string | null; status: string; channel: string | null }[] }[] } }>(
      'query($id: ID!) { chain(id: $id) { instructions { status { workerId status channel } } } }',
      { id: demo.chainId },
      api.token({ party: demo.parties.principal.id, role: 'MANAGER' }),
    );
    const rows = status.data!.chain.instructions.flatMap((i) => i.status);
    expect(rows.find((r) => r.workerId === workerIds['Paweł Kowalczyk'])).toEqual({ workerId: workerIds['Paweł Kowalczyk'], status: 'CURRENT', channel: 'LINK' });
    expect(rows.find((r) => r.workerId === workerIds['Andrei Popescu'])).toMatchObject({ status: 'MISSING' });

    // Andrei's start of work: NO-GO, NL-ARBO-8-INSTRUCTION, borne by the hirer (his Arbo employer)
    const check = await api.gql<{ startCheck: { verdict: string; reasons: { ruleId: string; dutyBearerNames: string[] }[] } }>(
      `query($chainId: ID!, $workerId: ID!, $workerPartyId: ID!) { startCheck(chainId: $chainId, workerId: $workerId, workerPartyId: $workerPartyId, topics: ["WORK_AT_HEIGHT"], language: "nl") { verdict reasons { ruleId dutyBearerNames } } }`,
      { chainId: demo.chainId, workerId: workerIds['Andrei Popescu'], workerPartyId: demo.parties.agency.id },
      steelManager(),
    );
    expect(check.errors).toBeUndefined();
    expect(check.data!.startCheck.verdict).toBe('NO_GO');
    expect(check.data!.startCheck.reasons).toContainEqual({ ruleId: 'NL-ARBO-8-INSTRUCTION', dutyBearerNames: ['Staalbouw Kowalski BV'] });
  }, 180_000);
});
