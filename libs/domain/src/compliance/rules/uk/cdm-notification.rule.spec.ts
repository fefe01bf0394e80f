import type { ChainEvent } from '../../../index';
import { evaluateFindings } from '../../../index';
import { aChain } from '../../../../../testing/src/builders';

const at = (instant: string, event: { type: string; data: unknown }, n: number) =>
  ({ ...event, meta: { eventId: `u${n}`, occurredAt: instant, recordedAt: instant, actorPartyId: null } }) as ChainEvent;
const project = (days: number, peak: number, personDays: number) => ({
  type: 'ConstructionProjectDescribed',
  data: { estimatedWorkingDays: days, peakSimultaneousWorkers: peak, personDays, plannedSiteStart: '2026-04-01', describedByPartyId: 'client' },
});
const notice = { type: 'ConstructionNoticeFiled', data: { noticeNumber: 1, reference: 'F10-1', filedByPartyId: 'client' } };

function uk(events: { type: string; data: unknown }[]) {
  const chain = [aChain().openedBy('client').events()[0], ...events].map((e, i) => at('2026-02-01T00:00:00.000Z', e, i));
  return evaluateFindings({ chainEvents: chain, credentialEvents: [] }, { asOf: '2026-04-02T00:00:00.000Z', jurisdiction: 'uk' }).map((f) => f.ruleId);
}

describe('UK rule set (CDM 2015), selected by jurisdiction', () => {
  it('flags a notifiable project without F10 before construction starts', () => {
    expect(uk([project(31, 21, 100)])).toEqual(['UK-CDM-F10']);
    expect(uk([project(5, 3, 501)])).toEqual(['UK-CDM-F10']);
  });
  it('is compliant with an F10, and exactly 30 working days or exactly 500 person-days is not notifiable', () => {
    expect(uk([project(31, 21, 100), notice])).toEqual([]);
    expect(uk([project(30, 40, 100)])).toEqual([]);
    expect(uk([project(5, 3, 500)])).toEqual([]);
  });
  it('applies none of the Dutch rules, and refuses an unknown jurisdiction', () => {
    expect(() => evaluateFindings({ chainEvents: [], credentialEvents: [] }, { asOf: '2026-04-02T00:00:00.000Z', jurisdiction: 'fr' })).toThrow(/jurisdiction/);
  });
});
