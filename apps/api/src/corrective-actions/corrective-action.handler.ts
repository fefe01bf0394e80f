import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId, type ChainCommand, type CommandMetadata } from '@schakel/domain';
import type { CommandContext } from '../core/command-runner';
import { WriteSide } from '../core/write-side';
import { instantText } from '../graphql/instant-text';
import { CorrectiveActionCommand, type CorrectiveActionRequest } from './corrective-action.command';
import { FindingLookup } from './finding-lookup';

@CommandHandler(CorrectiveActionCommand)
export class CorrectiveActionHandler implements ICommandHandler<CorrectiveActionCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly findings: FindingLookup,
  ) {}

  async execute({ request, context }: CorrectiveActionCommand) {
    const chainId = this.writes.id(request.input.chainId, 'chainId');
    const actionId = request.kind === 'assign' ? this.writes.newId(context, 'corrective-action') : this.writes.id(request.input.actionId, 'actionId');
    const build = await this.commandOf(request, chainId, actionId, context);
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => build(metadata));
    return { ...result, actionId };
  }

  private async commandOf(request: CorrectiveActionRequest, chainId: string, actionId: string, context: CommandContext): Promise<(metadata: CommandMetadata) => ChainCommand> {
    switch (request.kind) {
      case 'assign': {
        const { input } = request;
        const found = input.subjectKind === 'FINDING' && input.finding ? await this.findings.find(context.caller, chainId, input.finding) : null;
        const data = {
          chainId,
          actionId,
          subjectKind: input.subjectKind,
          finding: found ? { ruleId: found.ruleId, arisenAt: found.arisenAt, partyIds: found.partyIds } : null,
          incidentId: input.incidentId ? this.writes.id(input.incidentId, 'incidentId') : null,
          directionId: input.directionId ? this.writes.id(input.directionId, 'directionId') : null,
          description: input.description,
          assigneePartyId: input.assigneePartyId ? this.writes.id(input.assigneePartyId, 'assigneePartyId') : null,
          dueAt: instantText(input.dueAt),
        };
        return (metadata) => ({ type: 'AssignCorrectiveAction', data, metadata });
      }
      case 'comment': {
        const data = { chainId, actionId, commentId: this.writes.newId(context, 'action-comment'), text: request.input.text };
        return (metadata) => ({ type: 'CommentOnCorrectiveAction', data, metadata });
      }
      case 'complete': {
        const evidence = request.input.evidence.map(({ name, sha256, sizeBytes }) => ({ name, sha256, ...(sizeBytes === null || sizeBytes === undefined ? {} : { sizeBytes }) }));
        const data = { chainId, actionId, note: request.input.note, evidence };
        return (metadata) => ({ type: 'CompleteCorrectiveAction', data, metadata });
      }
      case 'verify':
        return (metadata) => ({ type: 'VerifyCorrectiveAction', data: { chainId, actionId }, metadata });
      case 'reopen': {
        const data = { chainId, actionId, reason: request.input.reason };
        return (metadata) => ({ type: 'ReopenCorrectiveAction', data, metadata });
      }
    }
  }
}
