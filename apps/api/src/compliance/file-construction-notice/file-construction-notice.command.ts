import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { FileConstructionNoticeInput } from './file-construction-notice.input';

export class FileConstructionNoticeCommand extends Command<CommandResult> {
  constructor(
    readonly input: FileConstructionNoticeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
