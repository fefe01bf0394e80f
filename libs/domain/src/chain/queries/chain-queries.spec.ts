import { aChain, chainSpec, engagementEnded } from '../../../../testing/src/builders';
import { initialChainState } from '../chain.state';
import { activeLinks, isInChain, isUpstream, partiesEverInChain, partiesInChain } from './chain-links';
import { chainTreeRows } from './chain-tree';
import { canSeeChain, canSeeCheck, canSeeIncident, subjectPartyIdsIn, visibleLinks, visiblePartyIds } from './visibility';

// principal → main → {steel → {zzp-a, zzp-b, agency}, roof}; principal → steel (supply) too; steel → old (ended)
const state = () =>
  chainSpec()
    .given([
      ...aChain()
        .openedBy('principal')
        .withLink('principal', 'main')
        .withLink('main', 'steel')
        .withLink('main', 'roof')
        .withLink('steel', 'zzp-a', { kind: 'SELF_EMPLOYED' })
        .withLink('steel', 'zzp-b', { kind: 'SELF_EMPLOYED', underAuthority: true })
        .withLink('steel', 'agency', { kind: 'LENDING' })
        .withLink('principal', 'steel', { kind: 'SUPPLY' })
        .withLink('steel', 'old')
        .events(),
      engagementEnded({ linkId: 'link-steel-old', endedByPartyId: 'steel' }),
    ])
    .state();

describe('chain queries', () => {
  it('lists the parties in the chain now, and ever', () => {
    expect(partiesInChain(state())).toEqual(['principal', 'main', 'steel', 'roof', 'zzp-a', 'zzp-b', 'agency']);
    expect(partiesEverInChain(state())).toContain('old');
    expect(isInChain(state(), 'old')).toBe(false);
    expect(isInChain(state(), 'principal')).toBe(true);
    expect(activeLinks(state()).map((link) => link.linkId)).not.toContain('link-steel-old');
  });

  it('knows who is upstream of whom through active links', () => {
    const s = state();
    expect(isUpstream(s, 'principal', 'agency')).toBe(true);
    expect(isUpstream(s, 'main', 'zzp-b')).toBe(true);
    expect(isUpstream(s, 'steel', 'old')).toBe(false);
    expect(isUpstream(s, 'roof', 'steel')).toBe(false);
    expect(isUpstream(s, 'zzp-a', 'steel')).toBe(false);
    expect(isUpstream(s, 'steel', 'steel')).toBe(false);
  });

  it('shows the principal every tier, and any other party itself, who engaged it, and everything below it', () => {
    const s = state();
    expect(visiblePartyIds(s, 'principal')).toEqual(partiesEverInChain(s));
    expect(visiblePartyIds(s, 'steel')).toEqual(['principal', 'main', 'steel', 'zzp-a', 'zzp-b', 'agency', 'old']);
    expect(visiblePartyIds(s, 'roof')).toEqual(['main', 'roof']);
    expect(visiblePartyIds(s, 'zzp-a')).toEqual(['steel', 'zzp-a']);
    expect(visiblePartyIds(s, 'outsider')).toEqual([]);
    expect(canSeeChain(s, 'outsider')).toBe(false);
    expect(canSeeChain(s, 'old')).toBe(true);
    expect(visibleLinks(s, 'roof').map((link) => link.linkId)).toEqual(['link-main-roof']);
    expect(visibleLinks(s, 'main').map((link) => link.linkId)).toEqual([
      'link-principal-main',
      'link-main-steel',
      'link-main-roof',
      'link-steel-zzp-a',
      'link-steel-zzp-b',
      'link-steel-agency',
      'link-steel-old',
    ]);
  });

  const treeOf = (s: ReturnType<typeof state>, viewer: string, activeOnly = false) => {
    if (s.status !== 'Opened') return [];
    const links = visibleLinks(s, viewer).filter((link) => !activeOnly || link.status === 'ACTIVE');
    return chainTreeRows(links, { partyId: viewer, isPrincipal: viewer === s.principalPartyId, principalPartyId: s.principalPartyId }).map(
      (row) => `${'  '.repeat(row.depth)}${row.partyId}${row.via?.status === 'ENDED' ? ' (ended)' : ''}`,
    );
  };

  it('builds the tree of links, any depth, a party under each party that engaged it', () => {
    expect(treeOf(state(), 'principal', true)).toEqual([
      'principal',
      '  main',
      '    steel',
      '      zzp-a',
      '      zzp-b',
      '      agency',
      '    roof',
      '  steel',
      '    zzp-a',
      '    zzp-b',
      '    agency',
    ]);
    // a subcontractor's tree starts at the parties that engaged it, and shows its ended links
    expect(treeOf(state(), 'steel')).toEqual([
      'main',
      '  steel',
      '    zzp-a',
      '    zzp-b',
      '    agency',
      '    old (ended)',
      'principal',
      '  steel',
      '    zzp-a',
      '    zzp-b',
      '    agency',
      '    old (ended)',
    ]);
  });

  it('does not loop on a cycle formed with ended links', () => {
    const s = chainSpec()
      .given([
        ...aChain().openedBy('p').withLink('p', 'a').withLink('p', 'b').withLink('a', 'b').events(),
        engagementEnded({ linkId: 'link-a-b', endedByPartyId: 'a' }),
        ...aChain().withLink('b', 'a').events(),
      ])
      .state();
    expect(treeOf(s, 'p')).toEqual(['p', '  a', '    b (ended)', '  b', '    a']);
  });

  it('answers empty for a chain that is not opened', () => {
    expect(partiesInChain(initialChainState())).toEqual([]);
    expect(visiblePartyIds(initialChainState(), 'x')).toEqual([]);
  });
});

describe('entries follow their subject', () => {
  it('a viewer may see entries about itself and the parties below it (the principal: everyone; an outsider: none)', () => {
    const s = state();
    expect([...subjectPartyIdsIn(s, 'principal')].sort()).toEqual(['agency', 'main', 'old', 'principal', 'roof', 'steel', 'zzp-a', 'zzp-b']);
    expect([...subjectPartyIdsIn(s, 'roof')]).toEqual(['roof']);
    expect([...subjectPartyIdsIn(s, 'steel')].sort()).toEqual(['agency', 'old', 'steel', 'zzp-a', 'zzp-b']);
    expect([...subjectPartyIdsIn(s, 'outsider')]).toEqual([]);
  });

  it('an incident is seen through its victim (a near miss: its reporter), by its reporter, and by whoever was told', () => {
    const roof = subjectPartyIdsIn(state(), 'roof');
    const aboutAgency = { reporterPartyId: 'steel', victim: { partyId: 'agency' }, notifiedPartyIds: [] };
    // roof's engager (main) sees everything below; roof, a sibling of steel, sees nothing of steel's
    expect(canSeeIncident(roof, 'roof', aboutAgency)).toBe(false);
    expect(canSeeIncident(roof, 'roof', { ...aboutAgency, notifiedPartyIds: ['roof'] })).toBe(true);
    expect(canSeeIncident(roof, 'roof', { reporterPartyId: 'main', victim: null, notifiedPartyIds: [] })).toBe(false);
    expect(canSeeIncident(roof, 'roof', { reporterPartyId: 'roof', victim: { partyId: 'main' }, notifiedPartyIds: [] })).toBe(true);
    expect(canSeeIncident(subjectPartyIdsIn(state(), 'agency'), 'agency', aboutAgency)).toBe(true);
  });

  it('a check is seen through its subject, and by its checker', () => {
    const roof = subjectPartyIdsIn(state(), 'roof');
    expect(canSeeCheck(roof, 'roof', { checkerPartyId: 'main', subjectPartyId: 'steel' })).toBe(false);
    expect(canSeeCheck(roof, 'roof', { checkerPartyId: 'main', subjectPartyId: 'roof' })).toBe(true);
    expect(canSeeCheck(subjectPartyIdsIn(state(), 'agency'), 'agency', { checkerPartyId: 'agency', subjectPartyId: 'steel' })).toBe(true);
  });
});
