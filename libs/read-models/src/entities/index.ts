import { ProjectionCheckpointRow } from '../runner/projection-checkpoint.entity';
import { ProjectedStreamRow } from '../runner/projected-stream.entity';
import { ProjectionFailureRow } from '../runner/projection-failure.entity';
import { ChainLinkRow } from './chain-link.entity';
import { ChainRow } from './chain.entity';
import { EntryCorrectionRow } from './entry-correction.entity';
import { IncidentNotificationRow } from './incident-notification.entity';
import { IncidentReclassificationRow } from './incident-reclassification.entity';
import { IncidentRow } from './incident.entity';
import { InstructionAcknowledgementRow } from './instruction-acknowledgement.entity';
import { InstructionReceiptRow } from './instruction-receipt.entity';
import { InstructionVersionRow } from './instruction-version.entity';
import { PartyRow } from './party.entity';
import { VergewisCheckRow } from './vergewis-check.entity';
import { WorkerRow } from './worker.entity';
import { MemberRow } from '../members/member.entity';
import { SignInCodeRow } from '../members/sign-in-code.entity';
import { UserSessionRow } from '../members/user-session.entity';
import { NoticeDeliveryRow } from '../notifications/notice-delivery.entity';
import { NoticePreferenceRow } from '../notifications/notice-preference.entity';
import { WebhookEndpointRow } from '../notifications/webhook-endpoint.entity';

export {
  ChainLinkRow,
  ChainRow,
  EntryCorrectionRow,
  IncidentNotificationRow,
  IncidentReclassificationRow,
  IncidentRow,
  InstructionAcknowledgementRow,
  InstructionReceiptRow,
  InstructionVersionRow,
  PartyRow,
  ProjectedStreamRow,
  ProjectionCheckpointRow,
  ProjectionFailureRow,
  VergewisCheckRow,
  WorkerRow,
};

/** Every table of the read-model database, the runner's checkpoint included. */
export const readModelEntities = [
  ProjectionCheckpointRow,
  ProjectedStreamRow,
  ProjectionFailureRow,
  PartyRow,
  WorkerRow,
  ChainRow,
  ChainLinkRow,
  InstructionVersionRow,
  InstructionReceiptRow,
  InstructionAcknowledgementRow,
  VergewisCheckRow,
  IncidentRow,
  IncidentNotificationRow,
  IncidentReclassificationRow,
  EntryCorrectionRow,
  MemberRow,
  SignInCodeRow,
  UserSessionRow,
  NoticeDeliveryRow,
  NoticePreferenceRow,
  WebhookEndpointRow,
];
