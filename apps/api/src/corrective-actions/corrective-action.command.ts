import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../core/command-runner';
import type {
  AssignCorrectiveActionInput,
  CommentOnCorrectiveActionInput,
  CompleteCorrectiveActionInput,
  ReopenCorrectiveActionInput,
  VerifyCorrectiveActionInput,
} from './corrective-action.inputs';

export type CorrectiveActionRequest =
  | { kind: 'assign'; input: AssignCorrectiveActionInput }
  | { kind: 'comment'; input: CommentOnCorrectiveActionInput }
  | { kind: 'complete'; input: CompleteCorrectiveActionInput }
  | { kind: 'verify'; input: VerifyCorrectiveActionInput }
  | { kind: 'reopen'; input: ReopenCorrectiveActionInput };

/** One of the five steps of a corrective action, carried to its handler. */
export class CorrectiveActionCommand extends Command<CommandResult & { actionId: string }> {
  constructor(
    readonly request: CorrectiveActionRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
