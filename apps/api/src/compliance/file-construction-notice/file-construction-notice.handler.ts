import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { FileConstructionNoticeCommand } from './file-construction-notice.command';

@CommandHandler(FileConstructionNoticeCommand)
export class FileConstructionNoticeHandler implements ICommandHandler<FileConstructionNoticeCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: FileConstructionNoticeCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = { chainId, reference: input.reference };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'FileConstructionNotice' as const,
      data,
      metadata,
    }));
    return result;
  }
}
