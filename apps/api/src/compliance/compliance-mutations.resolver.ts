import { UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CommandContext } from '../core/command-runner';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { commandContext, payloadOf } from '../graphql/command-io';
import { RecordIncidentMeasuresCommand } from './record-incident-measures/record-incident-measures.command';
import { RecordIncidentMeasuresInput, RecordIncidentMeasuresPayload } from './record-incident-measures/record-incident-measures.input';
import { ResumeWorkCommand } from './resume-work/resume-work.command';
import { ResumeWorkInput, ResumeWorkPayload } from './resume-work/resume-work.input';
import { DeliverRieExtractCommand } from './deliver-rie-extract/deliver-rie-extract.command';
import { DeliverRieExtractInput, DeliverRieExtractPayload } from './deliver-rie-extract/deliver-rie-extract.input';
import { StartWorkCommand } from './start-work/start-work.command';
import { StartWorkInput, StartWorkPayload } from './start-work/start-work.input';
import { RecordDirectSupervisionCommand } from './record-direct-supervision/record-direct-supervision.command';
import { RecordDirectSupervisionInput, RecordDirectSupervisionPayload } from './record-direct-supervision/record-direct-supervision.input';
import { SetLinkRequirementsCommand } from './set-link-requirements/set-link-requirements.command';
import { SetLinkRequirementsInput, SetLinkRequirementsPayload } from './set-link-requirements/set-link-requirements.input';
import { DescribeConstructionProjectCommand } from './describe-construction-project/describe-construction-project.command';
import { DescribeConstructionProjectInput, DescribeConstructionProjectPayload } from './describe-construction-project/describe-construction-project.input';
import { FileConstructionNoticeCommand } from './file-construction-notice/file-construction-notice.command';
import { FileConstructionNoticeInput, FileConstructionNoticePayload } from './file-construction-notice/file-construction-notice.input';
import { PublishHealthSafetyPlanCommand } from './publish-health-safety-plan/publish-health-safety-plan.command';
import { PublishHealthSafetyPlanInput, PublishHealthSafetyPlanPayload } from './publish-health-safety-plan/publish-health-safety-plan.input';
import { AcknowledgeHealthSafetyPlanCommand } from './acknowledge-health-safety-plan/acknowledge-health-safety-plan.command';
import { AcknowledgeHealthSafetyPlanInput, AcknowledgeHealthSafetyPlanPayload } from './acknowledge-health-safety-plan/acknowledge-health-safety-plan.input';
import { AppointCoordinatorCommand } from './appoint-coordinator/appoint-coordinator.command';
import { RecordExecutionAgreementCommand } from './record-execution-agreement/record-execution-agreement.command';
import { RecordExecutionAgreementInput, RecordExecutionAgreementPayload } from './record-execution-agreement/record-execution-agreement.input';
import { AppointCoordinatorInput, AppointCoordinatorPayload } from './appoint-coordinator/appoint-coordinator.input';
import { IssueCoordinatorDirectionCommand } from './issue-coordinator-direction/issue-coordinator-direction.command';
import { IssueCoordinatorDirectionInput, IssueCoordinatorDirectionPayload } from './issue-coordinator-direction/issue-coordinator-direction.input';
import { AcknowledgeCoordinatorDirectionCommand } from './acknowledge-coordinator-direction/acknowledge-coordinator-direction.command';
import { AcknowledgeCoordinatorDirectionInput, AcknowledgeCoordinatorDirectionPayload } from './acknowledge-coordinator-direction/acknowledge-coordinator-direction.input';
import { RecordCompanyCertificateCommand } from './record-company-certificate/record-company-certificate.command';
import { RecordCompanyCertificateInput, RecordCompanyCertificatePayload } from './record-company-certificate/record-company-certificate.input';
import { RecordWorkerDiplomaCommand } from './record-worker-diploma/record-worker-diploma.command';
import { RecordWorkerDiplomaInput, RecordWorkerDiplomaPayload } from './record-worker-diploma/record-worker-diploma.input';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

/** Duties after accidents, lent workers, work on site, the construction process and credentials. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
@Roles('MANAGER')
export class ComplianceMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => RecordIncidentMeasuresPayload, { description: 'The hirer (the party holding gezag over the victim) records the measures taken after an accident.' })
  async recordIncidentMeasures(@Args('input') input: RecordIncidentMeasuresInput, @RequestContext() request: RequestCtx): Promise<RecordIncidentMeasuresPayload> {
    const result = await this.commandBus.execute(new RecordIncidentMeasuresCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => ResumeWorkPayload, { description: 'The hirer records that the victim of an accident resumed work (occurredAt: when).' })
  async resumeWork(@Args('input') input: ResumeWorkInput, @RequestContext() request: RequestCtx): Promise<ResumeWorkPayload> {
    const result = await this.commandBus.execute(new ResumeWorkCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => DeliverRieExtractPayload, { description: 'The hirer delivers the RI&E extract to the agency, before the lent worker starts (Arbowet 5(5)).' })
  async deliverRieExtract(@Args('input') input: DeliverRieExtractInput, @RequestContext() request: RequestCtx): Promise<DeliverRieExtractPayload> {
    const result = await this.commandBus.execute(new DeliverRieExtractCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => StartWorkPayload, { description: 'A worker starts a task on a link (by the engaged party or the party directing the work). With `gate`, the start check runs and its result is recorded with the start; NO-GO needs an override reason.' })
  async startWork(@Args('input') input: StartWorkInput, @RequestContext() request: RequestCtx): Promise<StartWorkPayload> {
    const result = await this.commandBus.execute(new StartWorkCommand(input, commandContext(request, input)));
    return { ...payloadOf(result), workStartId: result.workStartId, verdict: result.verdict, reasons: result.reasons };
  }

  @Mutation(() => RecordDirectSupervisionPayload, { description: "Records that a party directs or supervises a zzp'er's work directly: a sign of gezag (NL-GEZAG-SIGNAL)." })
  async recordDirectSupervision(@Args('input') input: RecordDirectSupervisionInput, @RequestContext() request: RequestCtx): Promise<RecordDirectSupervisionPayload> {
    const result = await this.commandBus.execute(new RecordDirectSupervisionCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => SetLinkRequirementsPayload, { description: 'Sets the contract minimums of a link you hold: certificate scheme, ladder step, subcontracting, worker diplomas.' })
  async setLinkRequirements(@Args('input') input: SetLinkRequirementsInput, @RequestContext() request: RequestCtx): Promise<SetLinkRequirementsPayload> {
    const result = await this.commandBus.execute(new SetLinkRequirementsCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => DescribeConstructionProjectPayload, { description: 'The principal describes the chain as a construction project (again, to change it).' })
  async describeConstructionProject(@Args('input') input: DescribeConstructionProjectInput, @RequestContext() request: RequestCtx): Promise<DescribeConstructionProjectPayload> {
    const result = await this.commandBus.execute(new DescribeConstructionProjectCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => FileConstructionNoticePayload, { description: 'The principal records the prior notice (voormelding) to the NLA, or an update of it.' })
  async fileConstructionNotice(@Args('input') input: FileConstructionNoticeInput, @RequestContext() request: RequestCtx): Promise<FileConstructionNoticePayload> {
    const result = await this.commandBus.execute(new FileConstructionNoticeCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => PublishHealthSafetyPlanPayload, { description: 'Publishes a new version of the V&G plan (principal or coordinator); it supersedes the previous one.' })
  async publishHealthSafetyPlan(@Args('input') input: PublishHealthSafetyPlanInput, @RequestContext() request: RequestCtx): Promise<PublishHealthSafetyPlanPayload> {
    const result = await this.commandBus.execute(new PublishHealthSafetyPlanCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => AcknowledgeHealthSafetyPlanPayload, { description: 'Acknowledges the current V&G plan version for your party.' })
  async acknowledgeHealthSafetyPlan(@Args('input') input: AcknowledgeHealthSafetyPlanInput, @RequestContext() request: RequestCtx): Promise<AcknowledgeHealthSafetyPlanPayload> {
    const result = await this.commandBus.execute(new AcknowledgeHealthSafetyPlanCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => AppointCoordinatorPayload, { description: 'The principal appoints the design-phase V&G coordinator; the principal or the uitvoerende partij (main contractor) the execution-phase one.' })
  async appointCoordinator(@Args('input') input: AppointCoordinatorInput, @RequestContext() request: RequestCtx): Promise<AppointCoordinatorPayload> {
    const result = await this.commandBus.execute(new AppointCoordinatorCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => RecordExecutionAgreementPayload, {
    description: 'The principal records that its written agreement with the uitvoerende partij (the main contractor) exists (Arbobesluit 2.32(2)).',
  })
  async recordExecutionAgreement(@Args('input') input: RecordExecutionAgreementInput, @RequestContext() request: RequestCtx): Promise<RecordExecutionAgreementPayload> {
    const result = await this.commandBus.execute(new RecordExecutionAgreementCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => IssueCoordinatorDirectionPayload, { description: 'A coordinator issues a direction (aanwijzing) that its addressees must acknowledge.' })
  async issueCoordinatorDirection(@Args('input') input: IssueCoordinatorDirectionInput, @RequestContext() request: RequestCtx): Promise<IssueCoordinatorDirectionPayload> {
    const result = await this.commandBus.execute(new IssueCoordinatorDirectionCommand(input, commandContext(request, input)));
    return { ...payloadOf(result), directionId: result.directionId };
  }

  @Mutation(() => AcknowledgeCoordinatorDirectionPayload, { description: 'Acknowledges a coordinator direction addressed to your party.' })
  async acknowledgeCoordinatorDirection(@Args('input') input: AcknowledgeCoordinatorDirectionInput, @RequestContext() request: RequestCtx): Promise<AcknowledgeCoordinatorDirectionPayload> {
    const result = await this.commandBus.execute(new AcknowledgeCoordinatorDirectionCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => RecordCompanyCertificatePayload, { description: 'Records a company certificate (VCA*, VCA**, VCA Petrochemie, VCU, Safety Culture Ladder) of a party.' })
  async recordCompanyCertificate(@Args('input') input: RecordCompanyCertificateInput, @RequestContext() request: RequestCtx): Promise<RecordCompanyCertificatePayload> {
    const result = await this.commandBus.execute(new RecordCompanyCertificateCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }

  @Mutation(() => RecordWorkerDiplomaPayload, { description: "Records a worker's VCA diploma (B-VCA, VOL-VCA, VIL-VCU)." })
  async recordWorkerDiploma(@Args('input') input: RecordWorkerDiplomaInput, @RequestContext() request: RequestCtx): Promise<RecordWorkerDiplomaPayload> {
    const result = await this.commandBus.execute(new RecordWorkerDiplomaCommand(input, commandContext(request, input)));
    return payloadOf(result);
  }
}
