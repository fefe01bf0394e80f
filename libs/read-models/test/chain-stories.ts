import { createHash } from 'node:crypto';
import { uuidv7, type EventStore } from '@schakel/event-store';
import type { InstructionContent } from '@schakel/domain';
import { StoryLog } from './story-log';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Ids of everything the stories record, so tests can name what they expect. */
export type Stories = Awaited<ReturnType<typeof writeStories>>;

/**
 * docs/domain.md stories 1, 2 and 5 (and a lent worker's accident from story 3), as the API would
 * record them:
 *   principal (woningcorporatie) → main contractor → steel subcontractor → two zzp'ers and an agency,
 *   a supplier engaged and released; "work at height" v1 and v2 flowing down, one zzp'er stuck on v1;
 *   vergewis checks; a near miss, a fall of a lent worker (notified, reclassified, corrected) and
 *   a wrongly entered severity corrected; retractions of entries recorded by mistake.
 * A second chain, opened by another principal, engages the same main contractor.
 */
export async function writeStories(store: EventStore) {
  const log = new StoryLog(store);
  const party = {
    principal: uuidv7(),
    main: uuidv7(),
    steel: uuidv7(),
    zzpJan: uuidv7(),
    zzpPiet: uuidv7(),
    agency: uuidv7(),
    supplier: uuidv7(),
    otherPrincipal: uuidv7(),
    outsider: uuidv7(),
  };
  const worker = { foreman: uuidv7(), jan: uuidv7(), piet: uuidv7(), marek: uuidv7(), ionut: uuidv7() };
  const chainId = uuidv7();
  const otherChainId = uuidv7();
  const link = { main: uuidv7(), steel: uuidv7(), jan: uuidv7(), piet: uuidv7(), agency: uuidv7(), supplier: uuidv7() };
  const instructionId = uuidv7();
  const check = { janVca: uuidv7(), agencyInstruction: uuidv7() };
  const incident = { scaffold: uuidv7(), fall: uuidv7(), cut: uuidv7(), duplicate: uuidv7() };

  // Parties and workers (each on its own stream).
  const organisation = (partyId: string, name: string, kvkNumber: string | null) =>
    log.party(
      { type: 'PartyRegistered', data: { partyId, kind: 'ORGANISATION', name, kvkNumber, country: 'NL', registeredBy: null } },
      { partyId },
    );
  await organisation(party.principal, 'Woonstichting De Linie', '41234567');
  await organisation(party.main, 'Bouwbedrijf Van Dijk B.V.', '52345678');
  await organisation(party.steel, 'Staalbouw Noord B.V.', '63456789');
  await log.party(
    { type: 'PartyRegistered', data: { partyId: party.zzpJan, kind: 'PERSON', name: 'Jan Kowalski', kvkNumber: '74567890', country: 'PL', registeredBy: party.steel } },
    { partyId: party.steel },
  );
  await log.party(
    { type: 'PartyRegistered', data: { partyId: party.zzpPiet, kind: 'PERSON', name: 'Piet de Vries', kvkNumber: '85678901', country: 'NL', registeredBy: party.steel } },
    { partyId: party.steel },
  );
  await organisation(party.agency, 'FlexBouw Uitzendbureau B.V.', '96789012');
  await organisation(party.supplier, 'Bouwmaterialen Oost B.V.', null);
  await organisation(party.otherPrincipal, 'Gemeente Zwolle', '17890123');
  await organisation(party.outsider, 'Dakwerken Zuid B.V.', '28901234');

  const registerWorker = (partyId: string, workerId: string, name: string, languages: string[], relation: 'EMPLOYEE' | 'LENT_WORKER' | 'SELF') =>
    log.party({ type: 'WorkerRegistered', data: { partyId, workerId, name, languages, relation } }, { partyId });
  await registerWorker(party.main, worker.foreman, 'Karin Jansen', ['nl', 'en'], 'EMPLOYEE');
  await registerWorker(party.zzpJan, worker.jan, 'Jan Kowalski', ['pl', 'nl'], 'SELF');
  await registerWorker(party.zzpPiet, worker.piet, 'Piet de Vries', ['nl'], 'SELF');
  await registerWorker(party.agency, worker.marek, 'Marek Nowak', ['pl'], 'LENT_WORKER');
  await registerWorker(party.agency, worker.ionut, 'Ionuț Popescu', ['ro', 'en'], 'LENT_WORKER');

  // Story 1: the principal builds the chain, four tiers deep.
  const chainOpened = await log.chain(
    chainId,
    {
      type: 'ChainOpened',
      data: { chainId, name: 'Zonnehof fase 2', description: '48 huurwoningen, blok A en B', siteAddress: 'Zonnehof 1, Zwolle', principalPartyId: party.principal, sector: 'CONSTRUCTION' },
    },
    { partyId: party.principal },
  );
  const engage = (linkId: string, fromPartyId: string, toPartyId: string, kind: 'SUBCONTRACT' | 'SELF_EMPLOYED' | 'LENDING' | 'SUPPLY', scope: string, underAuthority: boolean, toPartyKind: 'ORGANISATION' | 'PERSON' = 'ORGANISATION') =>
    log.chain(
      chainId,
      { type: 'PartyEngaged', data: { linkId, fromPartyId, toPartyId, toPartyKind, kind, scope, underAuthority, startDate: '2026-03-09' } },
      { partyId: fromPartyId },
    );
  await engage(link.main, party.principal, party.main, 'SUBCONTRACT', 'Hoofdaanneming casco en afbouw', false);
  const steelEngaged = await engage(link.steel, party.main, party.steel, 'SUBCONTRACT', 'Staalconstructie blok B', false);
  await engage(link.jan, party.steel, party.zzpJan, 'SELF_EMPLOYED', 'Montage staalskelet', true, 'PERSON');
  await engage(link.piet, party.steel, party.zzpPiet, 'SELF_EMPLOYED', 'Laswerk verdiepingsvloeren', false, 'PERSON');
  await engage(link.agency, party.steel, party.agency, 'LENDING', 'Inleen twee monteurs', true);
  await engage(link.supplier, party.main, party.supplier, 'SUPPLY', 'Levering steigermateriaal', false);
  const supplierEnded = await log.chain(
    chainId,
    { type: 'EngagementEnded', data: { linkId: link.supplier, endDate: '2026-03-20', reason: 'Levering afgerond', endedByPartyId: party.main } },
    { partyId: party.main },
  );

  // Story 2: "work at height" flows down; v2 supersedes v1.
  const content = (version: number): InstructionContent[] => [
    { language: 'nl', title: `Werken op hoogte v${version}`, body: 'Valbeveiliging verplicht vanaf 2,5 meter; steiger dagelijks keuren.' },
    { language: 'pl', title: `Praca na wysokości v${version}`, body: 'Zabezpieczenie przed upadkiem obowiązkowe od 2,5 metra.' },
  ];
  const issue = (version: number) =>
    log.chain(
      chainId,
      {
        type: 'SafetyInstructionIssued',
        data: { instructionId, version, issuerPartyId: party.main, content: content(version), topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'], contentHash: sha256(JSON.stringify(content(version))) },
      },
      { partyId: party.main },
    );
  const passDown = (version: number, linkId: string, fromPartyId: string, toPartyId: string) =>
    log.chain(chainId, { type: 'SafetyInstructionPassedDown', data: { instructionId, version, linkId, fromPartyId, toPartyId } }, { partyId: fromPartyId });
  const acknowledge = (version: number, partyId: string, workerId: string | null, language: string) =>
    log.chain(
      chainId,
      { type: 'SafetyInstructionAcknowledged', data: { instructionId, version, partyId, workerId, language, understood: true } },
      { partyId, workerId },
    );

  await issue(1);
  await passDown(1, link.steel, party.main, party.steel);
  await passDown(1, link.jan, party.steel, party.zzpJan);
  await passDown(1, link.piet, party.steel, party.zzpPiet);
  await passDown(1, link.agency, party.steel, party.agency);
  await acknowledge(1, party.steel, null, 'nl');
  const janAcknowledgedV1 = await acknowledge(1, party.zzpJan, worker.jan, 'pl');
  await acknowledge(1, party.zzpPiet, worker.piet, 'nl');
  await acknowledge(1, party.agency, worker.marek, 'pl');

  log.at('2026-04-06T06:30:00.000Z');
  await issue(2);
  await passDown(2, link.steel, party.main, party.steel);
  await passDown(2, link.jan, party.steel, party.zzpJan);
  await passDown(2, link.piet, party.steel, party.zzpPiet);
  await passDown(2, link.agency, party.steel, party.agency);
  await acknowledge(2, party.steel, null, 'nl');
  await acknowledge(2, party.zzpPiet, worker.piet, 'nl');
  // Piet's party acknowledgement was entered by mistake and retracted: it must not count.
  const pietPartyAck = await acknowledge(2, party.zzpPiet, null, 'nl');
  await acknowledge(2, party.agency, worker.marek, 'pl');
  const ionutAck = await acknowledge(2, party.agency, worker.ionut, 'nl');
  await log.chain(
    chainId,
    { type: 'EntryRetracted', data: { targetEventId: pietPartyAck.eventId, targetType: 'SafetyInstructionAcknowledged', reason: 'Dubbel ingevoerd', retractedByPartyId: party.zzpPiet } },
    { partyId: party.zzpPiet },
  );

  // Vergewis checks.
  const janVca = await log.chain(
    chainId,
    {
      type: 'VergewisCheckRecorded',
      data: {
        checkId: check.janVca, checkerPartyId: party.steel, subjectPartyId: party.zzpJan, subjectWorkerId: worker.jan, subject: 'CERTIFICATE', outcome: 'CONFIRMED',
        summary: 'B-VCA diploma geldig', evidence: [{ name: 'b-vca-kowalski.pdf', sha256: sha256('b-vca-kowalski') }], validUntil: '2027-05-01', relatedIncidentId: null, relatedInstructionId: null,
      },
    },
    { partyId: party.steel },
  );
  await log.chain(
    chainId,
    {
      type: 'VergewisCheckRecorded',
      data: {
        checkId: check.agencyInstruction, checkerPartyId: party.main, subjectPartyId: party.agency, subjectWorkerId: null, subject: 'INSTRUCTION_RECEIVED', outcome: 'CONFIRMED',
        summary: 'Instructie v2 ontvangen door uitlener', evidence: [], validUntil: null, relatedIncidentId: null, relatedInstructionId: instructionId,
      },
    },
    { partyId: party.main },
  );

  // Incidents: a near miss about the scaffold, notified up the chain.
  await log.chain(
    chainId,
    {
      type: 'IncidentReported',
      data: {
        incidentId: incident.scaffold, reporterPartyId: party.steel, kind: 'NEAR_MISS', happenedAt: '2026-04-08T09:15:00.000Z', location: 'Blok B, steiger oostgevel',
        description: 'Losse steigerplank op 6 meter', topics: ['SCAFFOLDING'], victim: null, severity: 'NONE', absenceDays: 0, victimRelation: null, authorityHolderPartyId: null,
      },
    },
    { partyId: party.steel },
  );
  await log.chain(
    chainId,
    { type: 'IncidentNotified', data: { incidentId: incident.scaffold, notifierPartyId: party.steel, recipient: { kind: 'PARTY', partyId: party.main }, channel: 'EMAIL', reference: null } },
    { partyId: party.steel },
  );

  // Story 3 in part: a lent worker falls; the hirer (steel) reports, notifies the NLA and the agency.
  log.at('2026-04-14T10:00:00.000Z');
  const fallReported = await log.chain(
    chainId,
    {
      type: 'IncidentReported',
      data: {
        incidentId: incident.fall, reporterPartyId: party.steel, kind: 'ACCIDENT', happenedAt: '2026-04-14T09:40:00.000Z', location: 'Blok B, steiger',
        description: 'Val van steiger, 3 meter', topics: ['WORK_AT_HEIGHT', 'SCAFFOLDING'], victim: { partyId: party.agency, workerId: worker.marek, linkId: link.agency },
        severity: 'ABSENCE', absenceDays: 2, victimRelation: 'LENT_WORKER', authorityHolderPartyId: party.steel,
      },
    },
    { partyId: party.steel },
  );
  const nlaByEmail = await log.chain(
    chainId,
    { type: 'IncidentNotified', data: { incidentId: incident.fall, notifierPartyId: party.steel, recipient: { kind: 'AUTHORITY', authority: 'NLA' }, channel: 'EMAIL', reference: null } },
    { partyId: party.steel },
  );
  await log.chain(
    chainId,
    { type: 'EntryRetracted', data: { targetEventId: nlaByEmail.eventId, targetType: 'IncidentNotified', reason: 'Niet verzonden, melding loopt via het online formulier', retractedByPartyId: party.steel } },
    { partyId: party.steel },
  );
  await log.chain(
    chainId,
    { type: 'IncidentNotified', data: { incidentId: incident.fall, notifierPartyId: party.steel, recipient: { kind: 'AUTHORITY', authority: 'NLA' }, channel: 'ONLINE', reference: 'NLA-2026-004711' } },
    { partyId: party.steel },
  );
  await log.chain(
    chainId,
    { type: 'IncidentNotified', data: { incidentId: incident.fall, notifierPartyId: party.steel, recipient: { kind: 'PARTY', partyId: party.agency }, channel: 'PHONE', reference: null } },
    { partyId: party.steel },
  );
  const fallCorrected = await log.chain(
    chainId,
    {
      type: 'EntryCorrected',
      data: {
        targetEventId: fallReported.eventId, targetType: 'IncidentReported', reason: 'Locatie en verzuim verkeerd overgenomen',
        changes: { location: 'Blok B, steiger noordgevel', absenceDays: 4 }, previousValues: { location: 'Blok B, steiger', absenceDays: 2 }, correctedByPartyId: party.steel,
      },
    },
    { partyId: party.steel },
  );
  log.at('2026-04-16T08:00:00.000Z');
  await log.chain(
    chainId,
    {
      type: 'IncidentReclassified',
      data: {
        incidentId: incident.fall, severity: 'HOSPITAL_ADMISSION', absenceDays: 4, previousSeverity: 'ABSENCE', previousAbsenceDays: 4,
        becameKnownAt: '2026-04-15T16:00:00.000Z', reason: 'Opname ziekenhuis bleek pas later', reclassifiedByPartyId: party.steel,
      },
    },
    { partyId: party.steel },
  );

  // Story 5: a wrongly entered severity is corrected; the original and the correction both stay.
  const cutReported = await log.chain(
    chainId,
    {
      type: 'IncidentReported',
      data: {
        incidentId: incident.cut, reporterPartyId: party.zzpPiet, kind: 'ACCIDENT', happenedAt: '2026-04-20T13:05:00.000Z', location: 'Blok A, werkplaats',
        description: 'Snijwond hand bij slijpen', topics: ['HAND_TOOLS'], victim: { partyId: party.zzpPiet, workerId: worker.piet, linkId: link.piet },
        severity: 'HOSPITAL_ADMISSION', absenceDays: 0, victimRelation: 'SELF_EMPLOYED', authorityHolderPartyId: party.zzpPiet,
      },
    },
    { partyId: party.zzpPiet, workerId: worker.piet },
  );
  const cutCorrected = await log.chain(
    chainId,
    {
      type: 'EntryCorrected',
      data: {
        targetEventId: cutReported.eventId, targetType: 'IncidentReported', reason: 'Verkeerde ernst gekozen: poliklinisch behandeld',
        changes: { severity: 'ABSENCE', absenceDays: 3 }, previousValues: { severity: 'HOSPITAL_ADMISSION', absenceDays: 0 }, correctedByPartyId: party.zzpPiet,
      },
    },
    { partyId: party.zzpPiet },
  );
  // A near miss entered twice: the duplicate is retracted.
  const duplicateReported = await log.chain(
    chainId,
    {
      type: 'IncidentReported',
      data: {
        incidentId: incident.duplicate, reporterPartyId: party.main, kind: 'NEAR_MISS', happenedAt: '2026-04-08T09:15:00.000Z', location: 'Blok B, steiger oostgevel',
        description: 'Losse steigerplank (dubbel)', topics: ['SCAFFOLDING'], victim: null, severity: 'NONE', absenceDays: 0, victimRelation: null, authorityHolderPartyId: null,
      },
    },
    { partyId: party.main },
  );
  await log.chain(
    chainId,
    { type: 'EntryRetracted', data: { targetEventId: duplicateReported.eventId, targetType: 'IncidentReported', reason: 'Dubbele melding', retractedByPartyId: party.main } },
    { partyId: party.main },
  );

  // Corrections of the chain, a link, its end and a check.
  await log.chain(
    chainId,
    {
      type: 'EntryCorrected',
      data: {
        targetEventId: chainOpened.eventId, targetType: 'ChainOpened', reason: 'Projectnaam volgens contract',
        changes: { name: 'Zonnehof fase 2 (48 woningen)' }, previousValues: { name: 'Zonnehof fase 2' }, correctedByPartyId: party.principal,
      },
    },
    { partyId: party.principal },
  );
  await log.chain(
    chainId,
    {
      type: 'EntryCorrected',
      data: {
        targetEventId: steelEngaged.eventId, targetType: 'PartyEngaged', reason: 'Scope uitgebreid tot blok A en B',
        changes: { scope: 'Staalconstructie blok A en B', startDate: '2026-03-10' }, previousValues: { scope: 'Staalconstructie blok B', startDate: '2026-03-09' }, correctedByPartyId: party.main,
      },
    },
    { partyId: party.main },
  );
  await log.chain(
    chainId,
    {
      type: 'EntryCorrected',
      data: {
        targetEventId: supplierEnded.eventId, targetType: 'EngagementEnded', reason: 'Einddatum volgens pakbon',
        changes: { endDate: '2026-03-19' }, previousValues: { endDate: '2026-03-20' }, correctedByPartyId: party.main,
      },
    },
    { partyId: party.main },
  );
  await log.chain(
    chainId,
    {
      type: 'EntryCorrected',
      data: {
        targetEventId: janVca.eventId, targetType: 'VergewisCheckRecorded', reason: 'Geldigheid volgens diploma',
        changes: { validUntil: '2027-04-30' }, previousValues: { validUntil: '2027-05-01' }, correctedByPartyId: party.steel,
      },
    },
    { partyId: party.steel },
  );

  // A second chain engages the same main contractor.
  await log.chain(
    otherChainId,
    { type: 'ChainOpened', data: { chainId: otherChainId, name: 'Sporthal Noord', description: 'Renovatie dak', siteAddress: null, principalPartyId: party.otherPrincipal, sector: 'CONSTRUCTION' } },
    { partyId: party.otherPrincipal },
  );
  await log.chain(
    otherChainId,
    {
      type: 'PartyEngaged',
      data: { linkId: uuidv7(), fromPartyId: party.otherPrincipal, toPartyId: party.main, toPartyKind: 'ORGANISATION', kind: 'SUBCONTRACT', scope: 'Dakrenovatie', underAuthority: false, startDate: '2026-05-04' },
    },
    { partyId: party.otherPrincipal },
  );

  return {
    appended: log.appended,
    party,
    worker,
    chainId,
    otherChainId,
    link,
    instructionId,
    check,
    incident,
    events: { chainOpened, steelEngaged, supplierEnded, janAcknowledgedV1, pietPartyAck, ionutAck, janVca, fallReported, nlaByEmail, fallCorrected, cutReported, cutCorrected, duplicateReported },
  };
}
