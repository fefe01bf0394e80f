import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { ApiHarness } from '@schakel/api-harness';
import { runDemoStory, type DemoResult } from '../../apps/cli/src/demo/demo-story';
import { runStory3 } from '../../apps/cli/src/demo/demo-story-3';
import { runStory4 } from '../../apps/cli/src/demo/demo-story-4';
import { GraphqlClient } from '../../apps/cli/src/demo/graphql-client';
import { LiveFeed } from '../../apps/api/src/live/live-feed';
import { browserTestsRun, screenshotFolder, seriousViolations, startBrowser, type Browser } from '../support/browser';
import { checkScreen, eventually, shows, signInByLink, serveWebApp, type ServedWebApp } from '../support/browser-steps';

const ANNE = 'anne.visser@delinde.test';
const INES = 'ines.bakker@nla.test';
const CHAIN = 'Renovatie 48 woningen Zuiderpark';
const VOORMELDING = 'NL-BOUW-VOORMELDING';

type ApiFinding = { ruleId: string; title: string; partyIds: string[]; arisenAt: string; resolvedAt: string | null };
type Mark = { step: number; type: string; flags: string[] };

/** The calendar month of an instant on the clock of Amsterdam, as YYYY-MM. */
const amsterdamMonth = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' }).format(new Date(iso));
/** A month key as the chart's table names it in Dutch ("december 2026"). */
const monthWords = (month: string) => {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('nl', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, number - 1, 15)));
};
/** The last twelve months up to this one, on the clock of Amsterdam. */
const lastTwelveMonths = () => {
  const [year, month] = amsterdamMonth(new Date().toISOString()).split('-').map(Number);
  return new Set(Array.from({ length: 12 }, (_, i) => {
    const back = new Date(Date.UTC(year, month - 1 - i, 1));
    return `${back.getUTCFullYear()}-${String(back.getUTCMonth() + 1).padStart(2, '0')}`;
  }));
};

/** The rows of a table as "cell | cell | …", sorted. */
async function rowsOf(table: Locator): Promise<string[]> {
  const rows = table.locator('tbody tr');
  const texts: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) texts.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((cell) => cell.trim()).join(' | '));
  return texts.sort();
}

// The two pictures of issue 13 and the live findings screen, in Debian's Chromium against a real API
// on SQLite with the demo's stories 1–4: the principal's findings per month and per duty bearer (each
// bar checked against the findings the API holds), the findings screen changing by itself when another
// session resolves one, and the inspector's strip of the history whose marks move the replay.
(browserTestsRun() ? describe : describe.skip)('charts and live findings in the web app', () => {
  let api: ApiHarness;
  let browser: Browser;
  let served: ServedWebApp;
  let url: string;
  let demo: DemoResult;
  const shots = screenshotFolder();
  const admin = () => api.token({ role: 'ADMIN' });
  const principal = () => api.token({ party: demo.parties.principal.id, role: 'MANAGER' });
  const screen = (page: Page, name: string) => checkScreen(page, name, shots);

  /** The chain's findings as the API holds them (all of them: a page far larger than the demo's), worded in Dutch. */
  async function apiFindings(): Promise<ApiFinding[]> {
    const res = await api.gql<{ findings: ApiFinding[] }>(
      'query($chainId: ID!) { findings(chainId: $chainId, first: 500, language: "nl") { ruleId title partyIds arisenAt resolvedAt } }',
      { chainId: demo.chainId },
      principal(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.findings.length).toBeLessThan(500);
    return res.data!.findings;
  }

  /** What the chart's table must say: per month of the last twelve and party named, how many arose and were resolved. */
  async function expectedRows(): Promise<string[]> {
    const names = await api.gql<{ chain: { parties: { id: string; name: string }[] } }>('query($id: ID!) { chain(id: $id) { parties { id name } } }', { id: demo.chainId }, principal());
    const nameOf = new Map(names.data!.chain.parties.map((p) => [p.id, p.name]));
    const months = lastTwelveMonths();
    const cells = new Map<string, { opened: number; resolved: number }>();
    const cell = (month: string, party: string) => {
      const key = `${monthWords(month)} | ${nameOf.get(party)}`;
      const found = cells.get(key) ?? { opened: 0, resolved: 0 };
      cells.set(key, found);
      return found;
    };
    for (const finding of await apiFindings()) {
      for (const party of new Set(finding.partyIds)) {
        if (months.has(amsterdamMonth(finding.arisenAt))) cell(amsterdamMonth(finding.arisenAt), party).opened += 1;
        if (finding.resolvedAt && months.has(amsterdamMonth(finding.resolvedAt))) cell(amsterdamMonth(finding.resolvedAt), party).resolved += 1;
      }
    }
    return [...cells.entries()].map(([key, c]) => `${key} | ${c.opened} | ${c.resolved}`).sort();
  }

  beforeAll(async () => {
    served = await serveWebApp();
    ({ api, url } = served);
    const client = new GraphqlClient(`${url}/graphql`);
    const mint = (who: { party?: string; role: string; worker?: string }) => api.token(who as never);
    demo = await runDemoStory(client, mint, new Date().toISOString().slice(0, 10));
    await runStory3(client, mint, demo);
    const story4 = await runStory4(client, mint, demo, null, () => undefined, join(served.webDir, 'demo-out'));
    for (const [email, name, partyId, role] of [
      [ANNE, 'Anne Visser', demo.parties.principal.id, 'MANAGER'],
      [INES, 'Ines Bakker', story4.inspectorPartyId, 'INSPECTOR'],
    ]) {
      const invited = await api.gql(
        'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationId } }',
        { input: { partyId, email, name, role, language: 'nl', workerId: null } },
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

  it('the principal sees findings per month and per duty bearer, counted over every finding the API holds', async () => {
    const context: BrowserContext = await browser.person();
    const page = await signInByLink(api, context, ANNE);
    await page.getByRole('link', { name: CHAIN }).click();
    await page.getByRole('link', { name: /^Open bevindingen/ }).click();
    const chart = page.getByRole('figure', { name: 'Bevindingen per maand en plichthouder' });
    const all = await apiFindings();
    expect(all.length).toBeGreaterThan(0);
    // the caption says how many findings the bars cover: those that arose or were resolved in the last twelve months
    const months = lastTwelveMonths();
    const covered = all.filter((f) => months.has(amsterdamMonth(f.arisenAt)) || (f.resolvedAt !== null && months.has(amsterdamMonth(f.resolvedAt)))).length;
    await shows(chart, `Telt ${covered} van de ${all.length} bevindingen`);
    await chart.getByRole('img').waitFor();
    await screen(page, 'principal-findings-months');

    await chart.getByText('Toon als tabel').click();
    const table = chart.getByRole('table');
    await eventually(async () => expect(await rowsOf(table)).toEqual(await expectedRows()));
    expect(await seriousViolations(page)).toEqual([]);
    // the picture's text alternative says the same numbers in words
    const label = (await chart.getByRole('img').getAttribute('aria-label')) ?? '';
    expect(label).toContain('Woonstichting De Linde');
    expect(label).toMatch(/\d+ ontstaan, \d+ opgelost/);
    await context.close();
  }, 120_000);

  it('the findings screen changes by itself when another session resolves a finding (findingChanged)', async () => {
    const open = (await apiFindings()).find((f) => f.ruleId === VOORMELDING && f.resolvedAt === null);
    expect(open).toBeDefined();
    const feed = api.app.get(LiveFeed);
    // what listens already (the earlier screens' connections end in their own time): steady for a second
    let before = -1;
    await eventually(async () => {
      const now = feed.listening();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(feed.listening()).toBe(now);
      before = now;
    }, 30_000);
    const context = await browser.person();
    const page = await signInByLink(api, context, ANNE);
    await page.getByRole('link', { name: CHAIN }).click();
    await page.getByRole('link', { name: /^Open bevindingen/ }).click();
    const group = page.locator('article.panel').filter({ hasText: open!.title });
    await group.first().waitFor();
    const chart = page.getByRole('figure', { name: 'Bevindingen per maand en plichthouder' });
    await chart.getByText('Toon als tabel').click();
    // the screen follows the chain and its findings (two subscriptions) before the other session writes
    await eventually(async () => expect(feed.listening()).toBeGreaterThanOrEqual(before + 2));

    // another session: the principal's colleague files the prior notice with the NLA, over the API
    const filed = await api.gql(
      'mutation($input: FileConstructionNoticeInput!) { fileConstructionNotice(input: $input) { eventIds } }',
      { input: { chainId: demo.chainId, reference: 'NLA-VM-2026-0413' } },
      principal(),
    );
    expect(filed.errors).toBeUndefined();

    // within seconds, without a reload: said in the status line, gone from the open findings, counted as resolved
    const status = page.getByRole('status').filter({ hasText: 'Bevinding opgelost' });
    await shows(status, `Bevinding opgelost: ${open!.title} — plichthouder Woonstichting De Linde`);
    await eventually(async () => expect(await group.count()).toBe(0));
    expect((await apiFindings()).find((f) => f.ruleId === VOORMELDING)?.resolvedAt).toEqual(expect.any(String));
    await eventually(async () => expect(await rowsOf(chart.getByRole('table'))).toEqual(await expectedRows()));
    await screen(page, 'principal-findings-live');
    await context.close();
  }, 120_000);

  it('the inspector reads the history as a strip and a mark moves the replay to its moment, by mouse and by keyboard', async () => {
    const marks = await api.gql<{ timeline: { total: number }; marked: { total: number; entries: Mark[] } }>(
      `query($chainId: ID!) {
        timeline(chainId: $chainId, clock: OCCURRED) { total }
        marked: timeline(chainId: $chainId, clock: OCCURRED, filter: { marked: true }) { total entries { step type flags } }
      }`,
      { chainId: demo.chainId },
      principal(),
    );
    expect(marks.errors).toBeUndefined();
    const { total } = marks.data!.timeline;
    const entries = marks.data!.marked.entries;
    const incidents = entries.filter((e) => e.type === 'IncidentReported');
    expect(incidents.length).toBeGreaterThan(0);
    expect(entries.some((e) => e.flags.includes('RECORDED_AFTER_INCIDENT'))).toBe(true);

    const context = await browser.person();
    const page = await signInByLink(api, context, INES);
    await page.getByRole('link', { name: CHAIN }).click();
    const strip = page.getByRole('toolbar', { name: 'Markeringen op de tijdlijn' });
    await strip.waitFor();
    // a mark per incident and per flag, as many as the API holds
    const inLane = (lane: string) => entries.filter((e) => (lane === 'INCIDENT' ? e.type === 'IncidentReported' : e.flags.includes(lane))).length;
    for (const lane of ['INCIDENT', 'RECORDED_AFTER_INCIDENT', 'LATE_ENTRY', 'PROXY', 'IMPORTED']) {
      await eventually(async () => expect({ lane, marks: await strip.locator(`.strip-mark.strip-${lane}`).count() }).toEqual({ lane, marks: inLane(lane) }));
    }
    await shows(page.locator('.timeline-strip figcaption'), `${entries.length} markeringen`);
    await screen(page, 'inspector-timeline-strip');

    // the mouse: the last incident's mark (drawn on top of any close to it) puts the slider on that entry
    await strip.locator('.strip-mark.strip-INCIDENT').last().click();
    await shows(page.locator('.slider-readout'), `gebeurtenis ${incidents[incidents.length - 1].step + 1} van ${total}`);

    // the keyboard: one tab stop, End to the last mark, Enter; Home to the first
    await strip.locator('.strip-mark[tabindex="0"]').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await shows(page.locator('.slider-readout'), `gebeurtenis ${entries[entries.length - 1].step + 1} van ${total}`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await shows(page.locator('.slider-readout'), `gebeurtenis ${entries[1].step + 1} van ${total}`);
    // the same marks in a table, in words
    await page.locator('.timeline-strip').getByText('Toon als tabel').click();
    expect(await page.locator('.timeline-strip tbody tr').count()).toBe(entries.length);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
