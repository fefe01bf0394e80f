import { Injectable } from '@nestjs/common';
import { accessDecider, accessStreamId, type ReplayClock, type ReplayEvent } from '@schakel/domain';
import type { Caller } from '../auth/caller';
import type { CommandContext } from '../core/command-runner';
import { WriteSide } from '../core/write-side';
import { forbidden } from '../errors/api-error-code';
import { ChainReplaySource } from './chain-replay-source';

export type InspectorRead = { query: string; asOf?: string | null; clock?: ReplayClock | null; subject?: string | null };

/**
 * Who may replay a chain: an INSPECTOR under a valid grant (the read is appended to the chain's
 * access stream before anything is answered, so looking is itself on record), or a MANAGER of the
 * chain's principal (the records are its own).
 */
@Injectable()
export class InspectorGate {
  constructor(
    private readonly writes: WriteSide,
    private readonly source: ChainReplaySource,
  ) {}

  async open(request: Pick<CommandContext, 'caller' | 'correlationId'>, chainId: string, read: InspectorRead): Promise<readonly ReplayEvent[]> {
    const id = this.writes.id(chainId, 'chainId');
    const events = await this.source.events(id);
    const caller = request.caller;
    if (caller.role === 'INSPECTOR') {
      await this.writes.run(accessDecider, accessStreamId(id), { caller, correlationId: request.correlationId }, (metadata) => ({
        type: 'RecordInspectorRead' as const,
        data: { chainId: id, query: read.query, asOf: read.asOf ?? null, clock: read.clock ?? null, subject: read.subject ?? null },
        metadata,
      }));
      return events;
    }
    if (caller.role === 'MANAGER' && caller.partyId && caller.partyId === this.source.grantorsOf(events).principalPartyId) return events;
    throw forbidden('REPLAY_NOT_ALLOWED', `Replaying chain ${id} needs an INSPECTOR token under a grant, or a MANAGER token of its principal.`);
  }
}

export type { Caller };
