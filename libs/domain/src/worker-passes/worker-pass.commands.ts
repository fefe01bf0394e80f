import type { DomainCommand } from '../shared/messages';
import type { PartyId, ResolvedWorker } from '../shared/values';

export type IssueWorkerPass = DomainCommand<
  'IssueWorkerPass',
  {
    partyId: PartyId;
    workerId: string;
    /** The worker as registered with the party (null: not found). */
    worker: ResolvedWorker | null;
    issueId: string;
    passIdHash: string;
    /** Until when the pass works (checked against the command's `now` and `maxDays`). */
    expiresAt: string;
    maxDays: number;
  }
>;

export type RevokeWorkerPass = DomainCommand<'RevokeWorkerPass', { partyId: PartyId; passIdHash: string }>;

export type WorkerPassCommand = IssueWorkerPass | RevokeWorkerPass;
