import { aChain, chainSpec, incidentReported } from '../../../testing/src/builders';
import { DEFAULT_RETENTION, retentionEnded, retentionHolds } from './retention';

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
    expect(retentionHolds([state()], 'sanne', '2026-12-07T00:00:00.000Z', { ...DEFAULT_RETENTION, accidentRegisterYears: 5 })).toEqual([
      { until: '2031-03-01T08:00:00.000Z', basis: expect.stringMatching(/^Arbowet art\. 9\(2\)/), chainId: expect.any(String), incidentId: 'inc-sanne' },
    ]);
  });

  it('holds nothing once the period ended, for an accident outside the register, or for someone else', () => {
    expect(retentionHolds([state()], 'sanne', '2031-03-01T08:00:00.001Z', { ...DEFAULT_RETENTION, accidentRegisterYears: 5 })).toEqual([]);
    expect(retentionHolds([state()], 'kees', '2026-12-07T00:00:00.000Z', { ...DEFAULT_RETENTION, accidentRegisterYears: 5 })).toEqual([]);
    expect(retentionHolds([state()], 'piet', '2026-12-07T00:00:00.000Z', { ...DEFAULT_RETENTION, accidentRegisterYears: 5 })).toEqual([]);
    expect(retentionHolds([state()], 'sanne', '2026-12-07T00:00:00.000Z', { ...DEFAULT_RETENTION, accidentRegisterYears: 0 })).toEqual([]);
  });
});

describe('retentionEnded', () => {
  const policy = { ...DEFAULT_RETENTION, workerYears: 2, personYears: 7 };
  const last = '2026-03-01T08:00:00.000Z';

  it("a worker's period ends the policy's years after the last entry naming them; a zzp'er's after theirs", () => {
    expect(retentionEnded('WORKER', last, '2028-03-01T08:00:00.000Z', policy)).toEqual({ periodEndedAt: '2028-03-01T08:00:00.000Z', basis: expect.stringContaining('kept 2 year(s) after the last entry') });
    expect(retentionEnded('PERSON', last, '2033-03-01T08:00:00.000Z', policy)).toEqual({ periodEndedAt: '2033-03-01T08:00:00.000Z', basis: expect.stringContaining("a zzp'er's data is kept 7 year(s)") });
  });

  it('nothing while the period runs, and nothing for a kind the policy keeps until asked (0 years)', () => {
    expect(retentionEnded('WORKER', last, '2028-03-01T07:59:59.999Z', policy)).toBeNull();
    expect(retentionEnded('PERSON', last, '2030-01-01T00:00:00.000Z', policy)).toBeNull();
    expect(retentionEnded('WORKER', last, '2099-01-01T00:00:00.000Z', DEFAULT_RETENTION)).toBeNull();
  });
});
