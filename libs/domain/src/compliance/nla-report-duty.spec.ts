import { aChain, chainSpec, incidentReported } from '../../../testing/src/builders';
import type { OpenedChain } from '../chain/chain.state';
import { nlaDutyOfDraft, nlaDutyOfIncident } from './nla-report-duty';

const chain = () =>
  chainSpec()
    .given([
      ...aChain()
        .openedBy('principal')
        .withLink('principal', 'main')
        .withLink('main', 'agency', { kind: 'LENDING' })
        .withLink('main', 'zzp', { kind: 'SELF_EMPLOYED', underAuthority: false })
        .events(),
    ])
    .state() as OpenedChain;

const fall = { kind: 'ACCIDENT' as const, severity: 'HOSPITAL_ADMISSION' as const, happenedAt: '2026-03-10T08:15:00.000Z' };

describe('the NLA checklist of an accident', () => {
  it('names the hirer as the one to report a lent worker\'s admission, by the policy deadline', () => {
    const duty = nlaDutyOfDraft(chain(), { ...fall, victim: { partyId: 'agency', workerId: null, linkId: 'link-main-agency' } }, 24, 'main');
    expect(duty).toMatchObject({ answer: 'MUST_REPORT', mustReport: true, dutyBearerPartyId: 'main', victimRelation: 'LENT_WORKER', deadline: '2026-03-11T08:15:00.000Z', byPhone: false });
  });

  it('asks for a phone call for a death, nothing for a near miss, a minor injury or a genuine zzp\'er', () => {
    const lent = { partyId: 'agency', workerId: null, linkId: 'link-main-agency' };
    expect(nlaDutyOfDraft(chain(), { ...fall, severity: 'DEATH', victim: lent }, 24, 'main').byPhone).toBe(true);
    expect(nlaDutyOfDraft(chain(), { ...fall, kind: 'NEAR_MISS', severity: 'NONE', victim: null }, 24, 'main')).toMatchObject({ answer: 'NEAR_MISS', mustReport: false, deadline: null });
    expect(nlaDutyOfDraft(chain(), { ...fall, severity: 'ABSENCE', victim: lent }, 24, 'main')).toMatchObject({ answer: 'NOT_SERIOUS', mustReport: false, dutyBearerPartyId: 'main' });
    expect(nlaDutyOfDraft(chain(), { ...fall, victim: { partyId: 'zzp', workerId: null, linkId: 'link-main-zzp' } }, 24, 'main')).toMatchObject({ answer: 'SELF_EMPLOYED', mustReport: false, dutyBearerPartyId: null });
  });

  it('refuses a victim on a link the asking party does not see, or a link that does not engage the victim', () => {
    expect(() => nlaDutyOfDraft(chain(), { ...fall, victim: { partyId: 'agency', workerId: null, linkId: 'link-main-agency' } }, 24, 'zzp')).toThrow(
      expect.objectContaining({ code: 'INCIDENT_VICTIM_NOT_REPORTABLE' }),
    );
    expect(() => nlaDutyOfDraft(chain(), { ...fall, victim: { partyId: 'agency', workerId: null, linkId: 'link-main-zzp' } }, 24, 'main')).toThrow(
      expect.objectContaining({ code: 'INCIDENT_VICTIM_LINK_MISMATCH' }),
    );
  });

  it('reads a recorded accident the same way', () => {
    const state = chainSpec()
      .given([
        ...aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'agency', { kind: 'LENDING' }).events(),
        incidentReported({
          incidentId: 'fall',
          reporterPartyId: 'main',
          kind: 'ACCIDENT',
          happenedAt: fall.happenedAt,
          victim: { partyId: 'agency', workerId: null, linkId: 'link-main-agency' },
          severity: 'DEATH',
          victimRelation: 'LENT_WORKER',
          authorityHolderPartyId: 'main',
        }),
      ])
      .state() as OpenedChain;
    expect(nlaDutyOfIncident(state.incidents[0], 2)).toMatchObject({ mustReport: true, dutyBearerPartyId: 'main', deadline: '2026-03-10T10:15:00.000Z', byPhone: true });
  });
});
