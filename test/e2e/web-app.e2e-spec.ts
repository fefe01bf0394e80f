import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { ApiHarness } from '@schakel/api-harness';
import { runDemoStory, type DemoResult } from '../../apps/cli/src/demo/demo-story';
import { runStory3 } from '../../apps/cli/src/demo/demo-story-3';
import { runStory4 } from '../../apps/cli/src/demo/demo-story-4';
import { GraphqlClient } from '../../apps/cli/src/demo/graphql-client';
import { browserTestsRun, screenshotFolder, seriousViolations, startBrowser, type Browser } from '../support/browser';
import { checkScreen, shows, lacks, signInByLink as signIn, UUID, serveWebApp, type ServedWebApp } from '../support/browser-steps';
import { verifyEvidenceBundle } from '@schakel/evidence';
import { writeBenchChain } from '../bench/chain-history';

const ANNE = 'anne.visser@delinde.test';
const INES = 'ines.bakker@nla.test';
const PIOTR = 'piotr@nowak.test';

// The built web app in Debian's Chromium, served by a real API on SQLite with the demo's stories 1–4:
// a principal signs in by link and reads her chain; an inspector moves the replay's slider.
(browserTestsRun() ? describe : describe.skip)('the web app in a browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  let served: ServedWebApp;
  let webDir: string;
  let url: string;
  let demo: DemoResult;
  let inspectorParty: string;
  const shots = screenshotFolder();
  const admin = () => api.token({ role: 'ADMIN' });

  beforeAll(async () => {
    served = await serveWebApp();
    ({ api, url, webDir } = served);
    const client = new GraphqlClient(`${url}/graphql`);
    const mint = (who: { party?: string; role: string; worker?: string }) => api.token(who as never);
    demo = await runDemoStory(client, mint, new Date().toISOString().slice(0, 10));
    await runStory3(client, mint, demo);
    const story4 = await runStory4(client, mint, demo, null, () => undefined, join(webDir, 'demo-out'));
    inspectorParty = story4.inspectorPartyId;
    const piotr = Object.values(demo.workers).find((w) => w.name === 'Piotr Nowak')!;
    for (const [email, name, partyId, role, workerId] of [
      [ANNE, 'Anne Visser', demo.parties.principal.id, 'MANAGER', null],
      [INES, 'Ines Bakker', inspectorParty, 'INSPECTOR', null],
      [PIOTR, 'Piotr Nowak', piotr.partyId, 'WORKER', piotr.id],
    ]) {
      const invited = await api.gql(
        'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationId } }',
        { input: { partyId, email, name, role, language: 'nl', workerId } },
        admin(),
      );
      expect(invited.errors).toBeUndefined();
    }
    browser = await startBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  /** Signs in by link; with `shot`, the link page is checked by axe and photographed first. */
  const signInByLink = (context: BrowserContext, email: string, shot?: string): Promise<Page> =>
    signIn(api, context, email, shot ? async (page) => {
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(shots, `${shot}.png`) });
    } : undefined);
  const screen = (page: Page, name: string) => checkScreen(page, name, shots);

  it('the sign-in page asks for an e-mail address and never says whether it is known', async () => {
    const page = await (await browser.person()).newPage();
    await page.goto(`${url}/`);
    await page.getByRole('heading', { name: 'Aanmelden bij Schakel' }).waitFor();
    await page.getByLabel('E-mailadres').fill('niemand@example.test');
    await page.getByRole('button', { name: 'Stuur mij een aanmeldlink' }).click();
    await shows(page.getByRole('status'), 'Als niemand@example.test bij Schakel bekend is');
    await screen(page, 'sign-in');
    // a pasted link that is not one: the API's reason, in Dutch, next to the field
    await page.getByLabel('Of plak hier de aanmeldlink').fill(`${url}/auth/sign-in?code=not-a-code`);
    await page.getByRole('button', { name: 'Aanmelden met deze link' }).click();
    await shows(page.getByRole('alert'), 'Deze aanmeldlink klopt niet');
  }, 120_000);

  it('story 1: the principal signs in by link and sees her chain with names, never an id', async () => {
    const context = await browser.person();
    const page = await signInByLink(context, ANNE, 'sign-in-link');
    await page.waitForURL(`${url}/chains`);
    const banner = page.getByRole('banner');
    await shows(banner, 'Anne Visser');
    await shows(banner, 'Woonstichting De Linde');
    const chains = await screen(page, 'principal-chains');
    expect(chains).toContain('Renovatie 48 woningen Zuiderpark');
    await shows(page.locator('.health'), 'open bevinding');
    expect(chains).not.toMatch(UUID);

    await page.getByRole('link', { name: 'Renovatie 48 woningen Zuiderpark' }).click();
    const tree = page.getByRole('list', { name: 'Keten' });
    for (const party of ['Woonstichting De Linde', 'Bouwbedrijf Van Dijk BV', 'Staalbouw Kowalski BV', 'Jan de Vries (zzp)', 'Piotr Nowak (zzp)', 'FlexBouw Uitzendbureau BV']) {
      await shows(tree, party);
    }
    await shows(tree, 'Zzp onder gezag');
    await shows(tree, 'Zzp zonder gezag');
    await shows(tree, 'Uitlening');
    expect(await screen(page, 'principal-chain-tree')).not.toMatch(UUID);

    await page.getByRole('link', { name: /^Instructies/ }).click();
    // Piotr acknowledged v1 only: down to the worker, in words
    const notCurrent = page.getByRole('row', { name: /Piotr Nowak/ });
    await shows(notCurrent, 'Oude versie (v1) bevestigd');
    expect(await screen(page, 'principal-instructions')).not.toMatch(UUID);

    await page.getByRole('link', { name: /^Open bevindingen/ }).click();
    await page.getByRole('heading', { name: /Plichthouder: Woonstichting De Linde/ }).first().waitFor();
    await shows(page.locator('.basis').first(), 'Arbobesluit');
    expect(await screen(page, 'principal-findings')).not.toMatch(UUID);

    // signing out ends the session: the app asks to sign in again, also after a reload
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { name: 'Aanmelden bij Schakel' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Aanmelden bij Schakel' }).waitFor();
  }, 120_000);

  it('story 4: the inspector opens a granted chain and the slider redraws the tree as of each moment', async () => {
    const context = await browser.person();
    const page = await signInByLink(context, INES);
    await page.waitForURL(`${url}/inspect`);
    await shows(page.getByRole('banner'), 'Ines Bakker');
    expect(await screen(page, 'inspector-grants')).not.toMatch(UUID);

    await page.getByRole('link', { name: 'Renovatie 48 woningen Zuiderpark' }).click();
    const tree = page.getByRole('list', { name: 'De keten op dat moment' });
    await shows(tree, 'FlexBouw Uitzendbureau BV');
    const slider = page.getByRole('slider', { name: 'Moment' });
    await shows(page.locator('.timeline'), 'Geïmporteerd');
    await shows(page.locator('.timeline'), 'Vastgelegd na het ongeval');
    expect(await screen(page, 'inspector-replay')).not.toMatch(UUID);

    // back to the chain's first event: only the principal; forward, the tiers appear one by one
    await slider.focus();
    await page.keyboard.press('Home');
    await shows(page.locator('.slider-readout'), 'gebeurtenis 1 van');
    await lacks(tree, 'Bouwbedrijf Van Dijk BV');
    await shows(tree, 'Woonstichting De Linde');
    await page.keyboard.press('ArrowRight');
    await shows(tree, 'Bouwbedrijf Van Dijk BV');
    await lacks(tree, 'FlexBouw Uitzendbureau BV');
    await screen(page, 'inspector-replay-start');

    // the other clock: the tree as the records said, redrawn
    await page.getByLabel('Wanneer het werd vastgelegd').check();
    await shows(page.locator('.slider-readout'), 'gebeurtenis');
    await page.keyboard.press('End');
    await slider.focus();
    await page.keyboard.press('End');
    await shows(tree, 'FlexBouw Uitzendbureau BV');

    // the readable report opens with the session cookie
    const report = await context.request.get(`${url}/reports/chains/${demo.chainId}/replay.html`);
    expect(report.status()).toBe(200);
  }, 120_000);

  it('a worker on a phone (360×640) reads his instruction in Polish and acknowledges it himself', async () => {
    const context = await browser.person({ width: 360, height: 640 });
    const page = await signInByLink(context, PIOTR);
    await page.waitForURL(`${url}/my`);
    // his one instruction (its title follows the language he reads it in)
    const card = page.locator('.worker-card').filter({ hasText: 'Renovatie 48 woningen Zuiderpark' });
    await shows(card, 'Werken op hoogte');
    await shows(card, 'Oude versie (v1) bevestigd');
    await page.getByRole('button', { name: 'PL' }).click();
    await shows(card.locator('.instruction-text'), 'rusztowa');
    expect(await screen(page, 'worker-instructions')).not.toMatch(UUID);
    // meanwhile the principal has the chain's instructions open: Piotr is among those behind
    const principal = await signInByLink(await browser.person(), ANNE);
    await principal.getByRole('link', { name: 'Renovatie 48 woningen Zuiderpark' }).click();
    await principal.getByRole('link', { name: /^Instructies/ }).click();
    const behind = principal.locator('article.panel').first();
    await shows(behind, 'Piotr Nowak');
    await principal.waitForLoadState('networkidle');

    await page.getByRole('button', { name: 'Gelezen en begrepen' }).click();
    await shows(card, 'Bevestigd');
    await lacks(card, 'Oude versie');
    // live: her open screen hears the log (graphql-ws) and redraws without a click or a reload
    await lacks(behind, 'Piotr Nowak');
    // the chain records his own act in Polish: the principal's view shows no one missing any more
    const status = await api.gql<{ chain: { instructions: { status: { workerId: string | null; status: string; channel: string | null }[] }[] } }>(
      'query($id: ID!) { chain(id: $id) { instructions { status { workerId status channel } } } }',
      { id: demo.chainId },
      api.token({ party: demo.parties.principal.id, role: 'MANAGER' }),
    );
    const mine = status.data!.chain.instructions.flatMap((i) => i.status).find((s) => s.workerId === Object.values(demo.workers).find((w) => w.name === 'Piotr Nowak')!.id);
    expect(mine).toEqual({ workerId: expect.any(String), status: 'CURRENT', channel: 'OWN_ACCOUNT' });
  }, 120_000);

  it('the inspector downloads the PDF report and the evidence bundle: the screen counts the log as the server reads it, then saves the file', async () => {
    // a longer log (a busy chain of someone else's): the server reads all of it for either file
    await writeBenchChain(api.store, 3_000);
    const context = await browser.person();
    const page = await signInByLink(context, INES);
    await page.waitForURL(`${url}/inspect`);
    await page.getByRole('link', { name: 'Renovatie 48 woningen Zuiderpark' }).click();
    const [pdf, bundle] = [page.locator('.progress-download').nth(0), page.locator('.progress-download').nth(1)];
    const savedPdf = page.waitForEvent('download');
    await pdf.getByRole('button', { name: 'Rapport als PDF' }).click();
    const pdfFile = readFileSync((await (await savedPdf).path())!);
    expect(pdfFile.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await savedPdf).suggestedFilename()).toBe('schakel-replay-report.pdf');
    await shows(pdf.getByRole('status'), 'Klaar:');

    // the file comes over a slow line (about fifteen seconds for its size), so its progress stays on
    // screen a while: the bar and how much of the file has come, photographed and checked
    const plain = await fetch(`${url}/reports/chains/${demo.chainId}/evidence-bundle.json`, {
      headers: { authorization: `Bearer ${api.token({ party: demo.parties.principal.id, role: 'MANAGER' })}` },
    });
    const bytes = (await plain.arrayBuffer()).byteLength;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: Math.ceil(bytes / 15), uploadThroughput: -1 });
    const savedBundle = page.waitForEvent('download', { timeout: 60_000 });
    await bundle.getByRole('button', { name: 'Bewijsbundel maken' }).click();
    const status = bundle.getByRole('status');
    await shows(status, 'Bestand ontvangen:');
    await page.screenshot({ path: join(shots, 'inspector-download-progress.png') });
    expect(await bundle.getByRole('progressbar', { name: 'Bewijsbundel maken' }).getAttribute('max')).toMatch(/^\d+$/);
    expect(await seriousViolations(page)).toEqual([]);
    const file = JSON.parse(readFileSync((await (await savedBundle).path())!, 'utf8'));
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const key = (await api.gql('{ evidencePublicKey { pem } }')).data!.evidencePublicKey.pem as string;
    expect(verifyEvidenceBundle(file, { publicKeyPem: key })).toMatchObject({ ok: true });
    // the count on screen is the server's: the events it read, as many as the tree the bundle is signed over
    const nl = (n: number) => new Intl.NumberFormat('nl').format(n);
    await shows(status, `Klaar: ${nl(file.checkpoint.treeSize as number)} gebeurtenissen gelezen`);
    expect(await screen(page, 'inspector-downloaded')).not.toMatch(UUID);
  }, 180_000);
});
