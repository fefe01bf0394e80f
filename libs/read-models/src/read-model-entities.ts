import { ProjectionCheckpointRow } from './runner/projection-checkpoint.entity';
import { ProjectedStreamRow } from './runner/projected-stream.entity';
import { ProjectionFailureRow } from './runner/projection-failure.entity';
import { ChainLinkRow } from './links/chain-link.entity';
import { ChainRow } from './chains/chain.entity';
import { EntryCorrectionRow } from './corrections/entry-correction.entity';
import { IncidentNotificationRow } from './incidents/incident-notification.entity';
import { IncidentReclassificationRow } from './incidents/incident-reclassification.entity';
import { IncidentRow } from './incidents/incident.entity';
import { InstructionAcknowledgementRow } from './instructions/instruction-acknowledgement.entity';
import { InstructionReceiptRow } from './instructions/instruction-receipt.entity';
import { InstructionVersionRow } from './instructions/instruction-version.entity';
import { PartyRow } from './parties/party.entity';
import { VergewisCheckRow } from './checks/vergewis-check.entity';
import { WorkerRow } from './parties/worker.entity';
import { MemberRow } from './members/member.entity';
import { SignInCodeRow } from './members/sign-in-code.entity';
import { UserSessionRow } from './members/user-session.entity';
import { NoticeDeliveryRow } from './notifications/notice-delivery.entity';
import { NoticePreferenceRow } from './notifications/notice-preference.entity';
import { NoticeWatchRow } from './notifications/notice-watch.entity';
import { WebhookEndpointRow } from './notifications/webhook-endpoint.entity';
import { InspectorGrantRow } from './grants/inspector-grant.entity';

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
  NoticeWatchRow,
  WebhookEndpointRow,
  InspectorGrantRow,
];
