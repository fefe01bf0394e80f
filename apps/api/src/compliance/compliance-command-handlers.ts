import { RecordExecutionAgreementHandler } from './record-execution-agreement/record-execution-agreement.handler';
import type { Type } from '@nestjs/common';
import { RecordIncidentMeasuresHandler } from './record-incident-measures/record-incident-measures.handler';
import { ResumeWorkHandler } from './resume-work/resume-work.handler';
import { DeliverRieExtractHandler } from './deliver-rie-extract/deliver-rie-extract.handler';
import { StartWorkHandler } from './start-work/start-work.handler';
import { RecordDirectSupervisionHandler } from './record-direct-supervision/record-direct-supervision.handler';
import { SetLinkRequirementsHandler } from './set-link-requirements/set-link-requirements.handler';
import { DescribeConstructionProjectHandler } from './describe-construction-project/describe-construction-project.handler';
import { FileConstructionNoticeHandler } from './file-construction-notice/file-construction-notice.handler';
import { PublishHealthSafetyPlanHandler } from './publish-health-safety-plan/publish-health-safety-plan.handler';
import { AcknowledgeHealthSafetyPlanHandler } from './acknowledge-health-safety-plan/acknowledge-health-safety-plan.handler';
import { AppointCoordinatorHandler } from './appoint-coordinator/appoint-coordinator.handler';
import { IssueCoordinatorDirectionHandler } from './issue-coordinator-direction/issue-coordinator-direction.handler';
import { AcknowledgeCoordinatorDirectionHandler } from './acknowledge-coordinator-direction/acknowledge-coordinator-direction.handler';
import { RecordCompanyCertificateHandler } from './record-company-certificate/record-company-certificate.handler';
import { RecordWorkerDiplomaHandler } from './record-worker-diploma/record-worker-diploma.handler';

/** The command handlers of the compliance mutations. */
export const complianceCommandHandlers: Type[] = [
  RecordIncidentMeasuresHandler,
  ResumeWorkHandler,
  DeliverRieExtractHandler,
  StartWorkHandler,
  RecordDirectSupervisionHandler,
  SetLinkRequirementsHandler,
  DescribeConstructionProjectHandler,
  FileConstructionNoticeHandler,
  PublishHealthSafetyPlanHandler,
  AcknowledgeHealthSafetyPlanHandler,
  AppointCoordinatorHandler,
  RecordExecutionAgreementHandler,
  IssueCoordinatorDirectionHandler,
  AcknowledgeCoordinatorDirectionHandler,
  RecordCompanyCertificateHandler,
  RecordWorkerDiplomaHandler,
];
