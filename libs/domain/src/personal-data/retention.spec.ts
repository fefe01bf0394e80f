import { aChain, chainSpec, incidentReported } from '../../../testing/src/builders';
import { retentionHolds } from './retention';

const accident = (incidentId: string, workerId: string, severity: 'NONE' | 'HOSPITAL_ADMISSION', happenedAt: string) =>
  incidentReported({
    incidentId,
    reporterPartyId: 'steel',
    kind: 'ACCIDENT',
    happenedAt,
    victim: { partyId: 'steel', workerId, linkId: 'link-main-steel' },
    severity,
    absenceDays: 0,
    victimRelation: 'EMPLOYEE',
    authorityHolderPartyId: 'steel',
  });

const state = () =>
  chainSpec()
    .given([
      ...aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'steel').events(),
      accident('inc-sanne', 'sanne', 'HOSPITAL_ADMISSION', '2026-03-01T08:00:00.000Z'),
      accident('inc-kees', 'kees', 'NONE', '2026-03-01T08:00:00.000Z'),
    ])
    .state();

describe('retentionHolds', () => {
  it('the accident register holds a victim of a registered accident for the policy\'s years after the accident', () => {
    expect(retentionHolds([state()], 'sanne', '2026-12-07T00:00:00.000Z', { accidentRegisterYears: 5 })).toEqual([
      { until: '2031-03-01T08:00:00.000Z', basis: expect.stringMatching(/^Arbowet art\. 9\(2\)/), chainId: expect.any(String), incidentId: 'inc-sanne' },
    ]);
  });

  it('holds nothing once the period ended, for an accident outside the register, or for someone else', () => {
    expect(retentionHolds([state()], 'sanne', '2031-03-01T08:00:00.001Z', { accidentRegisterYears: 5 })).toEqual([]);
    expect(retentionHolds([state()], 'kees', '2026-12-07T00:00:00.000Z', { accidentRegisterYears: 5 })).toEqual([]);
    expect(retentionHolds([state()], 'piet', '2026-12-07T00:00:00.000Z', { accidentRegisterYears: 5 })).toEqual([]);
    expect(retentionHolds([state()], 'sanne', '2026-12-07T00:00:00.000Z', { accidentRegisterYears: 0 })).toEqual([]);
  });
});
