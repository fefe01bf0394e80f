import { startApi, type ApiHarness } from '@schakel/api-harness';
import { buildStory1, ok, registerCast, type Cast, type ChainOfStory1 } from './chain-story';

// The principal's chart of findings per month and duty bearer, over GraphQL: counted on the server
// over every finding (never a page of them), the month taken in Dutch time, and bad input refused.

const PER_MONTH = `query M($chainId: ID!, $months: Int!) { findingsPerMonth(chainId: $chainId, months: $months) { months covered total bars { month partyId partyName opened resolved } } }`;
const FINDINGS = `query F($chainId: ID!) { findings(chainId: $chainId, first: 500) { ruleId partyIds arisenAt resolvedAt } }`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const amsterdamMonth = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' }).format(new Date(iso));

type PerMonth = { months: string[]; covered: number; total: number; bars: { month: string; partyId: string; partyName: string | null; opened: number; resolved: number }[] };
type Finding = { ruleId: string; partyIds: string[]; arisenAt: string; resolvedAt: string | null };

describe('findings per month over GraphQL', () => {
  let api: ApiHarness;
  let cast: Cast;
  let chain: ChainOfStory1;
  const perMonth = async (months = 12) => {
    const res = await api.gql<{ findingsPerMonth: PerMonth }>(PER_MONTH, { chainId: chain.chainId, months }, cast.principal.token);
    expect(res.errors).toBeUndefined();
    return res.data!.findingsPerMonth;
  };
  const findings = async () => (await api.gql<{ findings: Finding[] }>(FINDINGS, { chainId: chain.chainId }, cast.principal.token)).data!.findings;

  beforeAll(async () => {
    api = await startApi();
    cast = await registerCast(api);
    chain = await buildStory1(api, cast);
    // above the notice thresholds and started: the principal owes the prior notice
    await ok(api, 'describeConstructionProject', { chainId: chain.chainId, estimatedWorkingDays: 120, peakSimultaneousWorkers: 25, personDays: 2400, plannedSiteStart: day(-3) }, cast.principal.token);
  }, 60_000);
  afterAll(() => api?.close());

  it('counts every finding the principal may read, per month in Dutch time and per party it names, with names', async () => {
    const all = await findings();
    const answer = await perMonth();
    expect(answer.months).toHaveLength(12);
    expect(answer.months[11]).toBe(amsterdamMonth(new Date().toISOString()));
    expect(answer.total).toBe(all.length);
    expect(answer.covered).toBe(all.length);
    const thisMonth = answer.months[11];
    const opened = answer.bars.filter((b) => b.month === thisMonth && b.partyId === cast.principal.id);
    expect(opened).toEqual([
      {
        month: thisMonth,
        partyId: cast.principal.id,
        partyName: expect.any(String),
        opened: all.filter((f) => f.partyIds.includes(cast.principal.id) && amsterdamMonth(f.arisenAt) === thisMonth).length,
        resolved: 0,
      },
    ]);
    expect(opened[0].opened).toBeGreaterThan(0);
    expect(answer.bars.every((b) => b.partyName !== null && !/^[0-9a-f-]{36}$/.test(b.partyName))).toBe(true);
  });

  it('counts a resolved finding in the month it was resolved', async () => {
    const before = await perMonth();
    const principalBar = (answer: PerMonth) => answer.bars.find((b) => b.month === answer.months[11] && b.partyId === cast.principal.id)!;
    await ok(api, 'fileConstructionNotice', { chainId: chain.chainId, reference: 'NLA-VM-2026-77' }, cast.principal.token);
    const after = await perMonth();
    expect(principalBar(after)).toMatchObject({ opened: principalBar(before).opened, resolved: principalBar(before).resolved + 1 });
    expect((await findings()).filter((f) => f.ruleId === 'NL-BOUW-VOORMELDING' && f.resolvedAt !== null)).toHaveLength(1);
  });

  it.each([0, 25, -1])('refuses months: %p with FINDING_MONTHS_INVALID', async (months) => {
    const res = await api.gql(PER_MONTH, { chainId: chain.chainId, months }, cast.principal.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FINDING_MONTHS_INVALID' });
  });

  it('shows an outsider nothing of the chain', async () => {
    const res = await api.gql(PER_MONTH, { chainId: chain.chainId, months: 12 }, cast.outsider.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
