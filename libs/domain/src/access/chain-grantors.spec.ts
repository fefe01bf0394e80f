import { aChain, chainSpec, incidentReported } from '../../../testing/src/builders';
import { chainGrantorsOf } from './chain-grantors';

// principal → main → steel → {zzp (gezag), zzp-free (no gezag), agency (LENDING)}
const chain = () =>
  aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'zzp', { kind: 'SELF_EMPLOYED', underAuthority: true })
    .withLink('steel', 'zzp-free', { kind: 'SELF_EMPLOYED', underAuthority: false })
    .withLink('steel', 'agency', { kind: 'LENDING' });

const accident = (incidentId: string, victim: { partyId: string; linkId: string | null }, victimRelation: string, holder: string) =>
  incidentReported({
    incidentId,
    reporterPartyId: victim.partyId,
    kind: 'ACCIDENT',
    victim: { ...victim, workerId: null },
    severity: 'ABSENCE',
    absenceDays: 1,
    victimRelation: victimRelation as never,
    authorityHolderPartyId: holder,
  });

const grantorsAfter = (...events: ReturnType<typeof incidentReported>[]) => chainGrantorsOf(chainSpec().given([...chain().events(), ...events]).state());

describe('chainGrantorsOf', () => {
  it('is the principal alone while no accident names a victim with an Arbo employer', () => {
    expect(grantorsAfter()).toEqual({ principalPartyId: 'principal', authorityHolderPartyIds: [] });
  });

  it('adds the Arbo employer: the hirer of a lent worker, the gezag holder of a zzp\'er under gezag', () => {
    expect(grantorsAfter(accident('a', { partyId: 'agency', linkId: 'link-steel-agency' }, 'LENT_WORKER', 'steel')).authorityHolderPartyIds).toEqual(['steel']);
    expect(grantorsAfter(accident('a', { partyId: 'zzp', linkId: 'link-steel-zzp' }, 'SELF_EMPLOYED_UNDER_AUTHORITY', 'steel')).authorityHolderPartyIds).toEqual(['steel']);
  });

  it('gives a zzp\'er on its own account no standing through an accident it reports about itself', () => {
    expect(grantorsAfter(accident('a', { partyId: 'zzp-free', linkId: 'link-steel-zzp-free' }, 'SELF_EMPLOYED', 'zzp-free')).authorityHolderPartyIds).toEqual([]);
  });

  it('gives no standing through an older entry that defaulted a victim on no link to its own party', () => {
    expect(grantorsAfter(accident('a', { partyId: 'zzp', linkId: null }, 'EMPLOYEE', 'zzp')).authorityHolderPartyIds).toEqual([]);
    expect(grantorsAfter(accident('a', { partyId: 'principal', linkId: null }, 'EMPLOYEE', 'principal')).authorityHolderPartyIds).toEqual(['principal']);
  });
});
