import type { Locator, Page } from 'playwright-core';
import type { ApiHarness } from '@schakel/api-harness';
import { tierParent, writeBenchChain, type BenchChain } from '../bench/chain-history';
import { browserTestsRun, screenshotFolder, startBrowser, type Browser } from '../support/browser';
import { checkScreen, eventually, shows, lacks, signInByLink as signIn, serveWebApp, type ServedWebApp } from '../support/browser-steps';

const ANNE = 'anne.visser@delinde.test';
const INES = 'ines.bakker@nla.test';
/** Parties in the long chain: more than one page of its tree (100 rows). */
const PARTIES = 130;
/** Events in the long history: more than one page of the timeline (500 entries). */
const EVENTS = 620;

const REGISTER_PARTY = 'mutation($input: RegisterPartyInput!) { registerParty(input: $input) { partyId } }';
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationId } }';

// Issue 13's two honesty faults, in a real browser: a chain larger than one page of its tree says how many
// parties it shows of how many and shows the rest on request; the inspector's slider spans a history longer
// than one page of the timeline and reaches its last event.
(browserTestsRun() ? describe : describe.skip)('long chains in the browser: the tree pages, the slider spans the whole history', () => {
  let api: ApiHarness;
  let browser: Browser;
  let served: ServedWebApp;
  let url: string;
  let chainId: string;
  let treeNames: string[];
  let history: BenchChain;
  const shots = screenshotFolder();
  const admin = () => api.token({ role: 'ADMIN' });

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const answer = await api.gql<T>(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }
  const register = async (name: string) => (await ok<{ registerParty: { partyId: string } }>(REGISTER_PARTY, { input: { name, kind: 'ORGANISATION', kvkNumber: null } }, admin())).registerParty.partyId;

  beforeAll(async () => {
    served = await serveWebApp();
    ({ api, url } = served);
    // a chain of PARTIES parties through the API, nine below each party, tier by tier
    const parties: string[] = [];
    for (let k = 0; k < PARTIES; k++) parties.push(await register(k === 0 ? 'Woonstichting De Linde' : `Onderaannemer ${k} BV`));
    const manager = (party: string) => api.token({ party, role: 'MANAGER' });
    chainId = (await ok<{ openChain: { chainId: string } }>(
      'mutation($input: OpenChainInput!) { openChain(input: $input) { chainId } }',
      { input: { name: 'Renovatie Zuiderpark', description: 'Lange keten', siteAddress: null, principalPartyId: parties[0] } },
      manager(parties[0]),
    )).openChain.chainId;
    const startDate = new Date().toISOString().slice(0, 10);
    for (let k = 1; k < PARTIES; k++) {
      await ok('mutation($input: EngagePartyInput!) { engageParty(input: $input) { linkId } }', {
        input: { chainId, partyId: parties[k], kind: 'SUBCONTRACT', scope: `Perceel ${k}`, underAuthority: false, startDate },
      }, manager(parties[tierParent(k, 9)]));
    }
    treeNames = (await ok<{ chain: { tree: { partyName: string }[] } }>('query($id: ID!) { chain(id: $id) { tree(first: 500) { partyName } } }', { id: chainId }, manager(parties[0]))).chain.tree.map((n) => n.partyName);
    expect(treeNames).toHaveLength(PARTIES);
    await ok(INVITE, { input: { partyId: parties[0], email: ANNE, name: 'Anne Visser', role: 'MANAGER', language: 'nl', workerId: null } }, admin());

    // a history of EVENTS events written straight to the store (as the bench does), between two registered parties
    const principal = await register('Bouwbedrijf Zuiderpark BV');
    history = await writeBenchChain(api.store, EVENTS, { principal, subcontractor: await register('Steigerbouw Noord BV') });
    const nla = await register('Nederlandse Arbeidsinspectie');
    await ok('mutation($input: GrantInspectorAccessInput!) { grantInspectorAccess(input: $input) { grantId } }', {
      input: { chainId: history.chainId, inspectorPartyId: nla, validFrom: new Date(Date.now() - 86_400_000).toISOString(), validUntil: new Date(Date.now() + 86_400_000).toISOString() },
    }, manager(principal));
    await ok(INVITE, { input: { partyId: nla, email: INES, name: 'Ines Bakker', role: 'INSPECTOR', language: 'nl', workerId: null } }, admin());
    browser = await startBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const screen = (page: Page, name: string) => checkScreen(page, name, shots);
  /** The locator's whole text is `text` (a count, where "1" is not "619"). */
  const reads = (locator: Locator, text: string) => eventually(async () => expect((await locator.innerText()).trim()).toBe(text));

  it('a tree larger than one page says how many parties it shows of how many, and shows the rest on request', async () => {
    const page = await signIn(api, await browser.person(), ANNE);
    await page.goto(`${url}/chains/${chainId}`);
    const tree = page.getByRole('list', { name: 'Keten' });
    const count = page.locator('.tree-count');
    await shows(count, `100 van ${PARTIES} partijen getoond`);
    await eventually(async () => expect(await tree.locator('> li').count()).toBe(100));
    await shows(tree, treeNames[99]);
    await lacks(tree, treeNames[100]);
    await screen(page, 'principal-chain-tree-paged');

    await page.getByRole('button', { name: `Toon er nog ${PARTIES - 100}` }).click();
    await shows(tree, treeNames[PARTIES - 1]);
    await shows(count, `${PARTIES} van ${PARTIES} partijen getoond`);
    await eventually(async () => expect(await tree.locator('> li').count()).toBe(PARTIES));
    // every party once, in the API's order (depth first)
    expect(await tree.locator('> li .tree-party').allInnerTexts()).toEqual(treeNames);
    await expect(page.getByRole('button', { name: /^Toon er nog/ }).count()).resolves.toBe(0);
    await screen(page, 'principal-chain-tree-all');
  }, 240_000);

  it(`the slider spans a history of ${EVENTS} events on either clock and reaches its last`, async () => {
    const page = await signIn(api, await browser.person(), INES);
    await page.goto(`${url}/inspect/${history.chainId}`);
    const slider = page.getByRole('slider', { name: 'Moment' });
    const readout = page.locator('.slider-readout');
    const eventsUntilThen = page.locator('dl.facts dd').first();
    // it opens at the chain's now: its last event, the 620th
    await shows(readout, `gebeurtenis ${EVENTS} van ${EVENTS}`);
    await expect(slider.getAttribute('max')).resolves.toBe(String(EVENTS - 1));
    await reads(eventsUntilThen, String(EVENTS));
    // the last event happened 619 minutes after 2024-01-01 00:00 UTC: 11:19 in Amsterdam
    await shows(readout, '11:19');
    await shows(page.locator('.timeline-now'), '11:19');
    await shows(page.locator('.columns'), `Gebeurtenissen 501 tot en met ${EVENTS} van ${EVENTS}`);
    await screen(page, 'inspector-replay-long');

    // to the first event and back to the last, across the timeline's pages
    await slider.focus();
    await page.keyboard.press('Home');
    await shows(readout, `gebeurtenis 1 van ${EVENTS}`);
    await reads(eventsUntilThen, '1');
    await shows(page.locator('.columns'), `Gebeurtenissen 1 tot en met 500 van ${EVENTS}`);
    await page.keyboard.press('End');
    await shows(readout, `gebeurtenis ${EVENTS} van ${EVENTS}`);
    await reads(eventsUntilThen, String(EVENTS));
    await page.keyboard.press('ArrowLeft');
    await shows(readout, `gebeurtenis ${EVENTS - 1} van ${EVENTS}`);
    await reads(eventsUntilThen, String(EVENTS - 1));

    // the other clock: the records' order, the same length, and its last event too
    await page.getByLabel('Wanneer het werd vastgelegd').check();
    await shows(readout, `gebeurtenis ${EVENTS} van ${EVENTS}`);
    await reads(eventsUntilThen, String(EVENTS));
    await slider.focus();
    await page.keyboard.press('Home');
    await shows(readout, `gebeurtenis 1 van ${EVENTS}`);
    await page.keyboard.press('End');
    await shows(readout, `gebeurtenis ${EVENTS} van ${EVENTS}`);
    await reads(eventsUntilThen, String(EVENTS));
    await screen(page, 'inspector-replay-long-recorded');
  }, 240_000);
});
