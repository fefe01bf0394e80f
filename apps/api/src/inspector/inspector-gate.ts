import { Injectable } from '@nestjs/common';
import { accessDecider, accessStreamId, withholdHealthData, type ReplayClock, type ReplayEvent } from '@schakel/domain';
import type { Caller } from '@schakel/infrastructure';
import { WriteSide } from '../core/write-side';
import { forbidden } from '@schakel/application';
import { ChainReplaySource } from './chain-replay-source';
import { combineReads, type InspectorRead } from './inspector-reads';

export type { InspectorRead };

/** Who reads: the caller, its correlation id, and the request the read belongs to (its aliases share it). */
export type GateRequest = { caller: Caller; correlationId: string; request?: object };

type Pending = { reads: InspectorRead[]; recorded: Promise<readonly ReplayEvent[]> };

/**
 * Who may replay a chain: an INSPECTOR under a valid grant (the read is appended to the chain's
 * access stream before anything is answered, so looking is itself on record), or a MANAGER of the
 * chain's principal (the records are its own). What they get back is the log as they may read it:
 * an inspector everything, a manager with the health data of injuries it has no need to know of
 * withheld (withholdHealthData), so the replay, timeline, who-knew and report all follow one rule.
 *
 * An inspector's reads of one chain within one request are recorded as ONE event: the fields of a
 * query start together, so the first waits a turn of the event loop for its siblings to join, and
 * all of them answer after that one append (a thousand aliases cannot write a thousand events).
 */
@Injectable()
export class InspectorGate {
  private readonly pending = new WeakMap<object, Map<string, Pending>>();

  constructor(
    private readonly writes: WriteSide,
    private readonly source: ChainReplaySource,
  ) {}

  async open(request: GateRequest, chainId: string, read: InspectorRead): Promise<readonly ReplayEvent[]> {
    const id = this.writes.id(chainId, 'chainId');
    const caller = request.caller;
    // an inspector under a grant reads everything (withholdHealthData returns the events as they are)
    if (caller.role === 'INSPECTOR') return withholdHealthData(await this.recorded(request, id, read), { kind: 'INSPECTOR' });
    const events = await this.source.events(id);
    if (caller.role === 'MANAGER' && caller.partyId && caller.partyId === this.source.grantorsOf(events).principalPartyId) {
      return withholdHealthData(events, { kind: 'MEMBER', partyId: caller.partyId, workerId: null });
    }
    throw forbidden('REPLAY_NOT_ALLOWED', `Replaying chain ${id} needs an INSPECTOR token under a grant, or a MANAGER token of its principal.`);
  }

  private recorded(request: GateRequest, chainId: string, read: InspectorRead): Promise<readonly ReplayEvent[]> {
    const key = request.request ?? {};
    let byChain = this.pending.get(key);
    if (!byChain) this.pending.set(key, (byChain = new Map()));
    const joined = byChain.get(chainId);
    if (joined) {
      joined.reads.push(read);
      return joined.recorded;
    }
    const reads = [read];
    const recorded = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      byChain.delete(chainId); // a read arriving after this append is recorded by one of its own
      const events = await this.source.events(chainId);
      const combined = combineReads(reads);
      await this.writes.run(accessDecider, accessStreamId(chainId), { caller: request.caller, correlationId: request.correlationId }, (metadata) => ({
        type: 'RecordInspectorRead' as const,
        data: { chainId, ...combined },
        metadata,
      }));
      return events;
    });
    byChain.set(chainId, { reads, recorded });
    return recorded;
  }
}

export type { ReplayClock };
