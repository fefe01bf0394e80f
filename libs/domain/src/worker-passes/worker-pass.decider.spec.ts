import { workerPassDecider } from './worker-pass.decider';
import type { WorkerPassCommand } from './worker-pass.commands';
import type { WorkerPassEvent } from './worker-pass.events';

const NOW = '2026-03-11T08:00:00.000Z';
const metadata = (partyId: string) => ({ now: NOW, actor: { userId: 'u', partyId, role: 'MANAGER' as const, workerId: null } });
const jan = { workerId: 'jan', partyId: 'steel', languages: ['nl'] };
const hash = 'a'.repeat(64);
const issue = (data: Partial<Extract<WorkerPassCommand, { type: 'IssueWorkerPass' }>['data']> = {}, by = 'steel'): WorkerPassCommand => ({
  type: 'IssueWorkerPass',
  data: { partyId: 'steel', workerId: 'jan', worker: jan, issueId: 'issue-1', passIdHash: hash, expiresAt: '2027-03-11T08:00:00.000Z', maxDays: 1095, ...data },
  metadata: metadata(by),
});
const revoke = (by = 'steel', passIdHash = hash): WorkerPassCommand => ({ type: 'RevokeWorkerPass', data: { partyId: 'steel', passIdHash }, metadata: metadata(by) });

function run(given: WorkerPassEvent[], command: WorkerPassCommand): WorkerPassEvent[] {
  const state = given.reduce(workerPassDecider.evolve, workerPassDecider.initialState());
  return workerPassDecider.decide(command, state);
}
const code = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
};

describe('workers\' personal passes', () => {
  const issued: WorkerPassEvent = { type: 'WorkerPassIssued', data: { partyId: 'steel', workerId: 'jan', issueId: 'issue-1', passIdHash: hash, expiresAt: '2027-03-11T08:00:00.000Z' } };

  it('the worker\'s own party issues a pass, kept as a hash', () => {
    expect(run([], issue())).toEqual([issued]);
  });

  it('refuses another party, an unknown worker, a worker of another party, an expiry in the past or too far ahead, and the same pass twice', () => {
    expect(code(() => run([], issue({}, 'main')))).toBe('PASS_NOT_OWN_WORKER');
    expect(code(() => run([], issue({ worker: null })))).toBe('WORKER_NOT_FOUND');
    expect(code(() => run([], issue({ worker: { ...jan, partyId: 'agency' } })))).toBe('WORKER_NOT_FOUND');
    expect(code(() => run([], issue({ expiresAt: NOW })))).toBe('PASS_EXPIRY_INVALID');
    expect(code(() => run([], issue({ expiresAt: '2029-03-12T08:00:00.000Z' })))).toBe('PASS_EXPIRY_INVALID');
    expect(code(() => run([], issue({ expiresAt: 'tomorrow' })))).toBe('INPUT_INSTANT_INVALID');
    expect(code(() => run([issued], issue()))).toBe('PASS_ALREADY_ISSUED');
  });

  it('the same party revokes it once; another party\'s or an unknown pass is not found', () => {
    expect(run([issued], revoke())).toEqual([{ type: 'WorkerPassRevoked', data: { partyId: 'steel', workerId: 'jan', passIdHash: hash } }]);
    expect(code(() => run([issued], revoke('main')))).toBe('PASS_NOT_OWN_WORKER');
    expect(code(() => run([issued], revoke('steel', 'b'.repeat(64))))).toBe('PASS_NOT_FOUND');
    expect(code(() => run([issued, ...run([issued], revoke())], revoke()))).toBe('PASS_ALREADY_REVOKED');
  });
});
