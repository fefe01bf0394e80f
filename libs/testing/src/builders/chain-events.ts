import type {
  ChainOpened,
  EngagementEnded,
  EntryCorrected,
  EntryRetracted,
  IncidentNotified,
  IncidentReclassified,
  IncidentReported,
  PartyEngaged,
  SafetyInstructionAcknowledged,
  SafetyInstructionIssued,
  SafetyInstructionPassedDown,
  VergewisCheckRecorded,
} from '@schakel/domain';

// Event factories with sensible defaults: a test names only what matters to its rule.

export const CHAIN_ID = 'chain-1';
/** A valid lowercase SHA-256 hex digest. */
export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);

export function chainOpened(data: Partial<ChainOpened['data']> & { principalPartyId: string }): ChainOpened {
  return {
    type: 'ChainOpened',
    data: { chainId: CHAIN_ID, name: 'Project Zonnehof', description: '48 homes', siteAddress: null, sector: 'CONSTRUCTION', ...data },
  };
}

export function partyEngaged(
  data: Partial<PartyEngaged['data']> & { linkId: string; fromPartyId: string; toPartyId: string },
): PartyEngaged {
  const kind = data.kind ?? 'SUBCONTRACT';
  return {
    type: 'PartyEngaged',
    data: {
      toPartyKind: kind === 'SELF_EMPLOYED' ? 'PERSON' : 'ORGANISATION',
      kind,
      scope: `Work by ${data.toPartyId}`,
      underAuthority: kind === 'LENDING',
      startDate: '2026-03-01',
      ...data,
    },
  };
}

export function engagementEnded(data: Partial<EngagementEnded['data']> & { linkId: string; endedByPartyId: string }): EngagementEnded {
  return { type: 'EngagementEnded', data: { endDate: '2026-03-01', reason: 'Work done', ...data } };
}

export function instructionIssued(
  data: Partial<SafetyInstructionIssued['data']> & { instructionId: string; issuerPartyId: string },
): SafetyInstructionIssued {
  return {
    type: 'SafetyInstructionIssued',
    data: {
      version: 1,
      content: [
        { language: 'nl', title: 'Werken op hoogte', body: 'Gebruik altijd valbescherming.' },
        { language: 'pl', title: 'Praca na wysokości', body: 'Zawsze używaj zabezpieczenia.' },
      ],
      topics: ['WORK_AT_HEIGHT'],
      contentHash: HASH_A,
      ...data,
    },
  };
}

export function instructionPassedDown(
  data: Partial<SafetyInstructionPassedDown['data']> & {
    instructionId: string;
    linkId: string;
    fromPartyId: string;
    toPartyId: string;
  },
): SafetyInstructionPassedDown {
  return { type: 'SafetyInstructionPassedDown', data: { version: 1, ...data } };
}

export function instructionAcknowledged(
  data: Partial<SafetyInstructionAcknowledged['data']> & { instructionId: string; partyId: string },
): SafetyInstructionAcknowledged {
  return { type: 'SafetyInstructionAcknowledged', data: { version: 1, workerId: null, language: 'nl', understood: true, ...data } };
}

export function vergewisCheckRecorded(
  data: Partial<VergewisCheckRecorded['data']> & { checkId: string; checkerPartyId: string; subjectPartyId: string },
): VergewisCheckRecorded {
  return {
    type: 'VergewisCheckRecorded',
    data: {
      subjectWorkerId: null,
      subject: 'CERTIFICATE',
      outcome: 'CONFIRMED',
      summary: 'VCA** certificate valid',
      evidence: [{ name: 'vca.pdf', sha256: HASH_B }],
      validUntil: '2027-03-01',
      relatedIncidentId: null,
      relatedInstructionId: null,
      ...data,
    },
  };
}

export function incidentReported(
  data: Partial<IncidentReported['data']> & { incidentId: string; reporterPartyId: string },
): IncidentReported {
  return {
    type: 'IncidentReported',
    data: {
      kind: 'NEAR_MISS',
      happenedAt: '2026-03-02T07:30:00.000Z',
      location: 'Scaffold, block B',
      description: 'Plank slipped off the second level',
      topics: ['WORK_AT_HEIGHT'],
      victim: null,
      severity: 'NONE',
      absenceDays: 0,
      victimRelation: null,
      authorityHolderPartyId: null,
      ...data,
    },
  };
}

export function incidentNotified(
  data: Partial<IncidentNotified['data']> & { incidentId: string; notifierPartyId: string },
): IncidentNotified {
  return {
    type: 'IncidentNotified',
    data: { recipient: { kind: 'AUTHORITY', authority: 'NLA' }, channel: 'ONLINE', reference: null, ...data },
  };
}

export function incidentReclassified(
  data: Partial<IncidentReclassified['data']> & { incidentId: string; reclassifiedByPartyId: string },
): IncidentReclassified {
  return {
    type: 'IncidentReclassified',
    data: {
      severity: 'HOSPITAL_ADMISSION',
      absenceDays: 0,
      previousSeverity: 'NONE',
      previousAbsenceDays: 0,
      becameKnownAt: '2026-03-02T10:00:00.000Z',
      reason: 'Admission became known',
      ...data,
    },
  };
}

export function entryCorrected(
  data: Partial<EntryCorrected['data']> &
    Pick<EntryCorrected['data'], 'targetEventId' | 'targetType' | 'changes' | 'previousValues' | 'correctedByPartyId'>,
): EntryCorrected {
  return { type: 'EntryCorrected', data: { reason: 'Entered wrongly', ...data } };
}

export function entryRetracted(
  data: Partial<EntryRetracted['data']> & Pick<EntryRetracted['data'], 'targetEventId' | 'targetType' | 'retractedByPartyId'>,
): EntryRetracted {
  return { type: 'EntryRetracted', data: { reason: 'Entered by mistake', ...data } };
}
