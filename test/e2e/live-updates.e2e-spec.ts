import { describePostgres } from '@schakel/testing';
import { ok } from './chain-story';
import { buildWorld, type World } from './authz/authz-world';
import { liveClient, liveUrl, settle, subscribe, type LiveClient } from './live-client';

// Live updates over a real WebSocket (graphql-ws) against the real app: what reaches whom, how fast,
// and what a caller that may not see it gets (nothing, or a clear error at subscribe time).
const CHAIN_CHANGED = 'subscription($chainId: ID!) { chainChanged(chainId: $chainId) { chainId eventType occurredAt recordedAt byPartyName byWorkerName } }';

function liveStory(store: 'sqlite' | 'postgres'): void {
  let world: World;
  let url: string;
  const clients: LiveClient[] = [];
  const connect = (token: string) => {
    const live = liveClient(url, { token });
    clients.push(live);
    return live;
  };

  beforeAll(async () => {
    world = await buildWorld(store);
    url = await liveUrl(world.api);
  }, 120_000);
  afterAll(async () => {
    for (const live of clients) await live.dispose();
    await world?.close();
  }, 60_000);

  it("a worker's acknowledgement reaches a subscribed manager within a second; a party that may not see it receives nothing", async () => {
    const steel = subscribe(connect(world.token('steel')), CHAIN_CHANGED, { chainId: world.chainId });
    const sibling = subscribe(connect(world.token('sibling')), CHAIN_CHANGED, { chainId: world.chainId });
    const outsider = subscribe(connect(world.token('outsider')), CHAIN_CHANGED, { chainId: world.chainId });
    await settle();
    expect(outsider.errors).toEqual(['FORBIDDEN/CHAIN_NOT_VISIBLE']);
    const started = Date.now();
    await ok(world.api, 'acknowledgeInstruction', { chainId: world.chainId, instructionId: world.instruction.passedDown, version: 1, language: 'nl' }, world.token('sanne'));
    const [change] = await steel.waitFor(1, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(change).toMatchObject({ chainId: world.chainId, eventType: 'SafetyInstructionAcknowledged', byWorkerName: expect.any(String) });
    await settle(500);
    expect(sibling.received).toEqual([]);
    expect(sibling.errors).toEqual([]);
  });
}

describe('live updates (SQLite)', () => liveStory('sqlite'));
describePostgres('live updates (PostgreSQL)', () => liveStory('postgres'));
