import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { SignInService } from '@schakel/api';
import type { ApiHarness } from '@schakel/api-harness';
import { browserTestsRun, screenshotFolder, startBrowser, type Browser } from '../support/browser';
import { eventually, shows, checkScreen, serveWebApp, type ServedWebApp } from '../support/browser-steps';

const MILA = 'mila.molenaar@molenaar.test';
const CHAIN = 'Nieuwbouw school De Vlinder';

interface StatusRow {
  partyId: string;
  workerId: string | null;
  status: string;
  acknowledgedVersion: number | null;
}
interface ChainFacts {
  chain: {
    links: { id: string; fromPartyId: string; toPartyId: string; kind: string; underAuthority: boolean; scope: string; active: boolean }[];
    instructions: {
      id: string;
      title: string;
      currentVersion: number;
      issuerPartyId: string;
      status: StatusRow[];
      versions: { version: number; topics: string[]; content: { language: string; title: string }[]; receipts: { linkId: string; partyId: string; version: number }[] }[];
    }[];
    checks: { subjectPartyId: string; checkerPartyId: string; subject: string; outcome: string; summary: string; evidence: { name: string; sha256: string; sizeBytes: number | null }[] }[];
  };
  findings: { ruleId: string; resolvedAt: string | null; partyIds: string[] }[];
}
const FACTS = `query Facts($chainId: ID!) {
  chain(id: $chainId) {
    links { id fromPartyId toPartyId kind underAuthority scope active }
    instructions {
      id title currentVersion issuerPartyId
      status { partyId workerId status acknowledgedVersion }
      versions { version topics content { language title } receipts { linkId partyId version } }
    }
    checks { subjectPartyId checkerPartyId subject outcome summary evidence { name sha256 sizeBytes } }
  }
  findings(chainId: $chainId) { ruleId resolvedAt partyIds }
}`;

// Story 2 through the contractor's screens: the built web app in Debian's Chromium, served by a real API
// on SQLite. A main contractor's manager engages a zzp'er (found by search) and a new subcontractor
// (registered), issues "work at height" in Dutch and Polish, passes v1 down, issues v2 and passes it
// down; the zzp'er acknowledged only v1 and is flagged. Then a vergewis check with a document hashed in
// the browser, her workers with a personal link and the QR sheet, and one flow by keyboard only.
(browserTestsRun() ? describe : describe.skip)('the contractor screens in a browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  let served: ServedWebApp;
  let url: string;
  let chainId: string;
  const party: Record<'principal' | 'main' | 'kees' | 'bart', string> = { principal: '', main: '', kees: '', bart: '' };
  const shots = screenshotFolder();
  const admin = () => api.token({ role: 'ADMIN' });
  const manager = (partyId: string) => api.token({ party: partyId, role: 'MANAGER' });
  const facts = async (token = manager(party.main)) => {
    const res = await api.gql<ChainFacts>(FACTS, { chainId }, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  async function gql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await api.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  beforeAll(async () => {
    served = await serveWebApp();
    ({ api, url } = served);
    const register = async (name: string, kind: string, kvkNumber: string) =>
      (await gql<{ registerParty: { partyId: string } }>('mutation($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }', { input: { name, kind, kvkNumber } }, admin()))
        .registerParty.partyId;
    party.principal = await register('Gemeente Lindenhoven', 'ORGANISATION', '50123456');
    party.main = await register('Bouwbedrijf Molenaar BV', 'ORGANISATION', '61234567');
    party.kees = await register('Kees Jansen (zzp)', 'PERSON', '72345678');
    party.bart = await register('Bart Smit (zzp)', 'PERSON', '83456789');
    const opened = await gql<{ openChain: { chainId: string } }>(
      'mutation($input: OpenChainInput!) { openChain(input: $input) { chainId } }',
      { input: { name: CHAIN, principalPartyId: party.principal, siteAddress: 'Vlinderlaan 3, Lindenhoven' } },
      manager(party.principal),
    );
    chainId = opened.openChain.chainId;
    await gql(
      'mutation($input: EngagePartyInput!) { engageParty(input: $input) { linkId } }',
      { input: { chainId, partyId: party.main, kind: 'SUBCONTRACT', scope: 'Hoofdaanneming nieuwbouw', startDate: new Date().toISOString().slice(0, 10) } },
      manager(party.principal),
    );
    await gql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationId } }',
      { input: { partyId: party.main, email: MILA, name: 'Mila Molenaar', role: 'MANAGER', language: 'nl' } },
      admin(),
    );
    browser = await startBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  /** Opens a sign-in link the way a person does (the link page, its button) and lands in the app. */
  async function signIn(context: BrowserContext, keyboard = false): Promise<Page> {
    const link = await api.app.get(SignInService).issueLink(MILA, 'browser-test');
    const page = await context.newPage();
    await page.goto(link!);
    if (keyboard) {
      await tabTo(page, 'Sign in');
      await page.keyboard.press('Enter');
    } else {
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
    await page.waitForURL((to) => !to.pathname.startsWith('/auth'));
    return page;
  }

  const screen = (page: Page, name: string) => checkScreen(page, name, shots);

  /** What a keyboard user hears of the focused element: its label, accessible name or text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      // runs in the page (the test's own tsconfig has no DOM types)
      const el = (globalThis as any).document.activeElement;
      if (!el) return '';
      const labels = el.labels;
      return [el.getAttribute('aria-label'), labels && labels.length > 0 ? labels[0].innerText : null, el.innerText, el.tagName].filter(Boolean).join(' | ');
    }) as Promise<string>;

  /** Presses Tab (only Tab) until the focused element's name starts with `name`; fails after 120 presses. */
  async function tabTo(page: Page, name: string | RegExp, backwards = false): Promise<void> {
    const matches = (text: string) => text.split(' | ').some((part) => (typeof name === 'string' ? part.trim().startsWith(name) : name.test(part)));
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      if (matches(await focused(page))) return;
    }
    throw new Error(`no focusable element named ${String(name)} reached by ${backwards ? 'Shift+Tab' : 'Tab'}`);
  }

  it('story 2: the main contractor engages, issues v1 and v2 in Dutch and Polish and passes them down; the zzp’er who acknowledged v1 only is flagged', async () => {
    const page = await signIn(await browser.person());
    await page.waitForURL(`${url}/chains`);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Aannemer' }).click();
    await page.waitForURL(`${url}/contractor`);
    await shows(page.locator('.cards'), CHAIN);
    await screen(page, 'contractor-home');
    await page.getByRole('link', { name: CHAIN }).click();

    // search first: Kees is known by his KvK number
    await page.getByLabel('Naam of KvK-nummer').fill('72345678');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('button', { name: 'Kees Jansen (zzp) kiezen' }).click();
    await page.getByLabel('Soort verbintenis').selectOption({ label: 'Zzp zonder gezag' });
    // no scope: the API's refusal, in Dutch, next to the field; nothing is written
    const before = await api.eventCount();
    await page.getByRole('button', { name: 'Inschakelen', exact: true }).click();
    const scope = page.getByLabel('Werkzaamheden');
    await eventually(async () => expect(await scope.getAttribute('aria-invalid')).toBe('true'));
    await shows(page.locator('.field', { has: scope }), 'Beschrijf de werkzaamheden.');
    expect(await api.eventCount()).toBe(before);
    await scope.fill('Montage leuningen galerij');
    await page.getByRole('button', { name: 'Inschakelen', exact: true }).click();
    await shows(page.getByRole('status'), 'Kees Jansen (zzp) is ingeschakeld.');
    await shows(page.getByRole('list', { name: 'Door mij ingeschakeld' }), 'Kees Jansen (zzp)');

    // not found: register a new party; a bad KvK number is refused next to its field
    await page.getByLabel('Naam of KvK-nummer').fill('Staalbouw Noord');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await shows(page.locator('main'), 'Geen partij gevonden.');
    await page.getByRole('button', { name: 'Niet gevonden: nieuwe partij registreren' }).click();
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Staalbouw Noord');
    await page.getByLabel('Naam', { exact: true }).fill('Staalbouw Noord BV');
    await page.getByRole('textbox', { name: 'KvK-nummer', exact: true }).fill('1234');
    await page.getByRole('button', { name: 'Partij registreren' }).click();
    await shows(page.locator('.field', { has: page.getByRole('textbox', { name: 'KvK-nummer', exact: true }) }), 'Een KvK-nummer heeft precies 8 cijfers.');
    await page.getByRole('textbox', { name: 'KvK-nummer', exact: true }).fill('94567890');
    await page.getByRole('button', { name: 'Partij registreren' }).click();
    await page.getByRole('heading', { name: 'Staalbouw Noord BV inschakelen' }).waitFor();
    // an organisation cannot be engaged as a zzp'er: refused next to the kind
    await page.getByLabel('Soort verbintenis').selectOption({ label: 'Zzp onder gezag' });
    await page.getByLabel('Werkzaamheden').fill('Staalconstructie gymzaal');
    await page.getByRole('button', { name: 'Inschakelen', exact: true }).click();
    await shows(page.locator('.field', { has: page.getByLabel('Soort verbintenis') }), 'Alleen een persoon kan als zzp’er worden ingeschakeld');
    await page.getByLabel('Soort verbintenis').selectOption({ label: 'Onderaanneming' });
    await page.getByLabel('Werkzaamheden').fill('Staalconstructie gymzaal');
    await page.getByRole('button', { name: 'Inschakelen', exact: true }).click();
    await shows(page.getByRole('list', { name: 'Door mij ingeschakeld' }), 'Staalbouw Noord BV');
    await screen(page, 'contractor-engage');
    let known = await facts();
    const keesLink = known.chain.links.find((l) => l.toPartyId === party.kees)!;
    expect(keesLink).toMatchObject({ fromPartyId: party.main, kind: 'SELF_EMPLOYED', underAuthority: false, scope: 'Montage leuningen galerij', active: true });
    const noord = known.chain.links.find((l) => l.fromPartyId === party.main && l.kind === 'SUBCONTRACT')!;
    expect(noord.toPartyId).not.toBe(party.kees);

    // issue "work at height" v1 in Dutch and Polish
    await page.getByRole('link', { name: 'Instructies doorgeven' }).click();
    await page.getByRole('button', { name: 'Nieuwe instructie uitgeven' }).click();
    const first = page.getByRole('group', { name: 'Taal 1' });
    await first.getByLabel('Titel').fill('Werken op hoogte');
    await first.getByLabel('Tekst').fill('Boven 2,5 meter altijd collectieve valbeveiliging.');
    await page.getByRole('button', { name: 'Taal toevoegen' }).click();
    const second = page.getByRole('group', { name: 'Taal 2' });
    await second.getByLabel('Taal', { exact: true }).selectOption('pl');
    await second.getByLabel('Titel').fill('Praca na wysokości');
    await second.getByLabel('Tekst').fill('Powyżej 2,5 metra zawsze zabezpieczenie zbiorowe.');
    await page.getByLabel('Onderwerpen').fill('work at height');
    await page.getByRole('button', { name: 'Instructie uitgeven', exact: true }).click();
    await shows(page.getByRole('status'), 'Werken op hoogte versie 1 is uitgegeven.');
    await page.getByRole('button', { name: 'v1 doorgeven aan Kees Jansen (zzp)' }).click();
    await shows(page.getByRole('status'), 'Werken op hoogte v1 is doorgegeven aan Kees Jansen (zzp).');

    // Kees acknowledges v1 (his own account), through the API
    known = await facts();
    const instruction = known.chain.instructions.find((i) => i.issuerPartyId === party.main)!;
    expect(instruction.versions[0]).toMatchObject({ version: 1, topics: ['WORK_AT_HEIGHT'], content: [{ language: 'nl', title: 'Werken op hoogte' }, { language: 'pl', title: 'Praca na wysokości' }] });
    await gql(
      'mutation($input: AcknowledgeInstructionInput!) { acknowledgeInstruction(input: $input) { version } }',
      { input: { chainId, instructionId: instruction.id, version: 1, language: 'nl' } },
      manager(party.kees),
    );

    // v2: the form starts from v1's texts
    await page.reload();
    await page.getByRole('button', { name: 'Nieuwe versie uitgeven' }).click();
    const v2 = page.getByRole('form', { name: 'Werken op hoogte: versie 2' });
    expect(await v2.getByRole('group', { name: 'Taal 2' }).getByLabel('Titel').inputValue()).toBe('Praca na wysokości');
    await v2.getByRole('group', { name: 'Taal 1' }).getByLabel('Tekst').fill('Boven 2,5 meter altijd collectieve valbeveiliging. Nieuw in v2: steigerkaart vóór elke dienst.');
    await v2.getByRole('group', { name: 'Taal 2' }).getByLabel('Tekst').fill('Powyżej 2,5 metra zawsze zabezpieczenie zbiorowe. Nowość w v2: karta rusztowania.');
    await v2.getByRole('button', { name: 'Versie 2 uitgeven' }).click();
    await shows(page.getByRole('status'), 'Werken op hoogte versie 2 is uitgegeven.');
    await shows(page.locator('main'), 'Alleen v1 doorgegeven');
    await page.getByRole('button', { name: 'v2 doorgeven aan Kees Jansen (zzp)' }).click();
    await shows(page.getByRole('status'), 'Werken op hoogte v2 is doorgegeven aan Kees Jansen (zzp).');
    // the zzp'er who acknowledged only v1 is flagged, by name, on the screen
    await shows(page.locator('main'), 'Oude versie (v1) bevestigd');
    const instructionsText = await screen(page, 'contractor-instructions');
    expect(instructionsText).toContain('Kees Jansen (zzp)');

    // and in the API: v2 current, received by Kees over his link, his acknowledgement stale
    known = await facts();
    const after = known.chain.instructions.find((i) => i.id === instruction.id)!;
    expect(after.currentVersion).toBe(2);
    expect(after.versions.find((v) => v.version === 2)!.receipts).toEqual(expect.arrayContaining([expect.objectContaining({ linkId: keesLink.id, partyId: party.kees, version: 2 })]));
    expect(after.status).toEqual(expect.arrayContaining([expect.objectContaining({ partyId: party.kees, workerId: null, status: 'STALE', acknowledgedVersion: 1 })]));
  }, 180_000);

  it('a vergewis check attaches a document by the SHA-256 the browser computed; the file itself is not sent', async () => {
    const page = await signIn(await browser.person());
    await page.goto(`${url}/contractor/${chainId}/checks`);
    await page.getByLabel('Partij').selectOption({ label: 'Kees Jansen (zzp)' });
    await page.getByLabel('Waarover').selectOption('CERTIFICATE');
    const document = Buffer.from('%PDF-1.4\nVCA certificaat Kees Jansen, nummer 2026-4411, geldig tot 2027-03-01\n');
    const sha256 = createHash('sha256').update(document).digest('hex');
    // no summary: refused next to the field, nothing written
    const before = await api.eventCount();
    await page.getByLabel('Document (blijft op uw computer)').setInputFiles({ name: 'vca-kees-jansen.pdf', mimeType: 'application/pdf', buffer: document });
    await shows(page.getByRole('list', { name: 'Vingerafdrukken van de documenten' }), sha256);
    await page.getByRole('button', { name: 'Vergewissing vastleggen' }).click();
    await shows(page.locator('.field', { has: page.getByLabel('Wat u nagegaan heeft') }), 'Dit veld is verplicht.');
    expect(await api.eventCount()).toBe(before);
    await page.getByLabel('Wat u nagegaan heeft').fill('VCA-certificaat 2026-4411 gezien, geldig tot 1 maart 2027.');
    await page.getByLabel('Geldig tot (niet verplicht)').fill('2027-03-01');
    await page.getByRole('button', { name: 'Vergewissing vastleggen' }).click();
    await shows(page.getByRole('status'), 'De vergewissing over Kees Jansen (zzp) is vastgelegd.');
    const recorded = page.getByRole('list', { name: 'Mijn vergewissingen' });
    await shows(recorded, sha256);
    await shows(recorded, 'vca-kees-jansen.pdf');
    await screen(page, 'contractor-checks');
    const { chain } = await facts();
    expect(chain.checks).toEqual([
      expect.objectContaining({ checkerPartyId: party.main, subjectPartyId: party.kees, subject: 'CERTIFICATE', outcome: 'CONFIRMED', evidence: [{ name: 'vca-kees-jansen.pdf', sha256, sizeBytes: document.length }] }),
    ]);

    // my party's findings: exactly those the API names my party in, with the duty bearer named
    await page.getByRole('link', { name: /^Mijn bevindingen/ }).click();
    const { findings } = await facts();
    const mine = findings.filter((f) => !f.resolvedAt && f.partyIds.includes(party.main));
    await shows(page.getByRole('link', { name: /^Mijn bevindingen/ }), `(${mine.length})`);
    const text = await screen(page, 'contractor-findings');
    if (mine.length === 0) expect(text).toContain('Geen open bevindingen');
    else expect(text).toContain('Plichthouder: Bouwbedrijf Molenaar BV');
  }, 120_000);

  it('my workers: register one (a refusal next to its field first), make a personal link and open the printable QR sheet', async () => {
    const page = await signIn(await browser.person());
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn werkenden' }).click();
    await page.waitForURL(`${url}/contractor/workers`);
    await page.getByLabel('Naam', { exact: true }).fill('Ahmet Yılmaz');
    await page.getByLabel('Talen die hij of zij leest').fill('');
    await page.getByRole('button', { name: 'Werkende registreren' }).click();
    await shows(page.locator('.field', { has: page.getByLabel('Talen die hij of zij leest') }), 'Geef minstens één taal die de werkende leest.');
    await page.getByLabel('Talen die hij of zij leest').fill('tr, nl');
    await page.getByRole('button', { name: 'Werkende registreren' }).click();
    await shows(page.getByRole('status').first(), 'Ahmet Yılmaz is geregistreerd.');
    await shows(page.locator('table'), 'TR, NL');

    await page.getByLabel('Instructie (huidige versie)').selectOption({ label: 'Werken op hoogte v2' });
    await page.getByRole('checkbox', { name: 'Ahmet Yılmaz' }).check();
    await page.getByRole('button', { name: 'Links maken' }).click();
    await shows(page.locator('main'), '1 persoonlijke link gemaakt.');
    await page.getByRole('link', { name: 'Link van Ahmet Yılmaz' }).waitFor();
    await screen(page, 'contractor-workers');
    // the QR sheet opens with the session cookie this browser holds
    const sheet = await page.getByRole('link', { name: 'QR-blad voor de toolbox openen' }).getAttribute('href');
    const printed = await page.request.get(`${url}${sheet}`);
    expect(printed.status()).toBe(200);
    const html = await printed.text();
    expect(html).toContain('Ahmet');
    expect(html).toContain('<svg');
    const workers = await gql<{ party: { workers: { name: string; languages: string[]; relation: string }[] } }>(
      'query($id: ID!) { party(id: $id) { workers { name languages relation } } }',
      { id: party.main },
      manager(party.main),
    );
    expect(workers.party.workers).toEqual([{ name: 'Ahmet Yılmaz', languages: ['tr', 'nl'], relation: 'EMPLOYEE' }]);
  }, 120_000);

  it('keyboard only: engage a party, issue an instruction and pass it down with Tab, Shift+Tab, Enter, Space and typing', async () => {
    const page = await signIn(await browser.person(), true);
    await page.waitForURL(`${url}/chains`);
    await tabTo(page, 'Aannemer');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/contractor`);
    await tabTo(page, CHAIN);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/contractor/${chainId}`);

    // engage Bart, found by name
    await tabTo(page, 'Naam of KvK-nummer');
    await page.keyboard.type('Bart Smit');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Bart Smit (zzp) kiezen');
    await page.keyboard.press('Space');
    // the form takes the focus to its heading; the kind is the next stop
    await tabTo(page, 'Soort verbintenis');
    // a select chooses by typing the start of an option (Chromium's type-ahead)
    await page.keyboard.type('Zzp o');
    expect(await page.getByLabel('Soort verbintenis').inputValue()).toBe('SELF_EMPLOYED_AUTHORITY');
    await tabTo(page, 'Werkzaamheden');
    await page.keyboard.type('Kitwerk kozijnen');
    await tabTo(page, 'Inschakelen');
    // one step back and forth again, as people do
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toContain('Inschakelen');
    await page.keyboard.press('Enter');
    await shows(page.getByRole('status'), 'Bart Smit (zzp) is ingeschakeld.');

    // issue a new instruction in Dutch
    await tabTo(page, 'Instructies doorgeven');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/contractor/${chainId}/instructions`);
    await tabTo(page, 'Nieuwe instructie uitgeven');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Titel');
    await page.keyboard.type('Gevaarlijke stoffen: kitten en lijmen');
    await tabTo(page, 'Tekst');
    await page.keyboard.type('Werk met kit en lijm alleen met ventilatie en handschoenen.');
    await tabTo(page, 'Onderwerpen');
    await page.keyboard.type('hazardous substances');
    await tabTo(page, 'Instructie uitgeven');
    await page.keyboard.press('Enter');
    await shows(page.getByRole('status'), 'Gevaarlijke stoffen: kitten en lijmen versie 1 is uitgegeven.');

    // pass it down to Bart
    await tabTo(page, 'v1 doorgeven aan Bart Smit (zzp)');
    await page.keyboard.press('Enter');
    await shows(page.getByRole('status'), 'Gevaarlijke stoffen: kitten en lijmen v1 is doorgegeven aan Bart Smit (zzp).');

    const { chain } = await facts();
    const bartLink = chain.links.find((l) => l.toPartyId === party.bart)!;
    expect(bartLink).toMatchObject({ fromPartyId: party.main, kind: 'SELF_EMPLOYED', underAuthority: true, scope: 'Kitwerk kozijnen' });
    const stoffen = chain.instructions.find((i) => i.title === 'Gevaarlijke stoffen: kitten en lijmen')!;
    expect(stoffen.versions[0].topics).toEqual(['HAZARDOUS_SUBSTANCES']);
    expect(stoffen.versions[0].receipts).toEqual([expect.objectContaining({ linkId: bartLink.id, partyId: party.bart, version: 1 })]);
  }, 180_000);

  it('a person of two parties chooses the one they act for, and can switch (x-schakel-party)', async () => {
    const other = (
      await gql<{ registerParty: { partyId: string } }>(
        'mutation($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }',
        { input: { name: 'Molenaar Installatietechniek BV', kind: 'ORGANISATION', kvkNumber: '65432109' } },
        admin(),
      )
    ).registerParty.partyId;
    await gql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationId } }',
      { input: { partyId: other, email: MILA, name: 'Mila Molenaar', role: 'MANAGER', language: 'nl' } },
      admin(),
    );
    // signing in by link accepts the new invitation: now she is a member of two parties
    const page = await signIn(await browser.person());
    const parties = page.getByRole('list', { name: 'Uw partijen' });
    await shows(parties, 'Bouwbedrijf Molenaar BV');
    await shows(parties, 'Molenaar Installatietechniek BV');
    await screen(page, 'choose-party');
    await page.getByRole('button', { name: 'Handelen voor Molenaar Installatietechniek BV' }).click();
    const banner = page.getByRole('banner');
    await shows(banner, 'Molenaar Installatietechniek BV');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aannemer' }).click();
    await shows(page.locator('main'), 'U zit nog in geen enkele keten.');
    // switch: the chain of the other party is there again
    await page.getByRole('button', { name: 'Andere partij' }).click();
    await page.getByRole('button', { name: 'Handelen voor Bouwbedrijf Molenaar BV' }).click();
    await shows(banner, 'Bouwbedrijf Molenaar BV');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aannemer' }).click();
    await shows(page.locator('.cards'), CHAIN);

    // her QR sheet for the toolbox: its link names the party she acts for (a link carries no header),
    // and the sheet says at the top which party it is for
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn werkenden' }).click();
    await page.getByLabel('Instructie (huidige versie)').selectOption({ label: 'Werken op hoogte v2' });
    await page.getByRole('checkbox', { name: 'Ahmet Yılmaz' }).check();
    await page.getByRole('button', { name: 'Links maken' }).click();
    const sheet = await page.getByRole('link', { name: 'QR-blad voor de toolbox openen' }).getAttribute('href');
    expect(sheet).toContain(`?party=${party.main}`);
    const printed = await page.request.get(`${url}${sheet}`);
    expect(printed.status()).toBe(200);
    expect(await printed.text()).toContain('<p class="party">Bouwbedrijf Molenaar BV · KvK 61234567</p>');
  }, 120_000);
});
