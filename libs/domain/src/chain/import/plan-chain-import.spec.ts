import { chainDecider, type ChainEvent, type ChainState } from '../../index';
import { aChain, asParty, engageParty, reportIncident } from '../../../../testing/src/builders';
import { ImportRowRejected, planChainImport, type ImportRow } from './plan-chain-import';

// Given a chain (principal → main), when the main contractor's history is planned row by row, then
// every row is decided as the party that acted then, dated as claimed — or the first bad row rejects all.
const NOW = '2026-06-01T12:00:00.000Z';
const given = (): ChainState => aChain().openedBy('principal').withLink('principal', 'main').events().reduce<ChainState>((s, e) => chainDecider.evolve(s, e as ChainEvent), chainDecider.initialState());
const importer = { userId: 'user-main', partyId: 'main' };
const row = (n: number, byPartyId: string, occurredAt: string, command: ImportRow['command']): ImportRow => ({ row: n, byPartyId, occurredAt, command });
const steelLink = row(1, 'main', '2026-03-01T08:00:00.000Z', engageParty(asParty('main'), { engagedPartyId: 'steel', linkId: 'link-main-steel' }));
const agencyLink = (by: string) =>
  row(2, by, '2026-03-05T08:00:00.000Z', engageParty(asParty(by), { engagedPartyId: 'agency', linkId: 'link-steel-agency', kind: 'LENDING' }));

function rejection(rows: ImportRow[]): ImportRowRejected {
  try {
    planChainImport(rows, given(), importer, NOW);
  } catch (error) {
    if (error instanceof ImportRowRejected) return error;
    throw error;
  }
  throw new Error('expected the import to be rejected');
}

describe('planChainImport', () => {
  it('decides each row as the party that acted then, below the importer, keeping its claimed date', () => {
    const planned = planChainImport([steelLink, agencyLink('steel')], given(), importer, NOW);
    expect(planned.map((p) => [p.row, p.occurredAt, p.event.type, (p.event.data as { fromPartyId: string }).fromPartyId])).toEqual([
      [1, '2026-03-01T08:00:00.000Z', 'PartyEngaged', 'main'],
      [2, '2026-03-05T08:00:00.000Z', 'PartyEngaged', 'steel'],
    ]);
  });

  it('rejects a row by a party above the importer, naming the row', () => {
    expect(rejection([steelLink, agencyLink('principal')])).toMatchObject({ row: 2, reason: 'IMPORT_ROW_NOT_OWN' });
  });

  it('rejects a row the decider refuses with the decider\'s code, and a date in the future', () => {
    const accident = row(
      2,
      'main',
      '2026-03-02T08:00:00.000Z',
      reportIncident(asParty('main'), { incidentId: 'i', kind: 'ACCIDENT', severity: 'ABSENCE', absenceDays: 4, happenedAt: '2026-03-02T08:00:00.000Z', victim: { partyId: 'steel', workerId: null, linkId: null } }),
    );
    expect(rejection([steelLink, accident])).toMatchObject({ row: 2, reason: 'INCIDENT_VICTIM_LINK_REQUIRED' });
    expect(rejection([{ ...steelLink, occurredAt: '2026-07-01T00:00:00.000Z' }])).toMatchObject({ row: 1, reason: 'IMPORT_DATE_INVALID' });
    expect(rejection([steelLink, agencyLink('steel')].reverse())).toMatchObject({ row: 2, reason: 'IMPORT_ROW_NOT_OWN' });
  });
});
