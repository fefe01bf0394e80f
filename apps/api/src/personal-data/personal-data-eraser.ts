import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { chainDecider, chainStreamId, isDomainError, partyDecider, partyStreamId, retentionHolds, type ErasePersonalData } from '@schakel/domain';
import { ChainQueries } from '@schakel/read-models';
import { APP_CONFIG, EVENT_STORE, READ_MODELS, erasedName, type AppConfig, type Caller, type PersonalDataEventStore } from '@schakel/infrastructure';
import type { CommandContext, CommandResult } from '../core/command-runner';
import { WriteSide } from '../core/write-side';
import type { ErasePersonalDataInput } from './erase-personal-data.input';

/**
 * Erasure by crypto-shredding: the command is decided first (who may, whether the person is the
 * party's, whether a statutory record holds the data), so a refusal writes nothing and keeps the
 * key; then the key is destroyed and the erasure recorded, without the data.
 */
@Injectable()
export class PersonalDataEraser {
  private readonly chains: ChainQueries;

  constructor(
    private readonly writes: WriteSide,
    @Inject(EVENT_STORE) private readonly store: PersonalDataEventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(READ_MODELS) dataSource: DataSource,
  ) {
    this.chains = new ChainQueries(dataSource);
  }

  async erase(input: ErasePersonalDataInput, context: CommandContext): Promise<CommandResult & { erasedAs: number; shownAs: string }> {
    const partyId = this.writes.id(input.partyId, 'partyId');
    const subjectId = this.writes.id(input.subjectId, 'subjectId');
    const now = new Date().toISOString();
    const chains = await Promise.all(
      (await this.chains.chainIdsWithVictim(subjectId)).map(async (chainId) => (await this.writes.load(chainDecider, chainStreamId(chainId))).state),
    );
    const holds = retentionHolds(chains, subjectId, now, this.config.retention);
    const command = (metadata: { now: string; actor: Caller; occurredAt: string }, erasedAs: number): ErasePersonalData => ({
      type: 'ErasePersonalData',
      data: { partyId, subjectId, reason: input.reason, erasedAs, holds },
      metadata,
    });
    const { state } = await this.writes.load(partyDecider, partyStreamId(partyId));
    try {
      partyDecider.decide(command({ now, actor: context.caller, occurredAt: context.occurredAt ?? now }, 0), state);
    } catch (error) {
      // recorded before, but the key outlived it (the process stopped in between): finish the erasure
      if (isDomainError(error) && error.code === 'PERSONAL_DATA_ALREADY_ERASED') await this.store.destroyKey(subjectId, now);
      throw error;
    }
    const erasedAs = await this.store.destroyKey(subjectId, now);
    const result = await this.writes.run(partyDecider, partyStreamId(partyId), context, (metadata) => command(metadata, erasedAs));
    return { ...result, erasedAs, shownAs: erasedName(erasedAs) };
  }
}
