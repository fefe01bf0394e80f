import {
  acknowledgeInstruction,
  asParty,
  asWorker,
  chainScenario,
  correctEntry,
  engageParty,
  HASH_A,
  HASH_B,
  issueInstruction,
  openChain,
  passDownInstruction,
  reportIncident,
} from '../../../testing/src/builders';
import { acknowledgementStatus, acknowledgementStatusOf } from './instructions/instruction-queries';
import { chainTreeRows } from './queries/chain-tree';
import { allLinks } from './queries/chain-links';
import { partiesInChain } from './queries/chain-links';
import { visiblePartyIds } from './queries/visibility';
import { incidentOf, linkOf } from './chain-collections';

const at = (time: string) => `2026-03-02T${time}:00.000Z`;

/** Story 1: the housing association opens a project; main → steel → two zzp'ers and an agency. */
function story1() {
  const s = chainScenario();
  s.run(openChain(asParty('woonstede', { now: at('08:00') }), { name: 'Zonnehof, 48 homes' }));
  s.run(engageParty(asParty('woonstede', { now: at('08:10') }), { linkId: 'l-main', engagedPartyId: 'bouw-bv', scope: 'Main contract' }));
  s.run(engageParty(asParty('bouw-bv', { now: at('08:20') }), { linkId: 'l-steel', engagedPartyId: 'staal-bv', scope: 'Steel structure' }));
  s.run(
    engageParty(asParty('staal-bv', { now: at('08:30') }), {
      linkId: 'l-jan',
      engagedPartyId: 'zzp-jan',
      kind: 'SELF_EMPLOYED',
      underAuthority: true,
      scope: 'Welding',
    }),
  );
  s.run(
    engageParty(asParty('staal-bv', { now: at('08:31') }), {
      linkId: 'l-piet',
      engagedPartyId: 'zzp-piet',
      kind: 'SELF_EMPLOYED',
      underAuthority: false,
      scope: 'Bolting',
    }),
  );
  s.run(
    engageParty(asParty('staal-bv', { now: at('08:40') }), {
      linkId: 'l-agency',
      engagedPartyId: 'flex-uitzend',
      kind: 'LENDING',
      underAuthority: false,
      scope: 'Two steel fixers',
    }),
  );
  return s;
}

const piotr = { workerId: 'piotr', partyId: 'flex-uitzend', languages: ['pl'] };
const marek = { workerId: 'marek', partyId: 'flex-uitzend', languages: ['pl', 'en'] };

describe('story 1: the principal builds the chain', () => {
  it('gives the principal all four tiers, with who is active', () => {
    const s = story1();
    expect(partiesInChain(s.state)).toEqual(['woonstede', 'bouw-bv', 'staal-bv', 'zzp-jan', 'zzp-piet', 'flex-uitzend']);
    const rows = chainTreeRows(allLinks(s.state), { partyId: 'woonstede', isPrincipal: true, principalPartyId: 'woonstede' });
    const render = rows.flatMap(({ depth, via: link }) =>
      link ? [`${'  '.repeat(depth - 1)}${link.fromPartyId} -> ${link.toPartyId} ${link.kind}${link.underAuthority ? ' (gezag)' : ''} ${link.status}`] : [],
    );
    expect(render).toEqual([
      'woonstede -> bouw-bv SUBCONTRACT ACTIVE',
      '  bouw-bv -> staal-bv SUBCONTRACT ACTIVE',
      '    staal-bv -> zzp-jan SELF_EMPLOYED (gezag) ACTIVE',
      '    staal-bv -> zzp-piet SELF_EMPLOYED ACTIVE',
      '    staal-bv -> flex-uitzend LENDING (gezag) ACTIVE',
    ]);
    expect(visiblePartyIds(s.state, 'woonstede')).toHaveLength(6);
    // the agency sees its hirer and itself, not the rest of the chain
    expect(visiblePartyIds(s.state, 'flex-uitzend')).toEqual(['staal-bv', 'flex-uitzend']);
    // every entry remembers who recorded it
    expect(linkOf(s.state, 'l-agency')?.engaged).toEqual({
      eventId: 'evt-0006',
      occurredAt: at('08:40'),
      recordedAt: at('08:40'),
      recordedByPartyId: 'staal-bv',
    });
  });

  it('refuses a cycle anywhere in it', () => {
    const s = story1();
    s.refuses(engageParty(asParty('zzp-jan'), { linkId: 'l-x', engagedPartyId: 'woonstede' }), 'CHAIN_LINK_CYCLE');
    s.refuses(engageParty(asParty('zzp-jan'), { linkId: 'l-x', engagedPartyId: 'bouw-bv' }), 'CHAIN_LINK_CYCLE');
  });
});

describe('story 2: an instruction flows down', () => {
  it('flows v2 down every link; the zzp\'er who acknowledged only v1 is STALE', () => {
    const s = story1();
    const nlPl = [
      { language: 'nl', title: 'Werken op hoogte', body: 'Valbescherming boven 2,5 m.' },
      { language: 'pl', title: 'Praca na wysokości', body: 'Zabezpieczenie powyżej 2,5 m.' },
    ];
    // v1 flows down and Jan acknowledges it
    s.run(issueInstruction(asParty('bouw-bv', { now: at('09:00') }), { instructionId: 'wah', content: nlPl, contentHash: HASH_A }));
    s.run(passDownInstruction(asParty('bouw-bv', { now: at('09:05') }), { instructionId: 'wah', linkId: 'l-steel' }));
    s.run(passDownInstruction(asParty('staal-bv', { now: at('09:10') }), { instructionId: 'wah', linkId: 'l-jan' }));
    s.run(acknowledgeInstruction(asParty('zzp-jan', { now: at('09:15') }), { instructionId: 'wah', version: 1 }));

    // v2 (Dutch and Polish) supersedes it and flows down every link
    s.run(
      issueInstruction(asParty('bouw-bv', { now: at('10:00') }), {
        instructionId: 'ignored-new-id',
        supersedesInstructionId: 'wah',
        content: nlPl.map((c) => ({ ...c, title: `${c.title} v2` })),
        contentHash: HASH_B,
      }),
    );
    expect(s.lastEvent).toMatchObject({ type: 'SafetyInstructionIssued', data: { instructionId: 'wah', version: 2 } });
    // v1 can no longer be passed on
    s.refuses(passDownInstruction(asParty('staal-bv'), { instructionId: 'wah', version: 1, linkId: 'l-piet' }), 'INSTRUCTION_VERSION_SUPERSEDED');
    s.run(passDownInstruction(asParty('bouw-bv', { now: at('10:05') }), { instructionId: 'wah', version: 2, linkId: 'l-steel' }));
    for (const linkId of ['l-jan', 'l-piet', 'l-agency']) {
      s.run(passDownInstruction(asParty('staal-bv', { now: at('10:10') }), { instructionId: 'wah', version: 2, linkId }));
    }

    // Piet and both agency workers acknowledge v2 (a worker itself, or its manager for it)
    s.run(acknowledgeInstruction(asParty('zzp-piet', { now: at('10:20') }), { instructionId: 'wah', version: 2 }));
    s.run(
      acknowledgeInstruction(asWorker('flex-uitzend', 'piotr', { now: at('10:30') }), {
        instructionId: 'wah',
        version: 2,
        workerId: 'piotr',
        worker: piotr,
        language: 'pl',
      }),
    );
    s.run(
      acknowledgeInstruction(asParty('flex-uitzend', { now: at('10:31') }), {
        instructionId: 'wah',
        version: 2,
        workerId: 'marek',
        worker: marek,
        language: 'pl',
      }),
    );
    // Piotr signing v2 again (in Dutch, which he does not read) is the same version twice
    s.refuses(
      acknowledgeInstruction(asWorker('flex-uitzend', 'piotr'), { instructionId: 'wah', version: 2, workerId: 'piotr', worker: piotr, language: 'nl' }),
      'INSTRUCTION_ALREADY_ACKNOWLEDGED',
    );

    expect(acknowledgementStatusOf(s.state, 'wah', 'zzp-jan')).toBe('STALE');
    expect(acknowledgementStatusOf(s.state, 'wah', 'zzp-piet')).toBe('CURRENT');
    expect(acknowledgementStatusOf(s.state, 'wah', 'flex-uitzend', 'piotr')).toBe('CURRENT');
    expect(acknowledgementStatusOf(s.state, 'wah', 'flex-uitzend', 'marek')).toBe('CURRENT');
    expect(
      acknowledgementStatus(s.state, 'wah').map((row) => [row.partyId, row.workerId, row.status, row.acknowledgedVersion, row.receivedVersion]),
    ).toEqual([
      ['staal-bv', null, 'MISSING', null, 2],
      ['zzp-jan', null, 'STALE', 1, 2],
      ['zzp-piet', null, 'CURRENT', 2, 2],
      ['flex-uitzend', null, 'MISSING', null, 2],
      ['flex-uitzend', 'piotr', 'CURRENT', 2, 2],
      ['flex-uitzend', 'marek', 'CURRENT', 2, 2],
    ]);

    // Jan catches up
    s.run(acknowledgeInstruction(asParty('zzp-jan', { now: at('11:00') }), { instructionId: 'wah', version: 2, language: 'pl' }));
    expect(acknowledgementStatusOf(s.state, 'wah', 'zzp-jan')).toBe('CURRENT');
  });
});

describe('story 5: correction, not deletion', () => {
  it('shows the original severity and the correction, with who and when', () => {
    const s = story1();
    const [reported] = s.run(
      reportIncident(asParty('staal-bv', { now: at('14:00') }), {
        incidentId: 'fall',
        kind: 'ACCIDENT',
        happenedAt: at('13:30'),
        victim: { partyId: 'flex-uitzend', workerId: 'piotr', linkId: 'l-agency' },
        severity: 'ABSENCE',
        absenceDays: 2,
      }),
    );
    expect(reported.data).toMatchObject({ victimRelation: 'LENT_WORKER', authorityHolderPartyId: 'staal-bv' });
    const reportId = reported.meta?.eventId as string;

    // only the party that recorded it may correct it
    s.refuses(correctEntry(asParty('woonstede'), { targetEventId: reportId, changes: { severity: 'HOSPITAL_ADMISSION' } }), 'ENTRY_NOT_OWN');
    s.run(
      correctEntry(asParty('staal-bv', { now: at('16:00') }), {
        targetEventId: reportId,
        reason: 'Severity entered wrongly: he was admitted from the site',
        changes: { severity: 'HOSPITAL_ADMISSION', absenceDays: 0 },
      }),
    );

    // the original event is untouched in the log
    expect(s.events.find((e) => e.meta?.eventId === reportId)?.data).toMatchObject({ severity: 'ABSENCE', absenceDays: 2 });
    const incident = incidentOf(s.state, 'fall');
    if (!incident) throw new Error('no incident');
    expect(incident.severity).toBe('HOSPITAL_ADMISSION');
    expect(incident.reportedSeverity).toBe('HOSPITAL_ADMISSION');
    expect(incident.stamp).toMatchObject({ recordedAt: at('14:00'), recordedByPartyId: 'staal-bv' });
    expect(incident.corrections).toEqual([
      {
        correctionEventId: s.lastEvent.meta?.eventId,
        targetEventId: reportId,
        targetType: 'IncidentReported',
        reason: 'Severity entered wrongly: he was admitted from the site',
        correctedByPartyId: 'staal-bv',
        occurredAt: at('16:00'),
        recordedAt: at('16:00'),
        changes: {
          severity: { from: 'ABSENCE', to: 'HOSPITAL_ADMISSION' },
          absenceDays: { from: 2, to: 0 },
        },
      },
    ]);
  });
});
