import {
  aChain,
  asParty,
  chainSpec,
  engagementEnded,
  HASH_B,
  incidentReported,
  recordVergewisCheck,
  vergewisCheckRecorded,
} from '../../../../testing/src/builders';
import { checkOf } from '../chain-collections';

// principal → main → steel → zzp
const chain = () =>
  aChain()
    .openedBy('principal')
    .withLink('principal', 'main')
    .withLink('main', 'steel')
    .withLink('steel', 'zzp', { kind: 'SELF_EMPLOYED' })
    .withInstruction('wah', 'main');

describe('RecordVergewisCheck', () => {
  it('lets an upstream party record a check about a party below it, at any depth', () => {
    chainSpec()
      .given(chain().events())
      .when(
        recordVergewisCheck(asParty('main'), {
          checkId: 'c1',
          subjectPartyId: 'zzp',
          evidence: [{ name: ' vca.pdf ', sha256: HASH_B.toUpperCase() }],
          validUntil: '2026-03-02',
        }),
      )
      .then([
        vergewisCheckRecorded({
          checkId: 'c1',
          checkerPartyId: 'main',
          subjectPartyId: 'zzp',
          evidence: [{ name: 'vca.pdf', sha256: HASH_B }],
          validUntil: '2026-03-02',
        }),
      ]);
  });

  it('records a check about a worker, related to an instruction and an incident', () => {
    chainSpec()
      .given([...chain().events(), incidentReported({ incidentId: 'inc', reporterPartyId: 'steel' })])
      .when(
        recordVergewisCheck(asParty('steel'), {
          checkId: 'c1',
          subjectPartyId: 'zzp',
          subjectWorkerId: 'jan',
          subjectWorker: { workerId: 'jan', partyId: 'zzp', languages: ['nl'] },
          subject: 'MEASURES_TAKEN',
          outcome: 'NOT_CONFIRMED',
          summary: 'Guard rail missing',
          evidence: [],
          validUntil: null,
          relatedIncidentId: 'inc',
          relatedInstructionId: 'wah',
        }),
      )
      .then([
        vergewisCheckRecorded({
          checkId: 'c1',
          checkerPartyId: 'steel',
          subjectPartyId: 'zzp',
          subjectWorkerId: 'jan',
          subject: 'MEASURES_TAKEN',
          outcome: 'NOT_CONFIRMED',
          summary: 'Guard rail missing',
          evidence: [],
          validUntil: null,
          relatedIncidentId: 'inc',
          relatedInstructionId: 'wah',
        }),
      ]);
  });

  it('refuses a checker that is not upstream of the subject through active links', () => {
    const spec = () => chainSpec().given(chain().events());
    spec().when(recordVergewisCheck(asParty('zzp'), { checkId: 'c1', subjectPartyId: 'steel' })).thenThrows({ code: 'VERGEWIS_NOT_UPSTREAM', rule: 'CheckerMustBeUpstream' });
    spec().when(recordVergewisCheck(asParty('steel'), { checkId: 'c1', subjectPartyId: 'steel' })).thenThrows('VERGEWIS_NOT_UPSTREAM');
    chainSpec()
      .given([...chain().events(), engagementEnded({ linkId: 'link-steel-zzp', endedByPartyId: 'steel' })])
      .when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'zzp' }))
      .thenThrows('VERGEWIS_NOT_UPSTREAM');
  });

  it('records a document\'s size in bytes when it is given, and refuses one that is not a whole number of bytes', () => {
    const spec = () => chainSpec().given(chain().events());
    spec()
      .when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', evidence: [{ name: 'vca.pdf', sha256: HASH_B, sizeBytes: 48213 }] }))
      .then([vergewisCheckRecorded({ checkId: 'c1', checkerPartyId: 'main', subjectPartyId: 'steel', evidence: [{ name: 'vca.pdf', sha256: HASH_B, sizeBytes: 48213 }] })]);
    for (const sizeBytes of [-1, 1.5, Number.NaN]) {
      spec()
        .when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', evidence: [{ name: 'vca.pdf', sha256: HASH_B, sizeBytes }] }))
        .thenThrows({ code: 'INPUT_VALUE_INVALID', params: { field: 'evidence.sizeBytes' } });
    }
  });

  it('refuses evidence whose hash is not 64 hex characters, or that has no name', () => {
    const spec = () => chainSpec().given(chain().events());
    spec()
      .when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', evidence: [{ name: 'a.pdf', sha256: 'x'.repeat(64) }] }))
      .thenThrows({ code: 'EVIDENCE_HASH_INVALID', params: { name: 'a.pdf' } });
    spec()
      .when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', evidence: [{ name: 'a.pdf', sha256: 'abc' }] }))
      .thenThrows('EVIDENCE_HASH_INVALID');
    spec()
      .when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', evidence: [{ name: '', sha256: HASH_B }] }))
      .thenThrows('INPUT_REQUIRED');
  });

  it('refuses validUntil before the date of the check (its valid time)', () => {
    chainSpec()
      .given(chain().events())
      .when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', validUntil: '2026-03-01' }))
      .thenThrows({ code: 'VERGEWIS_VALID_UNTIL_BEFORE_CHECK', params: { checkDate: '2026-03-02' } });
    chainSpec()
      .given(chain().events())
      .when(recordVergewisCheck(asParty('main', { occurredAt: '2026-02-20T09:00:00.000Z' }), { checkId: 'c1', subjectPartyId: 'steel', validUntil: '2026-03-01' }))
      .then([vergewisCheckRecorded({ checkId: 'c1', checkerPartyId: 'main', subjectPartyId: 'steel', validUntil: '2026-03-01' })]);
  });

  it('refuses a worker that does not exist or does not belong to the subject', () => {
    const spec = () => chainSpec().given(chain().events());
    spec()
      .when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', subjectWorkerId: 'ghost', subjectWorker: null }))
      .thenThrows('WORKER_NOT_FOUND');
    spec()
      .when(
        recordVergewisCheck(asParty('main'), {
          checkId: 'c1',
          subjectPartyId: 'steel',
          subjectWorkerId: 'jan',
          subjectWorker: { workerId: 'jan', partyId: 'zzp', languages: ['nl'] },
        }),
      )
      .thenThrows('VERGEWIS_WORKER_NOT_OF_SUBJECT');
  });

  it('refuses a duplicate check id, an unknown related incident or instruction, an empty summary', () => {
    chainSpec()
      .given([...chain().events(), vergewisCheckRecorded({ checkId: 'c1', checkerPartyId: 'main', subjectPartyId: 'steel' })])
      .when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel' }))
      .thenThrows('VERGEWIS_ALREADY_RECORDED');
    const spec = () => chainSpec().given(chain().events());
    spec().when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', relatedIncidentId: 'nope' })).thenThrows('INCIDENT_NOT_FOUND');
    spec().when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', relatedInstructionId: 'nope' })).thenThrows('INSTRUCTION_NOT_FOUND');
    spec().when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', summary: ' ' })).thenThrows('INPUT_REQUIRED');
    spec()
      .when(recordVergewisCheck(asParty('main'), { checkId: 'c1', subjectPartyId: 'steel', outcome: 'MAYBE' as never }))
      .thenThrows({ code: 'INPUT_VALUE_INVALID', params: { field: 'outcome' } });
  });

  it('folds the check with who recorded it', () => {
    const state = chainSpec()
      .given([...chain().events(), vergewisCheckRecorded({ checkId: 'c1', checkerPartyId: 'main', subjectPartyId: 'steel' })])
      .state();
    expect(checkOf(state, 'c1')).toMatchObject({
      checkId: 'c1',
      outcome: 'CONFIRMED',
      retraction: null,
      corrections: [],
      stamp: { eventId: 'evt-0006', recordedByPartyId: 'main' },
    });
  });
});
