import type { ChainEvent, Finding, ImportMark } from '../index';
import { evaluateFindings } from '../index';
import { aChain, instructionAcknowledged, instructionIssued, instructionPassedDown } from '../../../testing/src/builders';

// Given a paper toolbox list signed before work started but imported weeks later, when the findings are
// evaluated on the record (RECORDED clock), then the list counts on the date it claims: it becomes known
// at the import, and is not judged late for having been imported.
const mark: ImportMark = { importId: 'imp', sourceSha256: 'ab'.repeat(32), importerPartyId: 'steel' };
let counter = 0;
function at(occurredAt: string, event: unknown, recordedAt = occurredAt, imported?: ImportMark): ChainEvent {
  counter += 1;
  return { ...(event as ChainEvent), meta: { eventId: `e${counter}`, occurredAt, recordedAt, actorPartyId: 'steel', ...(imported ? { imported } : {}) } } as ChainEvent;
}
const T0 = '2026-03-01T00:00:00.000Z';
const SIGNED = '2026-03-01T11:00:00.000Z';
const START = '2026-03-02T07:00:00.000Z';
const IMPORTED_AT = '2026-04-01T09:00:00.000Z';
const chain = [
  ...aChain().openedBy('principal').withLink('principal', 'main').withLink('main', 'steel').withLink('steel', 'zzp1', { kind: 'SELF_EMPLOYED' }).events().map((e) => at(T0, e)),
  at('2026-03-01T10:00:00.000Z', instructionIssued({ instructionId: 'i', issuerPartyId: 'main', topics: ['WORK_AT_HEIGHT'] })),
  at('2026-03-01T10:00:00.000Z', instructionPassedDown({ instructionId: 'i', version: 1, linkId: 'link-main-steel', fromPartyId: 'main', toPartyId: 'steel' })),
  at('2026-03-01T10:00:00.000Z', instructionPassedDown({ instructionId: 'i', version: 1, linkId: 'link-steel-zzp1', fromPartyId: 'steel', toPartyId: 'zzp1' })),
  at(START, { type: 'WorkStarted', data: { workStartId: 'ws', linkId: 'link-steel-zzp1', partyId: 'zzp1', workerId: 'zzp1-self', topics: ['WORK_AT_HEIGHT'], startedByPartyId: 'zzp1' } }),
];
const list = (imported?: ImportMark) => at(SIGNED, instructionAcknowledged({ instructionId: 'i', partyId: 'zzp1' }), IMPORTED_AT, imported);
// a genuine zzp'er: the rule is CHAIN-INFORM-ZZP, against the party that engaged him
const informZzp = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'CHAIN-INFORM-ZZP').map((f) => ({ arisenAt: f.arisenAt, resolvedAt: f.resolvedAt }));

describe('imported entries in the findings', () => {
  it('are judged on the date they claim once imported', () => {
    expect(informZzp(evaluateFindings({ chainEvents: [...chain, list(mark)], credentialEvents: [] }, { asOf: '2026-04-02T00:00:00.000Z', clock: 'RECORDED' }))).toEqual([]);
  });

  it('are not known before the import', () => {
    expect(informZzp(evaluateFindings({ chainEvents: [...chain, list(mark)], credentialEvents: [] }, { asOf: '2026-03-15T00:00:00.000Z', clock: 'RECORDED' }))).toEqual([
      { arisenAt: START, resolvedAt: null },
    ]);
  });

  it('while the same list typed in late by hand counts from when it was recorded', () => {
    expect(informZzp(evaluateFindings({ chainEvents: [...chain, list()], credentialEvents: [] }, { asOf: '2026-04-02T00:00:00.000Z', clock: 'RECORDED' }))).toEqual([
      { arisenAt: START, resolvedAt: IMPORTED_AT },
    ]);
  });
});
