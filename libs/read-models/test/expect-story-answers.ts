import type { DataSource } from 'typeorm';
import type { StoredEvent } from '@schakel/event-store';
import { ChainQueries, PartyQueries } from '../src/read-model-queries';
import type { Stories } from './chain-stories';

/** The stored event of a type whose data matches, so expectations name the real envelope values. */
function stored(stories: Stories, type: string, match: (data: any) => boolean = () => true): StoredEvent {
  const found = stories.appended.filter((event) => event.type === type && match(event.data));
  if (found.length !== 1) throw new RangeError(`expected one ${type} to match, found ${found.length}`);
  return found[0];
}

const isPlain = (value: object) => Object.getPrototypeOf(value) === Object.prototype;

/** Asserts exactly what the query services answer after the stories were projected. */
export async function expectStoryAnswers(dataSource: DataSource, stories: Stories): Promise<void> {
  const parties = new PartyQueries(dataSource);
  const chains = new ChainQueries(dataSource);
  const { party, worker, chainId, otherChainId, link, instructionId, incident, check } = stories;

  // Parties and workers.
  const principalRegistered = stored(stories, 'PartyRegistered', (d) => d.partyId === party.principal);
  const principal = await parties.party(party.principal);
  expect(principal).toEqual({
    id: party.principal,
    kind: 'ORGANISATION',
    name: 'Woonstichting De Linie',
    kvkNumber: '41234567',
    country: 'NL',
    registeredBy: null,
    registeredAt: principalRegistered.occurredAt,
    recordedAt: principalRegistered.recordedAt,
    streamVersion: 0,
  });
  expect(isPlain(principal as object)).toBe(true);
  expect((await parties.party(party.agency))?.streamVersion).toBe(2);
  expect((await parties.party(party.zzpJan))).toMatchObject({ kind: 'PERSON', country: 'PL', registeredBy: party.steel, streamVersion: 1 });
  expect(await parties.party('no-such-party')).toBeNull();
  expect((await parties.parties([party.zzpJan, party.principal, 'no-such-party', party.zzpJan])).map((p) => p.id)).toEqual([
    party.principal,
    party.zzpJan,
  ]);
  const marekRegistered = stored(stories, 'WorkerRegistered', (d) => d.workerId === worker.marek);
  const agencyWorkers = await parties.workers(party.agency);
  expect(agencyWorkers.map((w) => w.id)).toEqual([worker.marek, worker.ionut]);
  expect(agencyWorkers[0]).toEqual({
    id: worker.marek,
    partyId: party.agency,
    name: 'Marek Nowak',
    languages: ['pl'],
    relation: 'LENT_WORKER',
    registeredAt: marekRegistered.occurredAt,
    recordedAt: marekRegistered.recordedAt,
  });
  expect(await parties.worker(party.agency, worker.ionut)).toMatchObject({ name: 'Ionuț Popescu', languages: ['ro', 'en'] });
  expect(await parties.worker(party.agency, 'no-such-worker')).toBeNull();
  expect(await parties.worker(party.principal, worker.ionut)).toBeNull();

  // The chain, corrected name, at the version of its last event.
  const chainEvents = stories.appended.filter((event) => event.streamId === `chain-${chainId}`);
  const opened = chainEvents[0];
  const last = chainEvents[chainEvents.length - 1];
  const chain = await chains.chain(chainId);
  expect(chain).toEqual({
    id: chainId,
    name: 'Zonnehof fase 2 (48 woningen)',
    description: '48 huurwoningen, blok A en B',
    siteAddress: 'Zonnehof 1, Zwolle',
    principalPartyId: party.principal,
    openedAt: opened.occurredAt,
    recordedAt: opened.recordedAt,
    streamVersion: chainEvents.length - 1,
    lastRecordedAt: last.recordedAt,
  });
  expect(last.streamVersion).toBe(chainEvents.length - 1);
  expect(await chains.chain('no-such-chain')).toBeNull();
  expect((await chains.chains([otherChainId, chainId])).map((c) => c.id)).toEqual([chainId, otherChainId]);

  // Which chains a party is in: principal, either end of a link, ended links included.
  expect(await chains.chainIdsOfParty(party.principal)).toEqual([chainId]);
  expect(await chains.chainIdsOfParty(party.main)).toEqual([chainId, otherChainId]);
  expect(await chains.chainIdsOfParty(party.zzpJan)).toEqual([chainId]);
  expect(await chains.chainIdsOfParty(party.supplier)).toEqual([chainId]);
  expect(await chains.chainIdsOfParty(party.otherPrincipal)).toEqual([otherChainId]);
  expect(await chains.chainIdsOfParty(party.outsider)).toEqual([]);

  // Links: four tiers, a corrected scope and start date, an ended (and corrected) supply link.
  const links = await chains.links(chainId);
  expect(links.map((l) => l.id)).toEqual([link.main, link.steel, link.jan, link.piet, link.agency, link.supplier]);
  const steelEngaged = stories.events.steelEngaged;
  expect(links[1]).toEqual({
    id: link.steel,
    chainId,
    fromPartyId: party.main,
    toPartyId: party.steel,
    toPartyKind: 'ORGANISATION',
    kind: 'SUBCONTRACT',
    scope: 'Staalconstructie blok A en B',
    underAuthority: false,
    startDate: '2026-03-10',
    endDate: null,
    endReason: null,
    endedByPartyId: null,
    active: true,
    engagedAt: steelEngaged.occurredAt,
    recordedAt: steelEngaged.recordedAt,
    eventId: steelEngaged.eventId,
    endEventId: null,
  });
  expect(links[2]).toMatchObject({ kind: 'SELF_EMPLOYED', toPartyKind: 'PERSON', underAuthority: true, active: true });
  expect(links[4]).toMatchObject({ kind: 'LENDING', underAuthority: true });
  expect(links[5]).toMatchObject({
    kind: 'SUPPLY',
    active: false,
    endDate: '2026-03-19',
    endReason: 'Levering afgerond',
    endedByPartyId: party.main,
    endEventId: expect.any(String),
  });

  // Instructions: both versions, with receipts and acknowledgements (the retracted one flagged).
  const instructions = await chains.instructions(chainId);
  expect(instructions).toHaveLength(1);
  const [instruction] = instructions;
  expect(instruction).toMatchObject({ chainId, instructionId, issuerPartyId: party.main, currentVersion: 2 });
  expect(instruction.versions.map((v) => [v.version, v.current])).toEqual([
    [1, false],
    [2, true],
  ]);
  const v2Issued = stored(stories, 'SafetyInstructionIssued', (d) => d.version === 2);
  expect(instruction.versions[1]).toMatchObject({
    issuerPartyId: party.main,
    content: (v2Issued.data as any).content,
    topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'],
    contentHash: (v2Issued.data as any).contentHash,
    issuedAt: v2Issued.occurredAt,
    recordedAt: v2Issued.recordedAt,
    eventId: v2Issued.eventId,
  });
  expect(instruction.versions[0].receipts.map((r) => r.partyId)).toEqual([party.steel, party.zzpJan, party.zzpPiet, party.agency]);
  expect(instruction.versions[1].receipts.map((r) => [r.partyId, r.linkId, r.fromPartyId])).toEqual([
    [party.steel, link.steel, party.main],
    [party.zzpJan, link.jan, party.steel],
    [party.zzpPiet, link.piet, party.steel],
    [party.agency, link.agency, party.steel],
  ]);
  expect(instruction.versions[0].acknowledgements.map((a) => a.workerId ?? a.partyId)).toEqual([
    party.steel,
    worker.jan,
    worker.piet,
    worker.marek,
  ]);
  const ionutAck = stories.events.ionutAck;
  expect(instruction.versions[1].acknowledgements.map((a) => [a.workerId ?? a.partyId, a.retracted])).toEqual([
    [party.steel, false],
    [worker.piet, false],
    [party.zzpPiet, true],
    [worker.marek, false],
    [worker.ionut, false],
  ]);
  expect(instruction.versions[1].acknowledgements[4]).toEqual({
    eventId: ionutAck.eventId,
    instructionId,
    version: 2,
    partyId: party.agency,
    workerId: worker.ionut,
    language: 'nl',
    // a schema v1 event without a channel: read from its actor (the worker itself)
    channel: 'OWN_ACCOUNT',
    acknowledgedAt: ionutAck.occurredAt,
    recordedAt: ionutAck.recordedAt,
    retracted: false,
    understood: true,
  });

  // Story 2's answer: Jan acknowledged only v1 (STALE); Piet's retracted party acknowledgement does not count.
  // A zzp'er is one person: one row, on its SELF worker, not a MISSING party row beside it.
  const ackAt = (partyId: string, workerId: string | null, version: number) =>
    stored(stories, 'SafetyInstructionAcknowledged', (d) => d.partyId === partyId && d.workerId === workerId && d.version === version).occurredAt;
  expect(await chains.instructionStatus(chainId, instructionId)).toEqual([
    { partyId: party.main, workerId: worker.foreman, status: 'MISSING', acknowledgedVersion: null, receivedVersion: 2, acknowledgedAt: null, channel: null },
    { partyId: party.steel, workerId: null, status: 'CURRENT', acknowledgedVersion: 2, receivedVersion: 2, acknowledgedAt: ackAt(party.steel, null, 2), channel: 'OWN_ACCOUNT' },
    { partyId: party.zzpJan, workerId: worker.jan, status: 'STALE', acknowledgedVersion: 1, receivedVersion: 2, acknowledgedAt: ackAt(party.zzpJan, worker.jan, 1), channel: 'OWN_ACCOUNT' },
    { partyId: party.zzpPiet, workerId: worker.piet, status: 'CURRENT', acknowledgedVersion: 2, receivedVersion: 2, acknowledgedAt: ackAt(party.zzpPiet, worker.piet, 2), channel: 'OWN_ACCOUNT' },
    { partyId: party.agency, workerId: null, status: 'MISSING', acknowledgedVersion: null, receivedVersion: 2, acknowledgedAt: null, channel: null },
    { partyId: party.agency, workerId: worker.marek, status: 'CURRENT', acknowledgedVersion: 2, receivedVersion: 2, acknowledgedAt: ackAt(party.agency, worker.marek, 2), channel: 'OWN_ACCOUNT' },
    { partyId: party.agency, workerId: worker.ionut, status: 'CURRENT', acknowledgedVersion: 2, receivedVersion: 2, acknowledgedAt: ackAt(party.agency, worker.ionut, 2), channel: 'OWN_ACCOUNT' },
  ]);
  expect(await chains.instructionStatus(chainId, 'no-such-instruction')).toBeNull();
  expect(await chains.instructionStatus(otherChainId, instructionId)).toBeNull();

  // Vergewis checks, one with a corrected validity.
  const janVca = stories.events.janVca;
  const checks = await chains.checks(chainId);
  expect(checks.map((c) => c.id)).toEqual([check.janVca, check.agencyInstruction]);
  expect(checks[0]).toEqual({
    id: check.janVca,
    chainId,
    checkerPartyId: party.steel,
    subjectPartyId: party.zzpJan,
    subjectWorkerId: worker.jan,
    subject: 'CERTIFICATE',
    outcome: 'CONFIRMED',
    summary: 'B-VCA diploma geldig',
    evidence: (janVca.data as any).evidence,
    validUntil: '2027-04-30',
    relatedIncidentId: null,
    relatedInstructionId: null,
    checkedAt: janVca.occurredAt,
    recordedAt: janVca.recordedAt,
    eventId: janVca.eventId,
    retracted: false,
  });
  expect(checks[1]).toMatchObject({ subject: 'INSTRUCTION_RECEIVED', relatedInstructionId: instructionId, evidence: [] });

  // Incidents: notifications (one retracted), a reclassification over a corrected report, a corrected severity, a retracted duplicate.
  const incidents = await chains.incidents(chainId);
  expect(incidents.map((i) => [i.id, i.retracted])).toEqual([
    [incident.scaffold, false],
    [incident.fall, false],
    [incident.cut, false],
    [incident.duplicate, true],
  ]);
  const fall = incidents[1];
  const fallReported = stories.events.fallReported;
  const reclassified = stored(stories, 'IncidentReclassified');
  expect({ ...fall, notifications: fall.notifications.length, reclassifications: fall.reclassifications.length }).toEqual({
    id: incident.fall,
    chainId,
    reporterPartyId: party.steel,
    kind: 'ACCIDENT',
    happenedAt: '2026-04-14T09:40:00.000Z',
    location: 'Blok B, steiger noordgevel',
    description: 'Val van steiger, 3 meter',
    topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'],
    victim: { partyId: party.agency, workerId: worker.marek, linkId: link.agency },
    severity: 'HOSPITAL_ADMISSION',
    absenceDays: 4,
    reportedSeverity: 'ABSENCE',
    reportedAbsenceDays: 4,
    victimRelation: 'LENT_WORKER',
    authorityHolderPartyId: party.steel,
    reportedAt: fallReported.recordedAt,
    eventId: fallReported.eventId,
    retracted: false,
    notifications: 3,
    reclassifications: 1,
  });
  expect(fall.notifications.map((n) => [n.recipient, n.channel, n.reference, n.retracted])).toEqual([
    [{ kind: 'AUTHORITY', authority: 'NLA' }, 'EMAIL', null, true],
    [{ kind: 'AUTHORITY', authority: 'NLA' }, 'ONLINE', 'NLA-2026-004711', false],
    [{ kind: 'PARTY', partyId: party.agency }, 'PHONE', null, false],
  ]);
  expect(fall.notifications[0]).toMatchObject({
    eventId: stories.events.nlaByEmail.eventId,
    incidentId: incident.fall,
    notifierPartyId: party.steel,
    notifiedAt: stories.events.nlaByEmail.occurredAt,
    recordedAt: stories.events.nlaByEmail.recordedAt,
  });
  expect(fall.reclassifications).toEqual([
    {
      eventId: reclassified.eventId,
      incidentId: incident.fall,
      severity: 'HOSPITAL_ADMISSION',
      absenceDays: 4,
      previousSeverity: 'ABSENCE',
      previousAbsenceDays: 4,
      becameKnownAt: '2026-04-15T16:00:00.000Z',
      reason: 'Opname ziekenhuis bleek pas later',
      byPartyId: party.steel,
      occurredAt: reclassified.occurredAt,
      recordedAt: reclassified.recordedAt,
    },
  ]);
  expect(incidents[0].notifications.map((n) => n.recipient)).toEqual([{ kind: 'PARTY', partyId: party.main }]);
  expect(incidents[2]).toMatchObject({ severity: 'ABSENCE', absenceDays: 3, reportedSeverity: 'ABSENCE', reportedAbsenceDays: 3, victimRelation: 'SELF_EMPLOYED' });

  // Story 5: the correction is listed with the original values; retractions too.
  const corrections = await chains.corrections(chainId);
  expect(corrections.map((c) => [c.kind, c.targetType])).toEqual([
    ['RETRACTED', 'SafetyInstructionAcknowledged'],
    ['RETRACTED', 'IncidentNotified'],
    ['CORRECTED', 'IncidentReported'],
    ['CORRECTED', 'IncidentReported'],
    ['RETRACTED', 'IncidentReported'],
    ['CORRECTED', 'ChainOpened'],
    ['CORRECTED', 'PartyEngaged'],
    ['CORRECTED', 'EngagementEnded'],
    ['CORRECTED', 'VergewisCheckRecorded'],
  ]);
  const cutCorrected = stories.events.cutCorrected;
  expect(corrections[3]).toEqual({
    eventId: cutCorrected.eventId,
    chainId,
    targetEventId: stories.events.cutReported.eventId,
    targetType: 'IncidentReported',
    kind: 'CORRECTED',
    reason: 'Verkeerde ernst gekozen: poliklinisch behandeld',
    changes: { severity: 'ABSENCE', absenceDays: 3 },
    previousValues: { severity: 'HOSPITAL_ADMISSION', absenceDays: 0 },
    byPartyId: party.zzpPiet,
    occurredAt: cutCorrected.occurredAt,
    recordedAt: cutCorrected.recordedAt,
  });
  expect(corrections[0]).toMatchObject({
    targetEventId: stories.events.pietPartyAck.eventId,
    reason: 'Dubbel ingevoerd',
    changes: null,
    previousValues: null,
    byPartyId: party.zzpPiet,
  });
  expect(await chains.corrections(otherChainId)).toEqual([]);

  // Access: the principal sees every tier, a mid-tier party its subtree, an outsider nothing.
  const everyone = [party.principal, party.main, party.steel, party.zzpJan, party.zzpPiet, party.agency, party.supplier];
  expect(await chains.access(chainId, party.principal)).toEqual({ chainExists: true, visible: true, isPrincipal: true, visiblePartyIds: everyone, subjectPartyIds: everyone });
  expect(await chains.access(chainId, party.steel)).toEqual({
    chainExists: true,
    visible: true,
    isPrincipal: false,
    visiblePartyIds: [party.main, party.steel, party.zzpJan, party.zzpPiet, party.agency],
    subjectPartyIds: [party.steel, party.zzpJan, party.zzpPiet, party.agency],
  });
  expect((await chains.access(chainId, party.zzpJan)).visiblePartyIds).toEqual([party.steel, party.zzpJan]);
  expect((await chains.access(chainId, party.supplier)).visiblePartyIds).toEqual([party.main, party.supplier]);
  expect(await chains.access(chainId, party.outsider)).toEqual({ chainExists: true, visible: false, isPrincipal: false, visiblePartyIds: [], subjectPartyIds: [] });
  expect(await chains.access('no-such-chain', party.principal)).toEqual({ chainExists: false, visible: false, isPrincipal: false, visiblePartyIds: [], subjectPartyIds: [] });
}
