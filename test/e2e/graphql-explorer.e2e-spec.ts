import request from 'supertest';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { freePort } from '../support/api-process';
import { browserTestsRun, seriousViolations, startBrowser, type Browser } from '../support/browser';

// /graphql in a browser: the API's own query runner, with nothing fetched from another host (Apollo's and
// GraphiQL's landing pages load their code from a CDN that an offline or proxied site cannot reach).
describe('the GraphQL explorer at /graphql', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());
  const server = () => api.app.getHttpServer();

  it('answers a browser with a page whose scripts and styles all come from this server, under the strict policy', async () => {
    const page = await request(server()).get('/graphql').set('accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    const references = [...page.text.matchAll(/\b(?:src|href)="([^"]+)"/g)].map(([, url]) => url);
    expect(references).toEqual(expect.arrayContaining(['/graphql/explorer.js', '/graphql/explorer.css']));
    expect(references.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
    expect(page.text).not.toMatch(/<script>|on(click|load)=/); // no inline script: the policy would block it
    for (const [path, type] of [['/graphql/explorer.js', 'javascript'], ['/graphql/explorer.css', 'css']]) {
      const asset = await request(server()).get(path);
      expect([asset.status, asset.headers['content-type']]).toEqual([200, expect.stringContaining(type)]);
      expect(asset.text).not.toMatch(/https?:\/\//);
    }
  });

  it('leaves GraphQL itself alone: POST and a GET with a query still reach it', async () => {
    const post = await api.gql('{ __typename }');
    expect(post.data).toEqual({ __typename: 'Query' });
    const get = await request(server()).get('/graphql').query({ query: '{ __typename }' }).set('accept', 'application/json').set('apollo-require-preflight', '1');
    expect(get.body).toEqual({ data: { __typename: 'Query' } });
  });
});

(browserTestsRun() ? describe : describe.skip)('the GraphQL explorer in a browser', () => {
  let api: ApiHarness;
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = await startApi();
    await api.app.listen(port, '127.0.0.1');
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('runs a mutation with a pasted token and a query from the list of operations, loading nothing from elsewhere', async () => {
    const person = await browser.person();
    const page = await person.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(url)) foreign.push(r.url());
    });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(`${url}/graphql`);
    await page.getByRole('button', { name: 'mutation registerParty' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Bearer token').fill(api.token({ role: 'ADMIN' }));
    await page.getByLabel('Query', { exact: true }).fill('mutation Register($name: String!) { registerParty(input: { name: $name, kind: ORGANISATION, kvkNumber: "12345678" }) { partyId } }');
    await page.getByLabel('Variables (JSON)').fill('{ "name": "Bouwbedrijf Explorer" }');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByText('"partyId"').waitFor();
    expect(await page.getByRole('status').innerText()).toBe('HTTP 200');
    const found = await api.gql('query { searchParties(query: "Explorer") { name } }', {}, api.token({ role: 'ADMIN' }));
    expect(found.data).toEqual({ searchParties: [{ name: 'Bouwbedrijf Explorer' }] });

    await page.getByRole('button', { name: 'query chains', exact: true }).click();
    expect(await page.getByLabel('Query', { exact: true }).inputValue()).toBe('query {\n  chains\n}\n');
    await page.getByLabel('Variables (JSON)').fill('{ not json');
    await page.getByRole('button', { name: 'Run' }).click();
    expect(await page.getByRole('status').innerText()).toContain('not valid JSON');

    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);
});
