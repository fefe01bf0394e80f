import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { PartyDirectory } from '../../core/party-directory';
import { WriteSide } from '../../core/write-side';
import { AppointCoordinatorCommand } from './appoint-coordinator.command';

@CommandHandler(AppointCoordinatorCommand)
export class AppointCoordinatorHandler implements ICommandHandler<AppointCoordinatorCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
  ) {}

  async execute({ input, context }: AppointCoordinatorCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const coordinatorPartyId = this.writes.id(input.coordinatorPartyId, 'coordinatorPartyId');
    const data = {
      chainId,
      phase: input.phase,
      coordinatorPartyId,
      coordinator: await this.parties.party(coordinatorPartyId),
    };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'AppointCoordinator' as const,
      data,
      metadata,
    }));
    return result;
  }
}
