import { UseFilters } from '@nestjs/common';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { RequestContext } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CommandContext } from '../core/command-runner';
import { commandContext, payloadOf } from '../graphql/command-io';
import { AcknowledgeInstructionCommand } from './acknowledge-instruction/acknowledge-instruction.command';
import { AcknowledgeInstructionInput, AcknowledgeInstructionPayload } from './acknowledge-instruction/acknowledge-instruction.input';
import { CorrectEntryCommand } from './correct-entry/correct-entry.command';
import { CorrectEntryInput, CorrectEntryPayload } from './correct-entry/correct-entry.input';
import { EndEngagementCommand } from './end-engagement/end-engagement.command';
import { EndEngagementInput, EndEngagementPayload } from './end-engagement/end-engagement.input';
import { EngagePartyCommand } from './engage-party/engage-party.command';
import { EngagePartyInput, EngagePartyPayload } from './engage-party/engage-party.input';
import { ImportChainHistoryCommand } from './import-chain-history/import-chain-history.command';
import { ImportChainHistoryInput, ImportChainHistoryPayload } from './import-chain-history/import-chain-history.input';
import { IssueSafetyInstructionCommand } from './issue-safety-instruction/issue-safety-instruction.command';
import { IssueSafetyInstructionInput, IssueSafetyInstructionPayload } from './issue-safety-instruction/issue-safety-instruction.input';
import { NotifyIncidentCommand } from './notify-incident/notify-incident.command';
import { NotifyIncidentInput, NotifyIncidentPayload } from './notify-incident/notify-incident.input';
import { OpenChainCommand } from './open-chain/open-chain.command';
import { OpenChainInput, OpenChainPayload } from './open-chain/open-chain.input';
import { PassDownInstructionCommand } from './pass-down-instruction/pass-down-instruction.command';
import { PassDownInstructionInput, PassDownInstructionPayload } from './pass-down-instruction/pass-down-instruction.input';
import { ReclassifyIncidentCommand } from './reclassify-incident/reclassify-incident.command';
import { ReclassifyIncidentInput, ReclassifyIncidentPayload } from './reclassify-incident/reclassify-incident.input';
import { RecordVergewisCheckCommand } from './record-vergewis-check/record-vergewis-check.command';
import { RecordVergewisCheckInput, RecordVergewisCheckPayload } from './record-vergewis-check/record-vergewis-check.input';
import { ReportIncidentCommand } from './report-incident/report-incident.command';
import { ReportIncidentInput, ReportIncidentPayload } from './report-incident/report-incident.input';
import { RetractEntryCommand } from './retract-entry/retract-entry.command';
import { RetractEntryInput, RetractEntryPayload } from './retract-entry/retract-entry.input';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

/** The chain's write side: each mutation maps its input to a command and its result to a payload. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
export class ChainMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => OpenChainPayload, { description: 'Opens a chain (a project or assignment) with your party as its principal.' })
  @Roles('MANAGER')
  async openChain(@Args('input') input: OpenChainInput, @RequestContext() request: RequestCtx): Promise<OpenChainPayload> {
    const result = await this.commandBus.execute(new OpenChainCommand(input, commandContext(request, input)));
    return { ...payloadOf(result), chainId: result.chainId };
  }

  @Mutation(() => EngagePartyPayload, { description: 'Engages a party below yours in the chain: a new link.' })
  @Roles('MANAGER')
  async engageParty(@Args('input') input: EngagePartyInput, @RequestContext() request: RequestCtx): Promise<EngagePartyPayload> {
    const result = await this.commandBus.execute(new EngagePartyCommand(input, commandContext(request, input)));
    return { ...payloadOf(result), linkId: result.linkId };
  }

  @Mutation(() => EndEngagementPayload, { description: 'Ends a link you hold (the principal may end any link). End links bottom-up.' })
  @Roles('MANAGER')
  async endEngagement(@Args('input') input: EndEngagementInput, @RequestContext() request: RequestCtx): Promise<EndEngagementPayload> {
    return payloadOf(await this.commandBus.execute(new EndEngagementCommand(input, commandContext(request, input))));
  }

  @Mutation(() => IssueSafetyInstructionPayload, { description: 'Issues a safety instruction, or a new version of one you issued.' })
  @Roles('MANAGER')
  async issueSafetyInstruction(
    @Args('input') input: IssueSafetyInstructionInput,
    @RequestContext() request: RequestCtx,
  ): Promise<IssueSafetyInstructionPayload> {
    const result = await this.commandBus.execute(new IssueSafetyInstructionCommand(input, commandContext(request, input)));
    return { ...payloadOf(result), instructionId: result.instructionId, instructionVersion: result.instructionVersion };
  }

  @Mutation(() => PassDownInstructionPayload, { description: 'Passes an instruction you hold down a link you hold.' })
  @Roles('MANAGER')
  async passDownInstruction(
    @Args('input') input: PassDownInstructionInput,
    @RequestContext() request: RequestCtx,
  ): Promise<PassDownInstructionPayload> {
    return payloadOf(await this.commandBus.execute(new PassDownInstructionCommand(input, commandContext(request, input))));
  }

  @Mutation(() => AcknowledgeInstructionPayload, {
    description: 'Acknowledges a version of an instruction for your party or one of its workers (a WORKER token: for itself).',
  })
  @Roles('MANAGER', 'WORKER')
  async acknowledgeInstruction(
    @Args('input') input: AcknowledgeInstructionInput,
    @RequestContext() request: RequestCtx,
  ): Promise<AcknowledgeInstructionPayload> {
    return payloadOf(await this.commandBus.execute(new AcknowledgeInstructionCommand(input, commandContext(request, input))));
  }

  @Mutation(() => RecordVergewisCheckPayload, { description: 'Records what you ascertained about a party (or worker) below yours.' })
  @Roles('MANAGER')
  async recordVergewisCheck(
    @Args('input') input: RecordVergewisCheckInput,
    @RequestContext() request: RequestCtx,
  ): Promise<RecordVergewisCheckPayload> {
    const result = await this.commandBus.execute(new RecordVergewisCheckCommand(input, commandContext(request, input)));
    return { ...payloadOf(result), checkId: result.checkId };
  }

  @Mutation(() => ReportIncidentPayload, { description: 'Reports a near miss or an accident.' })
  @Roles('MANAGER', 'WORKER')
  async reportIncident(@Args('input') input: ReportIncidentInput, @RequestContext() request: RequestCtx): Promise<ReportIncidentPayload> {
    const result = await this.commandBus.execute(new ReportIncidentCommand(input, commandContext(request, input)));
    return { ...payloadOf(result), incidentId: result.incidentId };
  }

  @Mutation(() => NotifyIncidentPayload, { description: 'Records that you notified a party in the chain or the authority (NLA) of an incident.' })
  @Roles('MANAGER')
  async notifyIncident(@Args('input') input: NotifyIncidentInput, @RequestContext() request: RequestCtx): Promise<NotifyIncidentPayload> {
    return payloadOf(await this.commandBus.execute(new NotifyIncidentCommand(input, commandContext(request, input))));
  }

  @Mutation(() => ReclassifyIncidentPayload, { description: 'Records a severity that became known later (the reporter or the principal).' })
  @Roles('MANAGER')
  async reclassifyIncident(
    @Args('input') input: ReclassifyIncidentInput,
    @RequestContext() request: RequestCtx,
  ): Promise<ReclassifyIncidentPayload> {
    return payloadOf(await this.commandBus.execute(new ReclassifyIncidentCommand(input, commandContext(request, input))));
  }

  @Mutation(() => CorrectEntryPayload, { description: 'Corrects fields of an entry your party recorded; the original stays visible.' })
  @Roles('MANAGER')
  async correctEntry(@Args('input') input: CorrectEntryInput, @RequestContext() request: RequestCtx): Promise<CorrectEntryPayload> {
    return payloadOf(await this.commandBus.execute(new CorrectEntryCommand(input, commandContext(request, input))));
  }

  @Mutation(() => RetractEntryPayload, { description: 'Retracts an entry your party recorded: it stops counting and stays visible.' })
  @Roles('MANAGER')
  async retractEntry(@Args('input') input: RetractEntryInput, @RequestContext() request: RequestCtx): Promise<RetractEntryPayload> {
    return payloadOf(await this.commandBus.execute(new RetractEntryCommand(input, commandContext(request, input))));
  }

  @Mutation(() => ImportChainHistoryPayload, {
    description:
      'Imports a chain\'s history from a file (docs/import.md): entries keep their claimed dates, are recorded now and marked imported, with you as importer and the file\'s SHA-256. A bad row rejects the whole file (extensions.row); nothing is written.',
  })
  @Roles('MANAGER')
  async importChainHistory(@Args('input') input: ImportChainHistoryInput, @RequestContext() request: RequestCtx): Promise<ImportChainHistoryPayload> {
    const result = await this.commandBus.execute(new ImportChainHistoryCommand(input.content, { ...request, occurredAt: null, expectedVersion: null }));
    return { ...result, streamId: `chain-${result.chainId}` };
  }
}
