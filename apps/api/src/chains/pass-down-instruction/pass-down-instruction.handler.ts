import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId, instructionOf } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { PassDownInstructionCommand } from './pass-down-instruction.command';

@CommandHandler(PassDownInstructionCommand)
export class PassDownInstructionHandler implements ICommandHandler<PassDownInstructionCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: PassDownInstructionCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const instructionId = this.writes.id(input.instructionId, 'instructionId');
    const linkId = this.writes.id(input.linkId, 'linkId');
    const streamId = chainStreamId(chainId);
    const version = input.version ?? (await this.currentVersion(streamId, instructionId));
    return this.writes.run(chainDecider, streamId, context, (metadata) => ({
      type: 'PassDownInstruction' as const,
      data: { chainId, instructionId, version, linkId },
      metadata,
    }));
  }

  // The domain needs an explicit version. For an unknown chain or instruction there is none: 0 is
  // no version at all, and the domain refuses the command with CHAIN_NOT_FOUND or INSTRUCTION_NOT_FOUND.
  private async currentVersion(streamId: string, instructionId: string): Promise<number> {
    const { state } = await this.writes.load(chainDecider, streamId);
    return instructionOf(state, instructionId)?.currentVersion ?? 0;
  }
}
