import { startApi, type ApiHarness } from '@schakel/api-harness';
import { daysAgo, ok, type Member, type WorkerMember } from './chain-story';

// docs/domain.md story 7, the loading dock, end to end over GraphQL: a shipper (principal) contracts a
// logistics firm, which subcontracts a haulier, whose zzp driver works under its gezag. The shipper's
// dock instruction must reach the driver before his first loading (CHAIN-SITE-INSTRUCTION); a fall
// from the dock is the haulier's report to make, as the driver's Arbo employer; the shipper sees it all.

const FINDINGS = `query F($chainId: ID!, $asOf: DateTime) {
  findings(chainId: $chainId, asOf: $asOf) { ruleId partyIds arisenAt resolvedAt explanation basis { article kind } }
}`;
type Row = { ruleId: string; partyIds: string[]; resolvedAt: string | null; explanation: string; basis: { article: string; kind: string } };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;

describe('story 7: transport, the loading dock', () => {
  let api: ApiHarness;
  let shipper: Member;
  let logistics: Member;
  let haulier: Member;
  let driver: Member;
  let kees: WorkerMember;
  let chainId: string;
  let driverLink: string;
  const links: Record<string, string> = {};

  const findings = async (asOf?: string): Promise<Row[]> => {
    const res = await api.gql(FINDINGS, { chainId, asOf }, shipper.token);
    expect(res.errors).toBeUndefined();
    return res.data!.findings as Row[];
  };
  const summary = (rows: Row[]) => rows.map((f) => `${f.ruleId}:${f.partyIds.map(nameOf).join('+')}:${f.resolvedAt ? 'resolved' : 'open'}`).sort();
  const nameOf = (id: string) => ({ [shipper.id]: 'shipper', [logistics.id]: 'logistics', [haulier.id]: 'haulier', [driver.id]: 'driver' })[id] ?? id;

  beforeAll(async () => {
    api = await startApi();
    const admin = api.token({ user: 'admin' });
    const party = async (name: string, kind: 'ORGANISATION' | 'PERSON', kvkNumber: string | null): Promise<Member> => {
      const { partyId } = await ok(api, 'registerParty', { kind, name, kvkNumber }, admin);
      return { id: partyId as string, token: api.token({ party: partyId as string, role: 'MANAGER' }) };
    };
    shipper = await party('Verlader Distributie BV', 'ORGANISATION', '41098765');
    logistics = await party('Logistiek Midden BV', 'ORGANISATION', '52098765');
    haulier = await party('Transportbedrijf De Vries', 'ORGANISATION', '63098765');
    driver = await party('Kees Bakker (zzp)', 'PERSON', '74098765');
    const { workerId } = await ok(api, 'registerWorker', { partyId: driver.id, name: 'Kees Bakker', languages: ['nl'], relation: 'SELF' }, driver.token);
    kees = { id: workerId as string, partyId: driver.id, token: api.token({ party: driver.id, role: 'WORKER', worker: workerId as string }) };

    const opened = await ok(
      api,
      'openChain',
      { name: 'Distributiecentrum Tilburg, dock 4', description: 'Belading trailers', siteAddress: 'Dockweg 4, Tilburg', principalPartyId: shipper.id, sector: 'TRANSPORT' },
      shipper.token,
    );
    chainId = opened.chainId as string;
    const engage = async (by: Member, to: Member, kind: string, scope: string, underAuthority = false) =>
      (await ok(api, 'engageParty', { chainId, partyId: to.id, kind, scope, underAuthority, startDate: '2026-09-01' }, by.token)).linkId as string;
    links.logistics = await engage(shipper, logistics, 'SUBCONTRACT', 'Vervoer naar winkels');
    links.haulier = await engage(logistics, haulier, 'SUBCONTRACT', 'Ritten regio Zuid');
    driverLink = await engage(haulier, driver, 'SELF_EMPLOYED', 'Chauffeur', true);
  }, 60_000);
  afterAll(() => api?.close());

  it('the dock instruction did not reach the driver before his first loading: the shipper, in charge of the dock, is flagged by name', async () => {
    const issued = await ok(
      api,
      'issueSafetyInstruction',
      {
        chainId,
        content: [{ language: 'nl', title: 'Dockinstructie dock 4', body: 'Wielkeggen plaatsen; niet op de dockplaat staan tijdens het rijden van de heftruck.' }],
        topics: ['SITE_INSTRUCTION', 'LOADING'],
      },
      shipper.token,
    );
    const instructionId = issued.instructionId as string;
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.logistics }, shipper.token);
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: links.haulier }, logistics.token);
    // the haulier forgets to pass it to its driver, who starts loading
    await ok(api, 'startWork', { chainId, linkId: driverLink, workerPartyId: driver.id, workerId: kees.id, topics: ['LOADING'] }, haulier.token);

    const rows = await findings();
    expect(summary(rows)).toEqual(
      [
        'CHAIN-SITE-INSTRUCTION:shipper:open',
        // the haulier broke the flow down, and as the gezag holder it is the driver's Arbo employer
        'CHAIN-FLOWDOWN:haulier:open',
        'NL-ARBO-8-INSTRUCTION:haulier:open',
      ].sort(),
    );
    const site = rows.find((f) => f.ruleId === 'CHAIN-SITE-INSTRUCTION')!;
    expect(site.basis).toEqual({ article: 'Arbowet 19 (cooperation)', kind: 'CERTIFICATION_OR_CONTRACT' });
    expect(site.explanation).toContain('Verlader Distributie BV');
    expect(site.explanation).toContain('Kees Bakker (zzp)');
    // a transport chain is no building site: no coordinator, plan or notice findings
    for (const f of rows) {
      expect(f.ruleId).not.toMatch(/^NL-BOUW-/);
      expect(f.explanation).not.toMatch(UUID);
    }

    // passed on, and acknowledged by the driver on his phone: all resolved
    await ok(api, 'passDownInstruction', { chainId, instructionId, linkId: driverLink }, haulier.token);
    await ok(api, 'acknowledgeInstruction', { chainId, instructionId, version: 1, workerId: kees.id, language: 'nl' }, kees.token);
    expect(summary(await findings())).toEqual(['CHAIN-FLOWDOWN:haulier:resolved', 'CHAIN-SITE-INSTRUCTION:shipper:resolved', 'NL-ARBO-8-INSTRUCTION:haulier:resolved']);
  });

  it('a fall from the dock is the haulier\'s report to make; the shipper that recorded it must tell the haulier', async () => {
    const before = new Set(summary(await findings()));
    const incident = await ok(
      api,
      'reportIncident',
      {
        chainId,
        kind: 'ACCIDENT',
        happenedAt: daysAgo(2),
        location: 'Dock 4',
        description: 'Val van de dockplaat bij het beladen',
        topics: ['LOADING'],
        victim: { partyId: driver.id, workerId: kees.id, linkId: driverLink },
        severity: 'HOSPITAL_ADMISSION',
      },
      shipper.token,
    );
    const incidentId = incident.incidentId as string;
    const added = (rows: Row[]) => summary(rows).filter((s) => !before.has(s));
    // recorded now, two days after the fall: the shipper's notice to the haulier is not yet due
    expect(added(await findings())).toEqual(['NL-ARBO-9-REPORT:haulier:open']);
    const inTwoDays = new Date(Date.now() + 2 * 24 * 3600_000).toISOString();
    expect(added(await findings(inTwoDays))).toEqual(['CHAIN-INFORM-EMPLOYER:shipper:open', 'NL-ARBO-9-REPORT:haulier:open']);

    await ok(api, 'notifyIncident', { chainId, incidentId, recipientPartyId: haulier.id, channel: 'PHONE' }, shipper.token);
    await ok(api, 'notifyIncident', { chainId, incidentId, authority: 'NLA', channel: 'ONLINE', reference: 'NLA-2026-7001' }, haulier.token);
    const rows = await findings(inTwoDays);
    expect(added(rows)).toEqual(['NL-ARBO-9-REPORT:haulier:resolved']);
    expect(rows.find((f) => f.ruleId === 'NL-ARBO-9-REPORT')!.explanation).toContain('Transportbedrijf De Vries, the Arbo employer');
    // nothing is ever laid on the driver
    for (const f of rows) expect(f.partyIds).not.toContain(driver.id);

    // the accident is in the haulier's register, not the driver's
    const register = async (who: Member) => {
      const res = await api.gql('query R($p: ID!) { accidentRegister(partyId: $p) { incidentId victimRelation } }', { p: who.id }, who.token);
      expect(res.errors).toBeUndefined();
      return res.data!.accidentRegister;
    };
    expect(await register(haulier)).toEqual([{ incidentId, victimRelation: 'SELF_EMPLOYED_UNDER_AUTHORITY' }]);
    expect(await register(driver)).toEqual([]);
  });
});
