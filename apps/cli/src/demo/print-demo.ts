import type { GraphqlClient } from './graphql-client';
import type { DemoResult } from './demo-story';

const CHAIN = `query DemoChain($id: ID!) {
  chain(id: $id) {
    name siteAddress version
    tree { depth partyName kind active }
    instructions { title currentVersion status { partyId workerId status acknowledgedVersion } }
  }
}`;

/** The chain tree and instruction status as the principal sees them, for a terminal. */
export async function printDemo(api: GraphqlClient, principalToken: string, demo: DemoResult, write: (s: string) => void): Promise<void> {
  const { chain } = await api.request(principalToken, CHAIN, { id: demo.chainId });
  write(`\nChain "${chain.name}" (${chain.siteAddress}), stream version ${chain.version}\n`);
  for (const node of chain.tree as { depth: number; partyName: string; kind: string | null; active: boolean }[]) {
    const via = node.kind ? `  [${node.kind}${node.active ? '' : ', ended'}]` : '  [principal]';
    write(`${'  '.repeat(node.depth)}${node.depth ? '└─ ' : ''}${node.partyName}${via}\n`);
  }
  const names = new Map<string, string>(Object.values(demo.parties).map((p) => [p.id, p.name]));
  for (const w of Object.values(demo.workers)) names.set(w.id, w.name);
  for (const instruction of chain.instructions) {
    write(`\nInstruction "${instruction.title}" — current version ${instruction.currentVersion}\n`);
    for (const row of instruction.status) {
      const who = row.workerId ? `    worker ${names.get(row.workerId) ?? row.workerId}` : `  ${names.get(row.partyId) ?? row.partyId}`;
      const acked = row.acknowledgedVersion ? ` (acknowledged v${row.acknowledgedVersion})` : '';
      write(`${who.padEnd(44)} ${row.status}${acked}\n`);
    }
  }
}
