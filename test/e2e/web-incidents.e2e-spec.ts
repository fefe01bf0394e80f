import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { ApiHarness } from '@schakel/api-harness';
import { runDemoStory, type DemoResult } from '../../apps/cli/src/demo/demo-story';
import { GraphqlClient } from '../../apps/cli/src/demo/graphql-client';
import { browserTestsRun, screenshotFolder, startBrowser, type Browser } from '../support/browser';
import { shows, lacks, UUID, signInByLink as signIn, checkScreen, serveWebApp, type ServedWebApp } from '../support/browser-steps';

const ANNE = 'anne.visser@delinde.test';
const KASIA = 'kasia@kowalski.test';
const PIOTR = 'piotr@nowak.test';
const INES = 'ines.bakker@nla.test';
const CHAIN = 'Renovatie 48 woningen Zuiderpark';

/** An instant as the app shows it: Dutch, medium date and short time, in Amsterdam. */
const amsterdam = (iso: string) => new Intl.DateTimeFormat('nl', { timeZone: 'Europe/Amsterdam', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
/** An instant as a datetime-local value on the clock of Amsterdam. */
const wallTime = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)).replace(' ', 'T');
/** A CSV's time cell: the same instant on the clock of Amsterdam. */
const csvTime = (iso: string) => wallTime(iso).replace('T', ' ');

// docs/domain.md story 3 through the web app, in Debian's Chromium against a real API on SQLite with the
// demo's stories 1–2: the hirer's manager reports a lent worker's fall with the NLA checklist beside the
// form and records every step after it; the principal reads the register (and its CSV) and who knew; a
// worker reports a near miss on a phone in three taps. Each result is checked through the API too.
(browserTestsRun() ? describe : describe.skip)('incidents and evidence in the web app', () => {
  let api: ApiHarness;
  let browser: Browser;
  let served: ServedWebApp;
  let url: string;
  let demo: DemoResult;
  let fallAt: string;
  let incidentId: string;
  const shots = screenshotFolder();
  const admin = () => api.token({ role: 'ADMIN' });
  const principalToken = () => api.token({ party: demo.parties.principal.id, role: 'MANAGER' });
  const steelToken = () => api.token({ party: demo.parties.steel.id, role: 'MANAGER' });

  beforeAll(async () => {
    served = await serveWebApp();
    ({ api, url } = served);
    const client = new GraphqlClient(`${url}/graphql`);
    const mint = (who: { party?: string; role: string; worker?: string }) => api.token(who as never);
    demo = await runDemoStory(client, mint, new Date().toISOString().slice(0, 10));
    const piotr = Object.values(demo.workers).find((w) => w.name === 'Piotr Nowak')!;
    for (const [email, name, partyId, role, workerId] of [
      [ANNE, 'Anne Visser', demo.parties.principal.id, 'MANAGER', null],
      [KASIA, 'Kasia Kowalska', demo.parties.steel.id, 'MANAGER', null],
      [PIOTR, 'Piotr Nowak', piotr.partyId, 'WORKER', piotr.id],
    ]) {
      const invited = await api.gql(
        'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationId } }',
        { input: { partyId, email, name, role, language: 'nl', workerId } },
        admin(),
      );
      expect(invited.errors).toBeUndefined();
    }
    // the principal grants the labour inspectorate access (story 4's first step)
    const registered = await api.gql<any>('mutation($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }', { input: { name: 'Nederlandse Arbeidsinspectie', kind: 'ORGANISATION' } }, admin());
    const nla = registered.data.registerParty.partyId as string;
    const granted = await api.gql(
      'mutation($input: GrantInspectorAccessInput!) { grantInspectorAccess(input: $input) { grantId } }',
      { input: { chainId: demo.chainId, inspectorPartyId: nla, validFrom: new Date(Date.now() - 60_000).toISOString(), validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
      principalToken(),
    );
    expect(granted.errors).toBeUndefined();
    const inspector = await api.gql('mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationId } }', { input: { partyId: nla, email: INES, name: 'Ines Bakker', role: 'INSPECTOR', language: 'nl' } }, admin());
    expect(inspector.errors).toBeUndefined();
    browser = await startBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const signInByLink = (context: BrowserContext, email: string) => signIn(api, context, email);

  const screen = (page: Page, name: string) => checkScreen(page, name, shots);

  it('story 3: the hirer reports a lent worker\'s fall, sees who must tell the NLA by when, and records each step', async () => {
    const page = await signInByLink(await browser.person(), KASIA);
    await page.getByRole('link', { name: CHAIN }).click();
    await page.getByRole('link', { name: 'Incidenten' }).click();
    await page.getByRole('link', { name: 'Incident melden' }).click();

    fallAt = new Date(Math.floor((Date.now() - 3 * 3600_000) / 60_000) * 60_000).toISOString();
    const checklist = page.locator('.report-incident');
    await shows(checklist, 'Vul in wanneer het gebeurde');
    await page.getByLabel('Wanneer (tijd in Amsterdam)').fill(wallTime(fallAt));
    await page.getByLabel('Waar', { exact: true }).fill('Galerij blok B, 3e verdieping');
    await page.getByLabel('Wat er gebeurde').fill('Val van steiger (circa 3 m); opname in het ziekenhuis');
    await page.getByLabel(/Wie raakte gewond/).selectOption({ label: 'FlexBouw Uitzendbureau BV — uitlening door Staalbouw Kowalski BV' });
    await page.getByLabel('Welke werkende').selectOption({ label: 'Marek Wiśniewski' });
    // the checklist, from the API: the hirer reports (Arbo employer of a lent worker), by the policy's 24 hours
    const duty = page.locator('.checklist');
    await shows(duty, 'Melden bij de Nederlandse Arbeidsinspectie: ja');
    await shows(duty, 'Wie meldt: Staalbouw Kowalski BV');
    await shows(duty, amsterdam(new Date(Date.parse(fallAt) + 24 * 3600_000).toISOString()));
    await shows(duty, 'Licht het uitzendbureau in: FlexBouw Uitzendbureau BV');
    await lacks(duty, 'telefonisch');
    // a death: by phone; an absence only: no report
    await page.getByLabel(/^Ernst/).selectOption('DEATH');
    await shows(duty, 'direct telefonisch melden');
    await page.getByLabel(/^Ernst/).selectOption('ABSENCE');
    await shows(duty, 'Geen melding bij de NLA');
    await page.getByLabel(/^Ernst/).selectOption('HOSPITAL_ADMISSION');
    await shows(duty, 'Wie meldt: Staalbouw Kowalski BV');
    await screen(page, 'incident-report');
    await page.getByRole('button', { name: 'Incident vastleggen' }).click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    incidentId = page.url().split('/').pop()!;

    // after the report: each step still open, then recorded on the screen
    const progress = page.locator('.checklist');
    await shows(progress, 'Nog open');
    await page.getByLabel('Hoe', { exact: true }).first().selectOption('ONLINE');
    await page.getByLabel('Kenmerk van de NLA (meldingsnummer)').fill('NLA-MELD-2026-0412');
    await page.getByRole('button', { name: 'Melding vastleggen' }).click();
    await shows(progress, 'NLA-MELD-2026-0412');
    await page.getByLabel('Wie', { exact: true }).selectOption({ label: 'FlexBouw Uitzendbureau BV' });
    await page.getByRole('button', { name: 'Inlichting vastleggen' }).click();
    await shows(page.locator('body'), 'Staalbouw Kowalski BV lichtte FlexBouw Uitzendbureau BV in');
    await page.getByLabel('Wat is er gedaan om herhaling te voorkomen').fill('Steigers blok B voorzien van leuningen en kantplanken');
    await page.getByRole('button', { name: 'Maatregelen vastleggen' }).click();
    await shows(page.locator('body'), 'Steigers blok B voorzien van leuningen');
    await page.getByRole('button', { name: 'Het slachtoffer heeft het werk hervat' }).click();
    await lacks(progress, 'Nog open');
    const text = await screen(page, 'incident-follow-up');
    expect(text.match(/Gedaan/g)?.length).toBeGreaterThanOrEqual(4);

    // the log says the same, as the API tells it
    const answer = await api.gql<any>(
      `query($c: ID!, $i: ID!) {
        incidentChecklist(chainId: $c, incidentId: $i) { resumedAt duty { mustReport dutyBearerPartyId deadline } measures { description } }
        chain(id: $c) { incidents { id kind severity happenedAt victimRelation notifications { recipientAuthority recipientPartyId channel reference } } }
        findings(chainId: $c) { ruleId resolvedAt partyIds }
      }`,
      { c: demo.chainId, i: incidentId },
      steelToken(),
    );
    expect(answer.errors).toBeUndefined();
    const { incidentChecklist, chain, findings } = answer.data;
    expect(incidentChecklist.duty).toEqual({ mustReport: true, dutyBearerPartyId: demo.parties.steel.id, deadline: new Date(Date.parse(fallAt) + 24 * 3600_000).toISOString() });
    expect(incidentChecklist.measures).toEqual([{ description: 'Steigers blok B voorzien van leuningen en kantplanken' }]);
    expect(incidentChecklist.resumedAt).not.toBeNull();
    const incident = chain.incidents.find((i: any) => i.id === incidentId);
    expect(incident).toMatchObject({ kind: 'ACCIDENT', severity: 'HOSPITAL_ADMISSION', happenedAt: fallAt, victimRelation: 'LENT_WORKER' });
    expect(incident.notifications).toEqual(
      expect.arrayContaining([
        { recipientAuthority: 'NLA', recipientPartyId: null, channel: 'ONLINE', reference: 'NLA-MELD-2026-0412' },
        { recipientAuthority: null, recipientPartyId: demo.parties.agency.id, channel: 'PHONE', reference: null },
      ]),
    );
    // reported within the policy's 24 hours: no open finding that the hirer did not report
    expect(findings.filter((f: any) => f.ruleId === 'NL-ARBO-9-REPORT' && f.resolvedAt === null)).toEqual([]);
  }, 180_000);

  it('the principal reads the chain\'s accident register (names, Amsterdam times, a CSV safe to open) and who knew', async () => {
    // a second accident, typed with a formula for a place: the CSV must not run it
    const second = await api.gql<any>(
      'mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { incidentId } }',
      {
        input: {
          chainId: demo.chainId,
          kind: 'ACCIDENT',
          happenedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
          location: '=HYPERLINK("http://evil.test","klik")',
          description: 'Hand bekneld',
          victim: { partyId: demo.parties.steel.id, linkId: (await steelLink()).id },
          severity: 'ABSENCE',
          absenceDays: 5,
        },
      },
      steelToken(),
    );
    expect(second.errors).toBeUndefined();

    const page = await signInByLink(await browser.person(), ANNE);
    await page.getByRole('link', { name: CHAIN }).click();
    // the coverage of the current version per tier, as a chart with its numbers in words
    await page.getByRole('link', { name: /^Instructies/ }).click();
    const chart = page.getByRole('img', { name: /^Niveau \d+: / });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/Niveau \d: \d+ bevestigd, \d+ oude versie, \d+ niet bevestigd/);
    await screen(page, 'principal-ack-coverage');
    await page.getByRole('link', { name: 'Ongevallenregister' }).click();
    const table = page.getByRole('table');
    await shows(table, 'Galerij blok B, 3e verdieping');
    await shows(table, 'Marek Wiśniewski, FlexBouw Uitzendbureau BV');
    await shows(table, 'Staalbouw Kowalski BV');
    await shows(table, amsterdam(fallAt));
    // the principal has no need to know the injury: it reads that it happened, not what it was
    await shows(table, 'Afgeschermd (gezondheidsgegevens)');
    await screen(page, 'principal-accident-register');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Wanneer (Europe/Amsterdam),Waar,Aard van het ongeval,Slachtoffer,Werkgever (Arbowet),Ernst,Verzuimdagen,Gemeld bij NLA (Europe/Amsterdam)');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('Galerij blok B'))).toMatch(new RegExp(`^${csvTime(fallAt)},Galerij blok B, 3e verdieping|^${csvTime(fallAt)},"Galerij blok B, 3e verdieping"`));
    expect(csv).toContain('"Marek Wiśniewski, FlexBouw Uitzendbureau BV",Staalbouw Kowalski BV,Ziekenhuisopname,0,');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""klik"")"`);
    expect(csv).not.toMatch(/(^|,)=/m);
    expect(csv).not.toMatch(UUID);

    // who knew of the fall: the hirer recorded it, the agency was told, the NLA received the report
    await page.goto(`${url}/chains/${demo.chainId}/incidents/${incidentId}`);
    const whoKnew = page.getByRole('region', { name: 'Wie wist ervan' });
    await shows(whoKnew, 'Staalbouw Kowalski BV');
    await shows(whoKnew, 'Legde het zelf vast');
    await shows(whoKnew, 'FlexBouw Uitzendbureau BV');
    await shows(whoKnew, 'Ingelicht');
    await screen(page, 'principal-who-knew');
    // the principal's duty is not the hirer's: no form to report to the NLA on its screen
    expect(await page.getByRole('button', { name: 'Melding vastleggen' }).count()).toBe(0);
  }, 180_000);

  it('a worker on a phone (360×640) reports a near miss in three taps', async () => {
    const page = await signInByLink(await browser.person({ width: 360, height: 640 }), PIOTR);
    await page.waitForURL(`${url}/my`);
    await page.getByRole('link', { name: 'Bijna-ongeval melden' }).click(); // 1
    await page.getByRole('button', { name: 'Vallend voorwerp' }).click(); // 2
    await screen(page, 'worker-near-miss');
    await page.getByRole('button', { name: 'Melden', exact: true }).click(); // 3
    await shows(page.getByRole('status'), 'Gemeld');
    await screen(page, 'worker-near-miss-sent');

    const answer = await api.gql<any>('query($c: ID!) { chain(id: $c) { incidents { kind description location topics reporterPartyId severity } } }', { c: demo.chainId }, principalToken());
    const piotr = Object.values(demo.workers).find((w) => w.name === 'Piotr Nowak')!;
    expect(answer.data.chain.incidents).toEqual(
      expect.arrayContaining([
        { kind: 'NEAR_MISS', description: 'Vallend voorwerp', location: 'Zuiderparklaan 12, Den Haag', topics: ['FALLING_OBJECTS'], reporterPartyId: piotr.partyId, severity: 'NONE' },
      ]),
    );
  }, 120_000);

  it('the inspector asks who knew of the instruction, of the fall and of the hazard, by name and on both clocks', async () => {
    const page = await signInByLink(await browser.person(), INES);
    await page.waitForURL(`${url}/inspect`);
    await page.getByRole('link', { name: CHAIN }).click();
    const subject = page.getByLabel('Onderwerp');
    await subject.waitFor();
    // the instruction: the workers who acknowledged it, by name, with whose act it was
    await subject.selectOption({ label: 'Instructie: Werken op hoogte, versie 2' });
    const list = page.locator('.who-knew');
    await shows(list, 'Piotr Nowak');
    await shows(list, 'Bevestigd');
    await shows(list, 'Doorgegeven ontvangen');
    await screen(page, 'inspector-who-knew-instruction');
    // the fall: the hirer recorded it, the agency and the NLA were told
    await subject.selectOption({ label: 'Ongeval: Galerij blok B, 3e verdieping' });
    await shows(list, 'Legde het zelf vast');
    await shows(list, 'FlexBouw Uitzendbureau BV');
    await shows(list, 'Nederlandse Arbeidsinspectie');
    // the hazard, by the topic the worker's near miss named
    await subject.selectOption({ label: 'Gevaar: Falling objects' });
    await shows(list, 'Piotr Nowak (zzp)');
    await screen(page, 'inspector-who-knew-hazard');
  }, 120_000);

  async function steelLink(): Promise<{ id: string }> {
    const answer = await api.gql<any>('query($c: ID!) { chain(id: $c) { links { id toPartyId } } }', { c: demo.chainId }, steelToken());
    return answer.data.chain.links.find((l: any) => l.toPartyId === demo.parties.steel.id);
  }
});
