import type { Type } from '@nestjs/common';
import { AcknowledgeInstructionHandler } from './acknowledge-instruction/acknowledge-instruction.handler';
import { CorrectEntryHandler } from './correct-entry/correct-entry.handler';
import { EndEngagementHandler } from './end-engagement/end-engagement.handler';
import { EngagePartyHandler } from './engage-party/engage-party.handler';
import { ImportChainHistoryHandler } from './import-chain-history/import-chain-history.handler';
import { IssueSafetyInstructionHandler } from './issue-safety-instruction/issue-safety-instruction.handler';
import { NotifyIncidentHandler } from './notify-incident/notify-incident.handler';
import { OpenChainHandler } from './open-chain/open-chain.handler';
import { PassDownInstructionHandler } from './pass-down-instruction/pass-down-instruction.handler';
import { ReclassifyIncidentHandler } from './reclassify-incident/reclassify-incident.handler';
import { RecordVergewisCheckHandler } from './record-vergewis-check/record-vergewis-check.handler';
import { ReportIncidentHandler } from './report-incident/report-incident.handler';
import { RetractEntryHandler } from './retract-entry/retract-entry.handler';

/** The command handlers of the chain mutations, for ChainsModule's providers. */
export const chainCommandHandlers: Type[] = [
  OpenChainHandler,
  EngagePartyHandler,
  EndEngagementHandler,
  IssueSafetyInstructionHandler,
  PassDownInstructionHandler,
  AcknowledgeInstructionHandler,
  RecordVergewisCheckHandler,
  ReportIncidentHandler,
  NotifyIncidentHandler,
  ReclassifyIncidentHandler,
  CorrectEntryHandler,
  RetractEntryHandler,
  ImportChainHistoryHandler,
];
