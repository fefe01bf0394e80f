import { Injectable } from '@nestjs/common';
import { partyDecider, partyStreamId, workerOf, type ResolvedParty, type ResolvedWorker } from '@schakel/domain';
import { WriteSide } from './write-side';

/**
 * Facts about parties and workers that chain commands need, read from the party streams
 * (the log, not a read model, so a decision never rests on a stale projection).
 */
@Injectable()
export class PartyDirectory {
  constructor(private readonly writes: WriteSide) {}

  async party(partyId: string): Promise<ResolvedParty | null> {
    const { state } = await this.writes.load(partyDecider, partyStreamId(partyId));
    return state.status === 'Registered' ? { partyId: state.partyId, kind: state.kind } : null;
  }

  /** The worker and its party, or null. Workers live in their party's stream. */
  async worker(partyId: string, workerId: string): Promise<ResolvedWorker | null> {
    const { state } = await this.writes.load(partyDecider, partyStreamId(partyId));
    const worker = workerOf(state, workerId);
    return worker ? { workerId, partyId, languages: worker.languages } : null;
  }
}
