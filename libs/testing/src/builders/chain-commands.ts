import type {
  AcknowledgeInstruction,
  CommandMetadata,
  CorrectEntry,
  EndEngagement,
  EngageParty,
  IssueSafetyInstruction,
  NotifyIncident,
  OpenChain,
  PartyKind,
  PassDownInstruction,
  ReclassifyIncident,
  RecordVergewisCheck,
  ReportIncident,
  RetractEntry,
} from '@schakel/domain';
import { CHAIN_ID, HASH_A, HASH_B } from './chain-events';

// Command factories: defaults that pass, so a test overrides only what its rule is about.

export function openChain(metadata: CommandMetadata, data: Partial<OpenChain['data']> = {}): OpenChain {
  const principalPartyId = data.principalPartyId ?? metadata.actor.partyId ?? 'principal';
  return {
    type: 'OpenChain',
    data: {
      chainId: CHAIN_ID,
      name: 'Project Zonnehof',
      description: '48 homes',
      siteAddress: null,
      principalPartyId,
      principal: { partyId: principalPartyId, kind: 'ORGANISATION' },
      ...data,
    },
    metadata,
  };
}

export function engageParty(
  metadata: CommandMetadata,
  data: Partial<EngageParty['data']> & { engagedPartyId: string; linkId: string },
  engagedKind: PartyKind = data.kind === 'SELF_EMPLOYED' ? 'PERSON' : 'ORGANISATION',
): EngageParty {
  return {
    type: 'EngageParty',
    data: {
      chainId: CHAIN_ID,
      engagedParty: { partyId: data.engagedPartyId, kind: engagedKind },
      kind: 'SUBCONTRACT',
      scope: `Work by ${data.engagedPartyId}`,
      underAuthority: false,
      startDate: '2026-03-01',
      ...data,
    },
    metadata,
  };
}

export function endEngagement(metadata: CommandMetadata, data: Partial<EndEngagement['data']> & { linkId: string }): EndEngagement {
  return { type: 'EndEngagement', data: { chainId: CHAIN_ID, endDate: '2026-03-02', reason: 'Work done', ...data }, metadata };
}

export function issueInstruction(
  metadata: CommandMetadata,
  data: Partial<IssueSafetyInstruction['data']> & { instructionId: string },
): IssueSafetyInstruction {
  return {
    type: 'IssueSafetyInstruction',
    data: {
      chainId: CHAIN_ID,
      supersedesInstructionId: null,
      content: [
        { language: 'nl', title: 'Werken op hoogte', body: 'Gebruik altijd valbescherming.' },
        { language: 'pl', title: 'Praca na wysokości', body: 'Zawsze używaj zabezpieczenia.' },
      ],
      topics: ['WORK_AT_HEIGHT'],
      contentHash: HASH_A,
      ...data,
    },
    metadata,
  };
}

export function passDownInstruction(
  metadata: CommandMetadata,
  data: Partial<PassDownInstruction['data']> & { instructionId: string; linkId: string },
): PassDownInstruction {
  return { type: 'PassDownInstruction', data: { chainId: CHAIN_ID, version: 1, ...data }, metadata };
}

export function acknowledgeInstruction(
  metadata: CommandMetadata,
  data: Partial<AcknowledgeInstruction['data']> & { instructionId: string },
): AcknowledgeInstruction {
  return {
    type: 'AcknowledgeInstruction',
    data: { chainId: CHAIN_ID, version: 1, workerId: null, worker: null, language: 'nl', ...data },
    metadata,
  };
}

export function recordVergewisCheck(
  metadata: CommandMetadata,
  data: Partial<RecordVergewisCheck['data']> & { checkId: string; subjectPartyId: string },
): RecordVergewisCheck {
  return {
    type: 'RecordVergewisCheck',
    data: {
      chainId: CHAIN_ID,
      subjectWorkerId: null,
      subjectWorker: null,
      subject: 'CERTIFICATE',
      outcome: 'CONFIRMED',
      summary: 'VCA** certificate valid',
      evidence: [{ name: 'vca.pdf', sha256: HASH_B }],
      validUntil: '2027-03-01',
      relatedIncidentId: null,
      relatedInstructionId: null,
      ...data,
    },
    metadata,
  };
}

export function reportIncident(
  metadata: CommandMetadata,
  data: Partial<ReportIncident['data']> & { incidentId: string },
): ReportIncident {
  return {
    type: 'ReportIncident',
    data: {
      chainId: CHAIN_ID,
      kind: 'NEAR_MISS',
      happenedAt: '2026-03-02T07:30:00.000Z',
      location: 'Scaffold, block B',
      description: 'Plank slipped off the second level',
      topics: ['WORK_AT_HEIGHT'],
      victim: null,
      severity: 'NONE',
      absenceDays: 0,
      // by default the named victim worker is registered with the victim's party
      victimWorker: data.victim?.workerId ? { workerId: data.victim.workerId, partyId: data.victim.partyId, languages: ['nl'] } : null,
      ...data,
    },
    metadata,
  };
}

export function notifyIncident(
  metadata: CommandMetadata,
  data: Partial<NotifyIncident['data']> & { incidentId: string },
): NotifyIncident {
  return {
    type: 'NotifyIncident',
    data: { chainId: CHAIN_ID, recipient: { kind: 'AUTHORITY', authority: 'NLA' }, channel: 'ONLINE', reference: null, ...data },
    metadata,
  };
}

export function reclassifyIncident(
  metadata: CommandMetadata,
  data: Partial<ReclassifyIncident['data']> & { incidentId: string },
): ReclassifyIncident {
  return {
    type: 'ReclassifyIncident',
    data: {
      chainId: CHAIN_ID,
      severity: 'HOSPITAL_ADMISSION',
      absenceDays: 0,
      becameKnownAt: '2026-03-02T10:00:00.000Z',
      reason: 'Admission became known',
      ...data,
    },
    metadata,
  };
}

export function correctEntry(
  metadata: CommandMetadata,
  data: Partial<CorrectEntry['data']> & { targetEventId: string; changes: Record<string, unknown> },
): CorrectEntry {
  return { type: 'CorrectEntry', data: { chainId: CHAIN_ID, reason: 'Entered wrongly', ...data }, metadata };
}

export function retractEntry(metadata: CommandMetadata, data: Partial<RetractEntry['data']> & { targetEventId: string }): RetractEntry {
  return { type: 'RetractEntry', data: { chainId: CHAIN_ID, reason: 'Entered by mistake', ...data }, metadata };
}
