import { actingPartyOf } from '../chain/chain-guards';
import type { Decider } from '../shared/decider';
import { Conflict, Invalid, NotAllowed, NotFound } from '../shared/errors';
import { toUtcInstant } from '../shared/time';
import type { PartyId, WorkerId } from '../shared/values';
import type { IssueWorkerPass, RevokeWorkerPass, WorkerPassCommand } from './worker-pass.commands';
import type { WorkerPassEvent } from './worker-pass.events';

export type WorkerPassState = { issueId: string; passIdHash: string; workerId: WorkerId; partyId: PartyId; expiresAt: string; issuedAt: string; revoked: boolean };

export type WorkerPassesState = { passes: Map<string, WorkerPassState> };

const DAY_MS = 86_400_000;

/** Only the worker's own party, its employer, issues and revokes the passes of its workers. */
function PassesByTheEmployer(command: WorkerPassCommand): PartyId {
  const partyId = actingPartyOf(command.metadata);
  if (partyId !== command.data.partyId) throw new NotAllowed('PASS_NOT_OWN_WORKER', { partyId: command.data.partyId }, 'PassesByTheEmployer');
  return partyId;
}

function decideIssue(command: IssueWorkerPass, state: WorkerPassesState): WorkerPassEvent[] {
  const partyId = PassesByTheEmployer(command);
  const { worker, workerId, issueId, passIdHash, maxDays } = command.data;
  if (worker === null || worker.partyId !== partyId) throw new NotFound('WORKER_NOT_FOUND', { workerId });
  const expiresAt = toUtcInstant(command.data.expiresAt, 'expiresAt');
  const now = Date.parse(command.metadata.now);
  const until = Date.parse(expiresAt);
  if (until <= now || until > now + maxDays * DAY_MS) throw new Invalid('PASS_EXPIRY_INVALID', { expiresAt, maxDays });
  if (state.passes.has(passIdHash)) throw new Conflict('PASS_ALREADY_ISSUED');
  return [{ type: 'WorkerPassIssued', data: { partyId, workerId: worker.workerId, issueId, passIdHash, expiresAt } }];
}

function decideRevoke(command: RevokeWorkerPass, state: WorkerPassesState): WorkerPassEvent[] {
  const partyId = PassesByTheEmployer(command);
  const pass = state.passes.get(command.data.passIdHash);
  if (!pass) throw new NotFound('PASS_NOT_FOUND', { partyId });
  if (pass.revoked) throw new Conflict('PASS_ALREADY_REVOKED');
  return [{ type: 'WorkerPassRevoked', data: { partyId, workerId: pass.workerId, passIdHash: pass.passIdHash } }];
}

function evolve(state: WorkerPassesState, event: WorkerPassEvent): WorkerPassesState {
  const passes = new Map(state.passes);
  if (event.type === 'WorkerPassIssued') {
    passes.set(event.data.passIdHash, { ...event.data, issuedAt: event.meta?.recordedAt ?? '', revoked: false });
  } else {
    const pass = passes.get(event.data.passIdHash);
    if (pass) passes.set(pass.passIdHash, { ...pass, revoked: true });
  }
  return { passes };
}

export const workerPassDecider: Decider<WorkerPassCommand, WorkerPassEvent, WorkerPassesState> = {
  initialState: () => ({ passes: new Map() }),
  evolve,
  decide(command, state) {
    return command.type === 'IssueWorkerPass' ? decideIssue(command, state) : decideRevoke(command, state);
  },
};
