import type { ChainEventType } from '@schakel/domain';
import { ChainLinkRow } from '../links/chain-link.entity';
import { ChainRow } from '../chains/chain.entity';
import { IncidentNotificationRow } from '../incidents/incident-notification.entity';
import { IncidentRow } from '../incidents/incident.entity';
import { InstructionAcknowledgementRow } from '../instructions/instruction-acknowledgement.entity';
import { InstructionReceiptRow } from '../instructions/instruction-receipt.entity';
import { VergewisCheckRow } from '../checks/vergewis-check.entity';

/** Where the row made by an entry lives: its table, and the column that names the entry (or, for ChainOpened, the chain). */
export type CorrectableTarget = {
  entity: Function;
  by: 'eventId' | 'endEventId' | 'chainId';
  /** Domain field name → entity property it corrects. */
  fields: Readonly<Record<string, string>>;
};

// Mirrors the domain's whitelist (libs/domain/src/chain/corrections/correctable-entries.ts): a
// spec fails when the domain allows a field this map does not place in a column.
export const correctableTargets: Partial<Record<ChainEventType, CorrectableTarget>> = {
  ChainOpened: { entity: ChainRow, by: 'chainId', fields: { name: 'name', description: 'description', siteAddress: 'siteAddress' } },
  PartyEngaged: { entity: ChainLinkRow, by: 'eventId', fields: { scope: 'scope', startDate: 'startDate' } },
  EngagementEnded: { entity: ChainLinkRow, by: 'endEventId', fields: { endDate: 'endDate', reason: 'endReason' } },
  VergewisCheckRecorded: {
    entity: VergewisCheckRow,
    by: 'eventId',
    fields: { summary: 'summary', outcome: 'outcome', validUntil: 'validUntil' },
  },
  IncidentReported: {
    entity: IncidentRow,
    by: 'eventId',
    fields: {
      location: 'location',
      description: 'description',
      happenedAt: 'happenedAt',
      topics: 'topics',
      // A correction fixes the report; the current severity follows unless a reclassification overrides it.
      severity: 'reportedSeverity',
      absenceDays: 'reportedAbsenceDays',
    },
  },
  IncidentNotified: { entity: IncidentNotificationRow, by: 'eventId', fields: { channel: 'channel', reference: 'reference' } },
};

/** Rows that a retraction marks as no longer counting (they stay listed). */
export const retractableTargets: Partial<Record<ChainEventType, Function>> = {
  SafetyInstructionPassedDown: InstructionReceiptRow,
  SafetyInstructionAcknowledged: InstructionAcknowledgementRow,
  VergewisCheckRecorded: VergewisCheckRow,
  IncidentReported: IncidentRow,
  IncidentNotified: IncidentNotificationRow,
};
