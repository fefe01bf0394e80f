import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainStreamId } from '@schakel/domain';
import type { EventStore } from '@schakel/event-store';
import { ProjectionRunner } from '@schakel/read-models';
import { EVENT_STORE } from '@schakel/infrastructure';
import { importChainHistory } from '@schakel/application';
import { ImportChainHistoryCommand } from './import-chain-history.command';

@CommandHandler(ImportChainHistoryCommand)
export class ImportChainHistoryHandler implements ICommandHandler<ImportChainHistoryCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ content, context }: ImportChainHistoryCommand) {
    const result = await importChainHistory(this.store, Buffer.from(content, 'utf8'), context.caller, context.correlationId);
    // read your own writes, as every mutation does
    await this.projections.catchUp();
    await this.projections.waitUntilApplied(chainStreamId(result.chainId), result.version);
    return result;
  }
}
