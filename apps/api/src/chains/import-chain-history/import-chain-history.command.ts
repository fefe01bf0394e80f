import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../core/command-runner';
import type { ChainHistoryImport } from '@schakel/application';

export class ImportChainHistoryCommand extends Command<ChainHistoryImport> {
  constructor(
    readonly content: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
