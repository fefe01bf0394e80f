import type { GraphqlClient } from './graphql-client';
import type { DemoResult } from './demo-story';

const CHAIN = `query DemoChain($id: ID!) {
  chain(id: $id) {
    name siteAddress version
    tree { depth partyName kind active }
    instructions { title currentVersion status { partyId workerId status acknowledgedVersion } }
  }
}`;
const ACKNOWLEDGED = `query DemoAcknowledgements($chainId: ID!, $asOf: DateTime!) {
  chainAsOf(chainId: $chainId, asOf: $asOf, clock: RECORDED) {
    instructions { title currentVersion acknowledgements { partyName workerId language understood entry acknowledgedAt recordedAt } }
  }
}`;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A story's text with every id the demo knows replaced by its name: people read names, not UUIDs. */
export function readable(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(UUID, (id) => names.get(id.toLowerCase()) ?? id);
}

/** The names of everything the demo made, by id. */
export function demoNames(demo: DemoResult): Map<string, string> {
  const names = new Map<string, string>(Object.values(demo.parties).map((p) => [p.id, p.name]));
  for (const w of Object.values(demo.workers)) names.set(w.id, w.name);
  names.set(demo.instructionId, '"Werken op hoogte"');
  names.set(demo.chainId, 'Renovatie 48 woningen Zuiderpark');
  return names;
}

/** A day and time of the story, to the minute, in UTC. */
export function day(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

const ENTRY: Record<string, string> = {
  OWN: 'own act',
  ON_BEHALF: 'entered by a manager on their behalf',
  IMPORTED: 'imported from the paper file',
};

/** The chain tree and instruction status as the principal sees them, for a terminal. */
export async function printDemo(api: GraphqlClient, principalToken: string, demo: DemoResult, write: (s: string) => void): Promise<void> {
  const { chain } = await api.request(principalToken, CHAIN, { id: demo.chainId });
  write(`\nChain "${chain.name}" (${chain.siteAddress}), stream version ${chain.version}\n`);
  for (const node of chain.tree as { depth: number; partyName: string; kind: string | null; active: boolean }[]) {
    const via = node.kind ? `  [${node.kind}${node.active ? '' : ', ended'}]` : '  [principal]';
    write(`${'  '.repeat(node.depth)}${node.depth ? '└─ ' : ''}${node.partyName}${via}\n`);
  }
  const names = demoNames(demo);
  for (const instruction of chain.instructions) {
    write(`\nInstruction "${instruction.title}" — current version ${instruction.currentVersion}\n`);
    for (const row of instruction.status) {
      const who = row.workerId ? `    worker ${names.get(row.workerId) ?? row.workerId}` : `  ${names.get(row.partyId) ?? row.partyId}`;
      const acked = row.acknowledgedVersion ? ` (acknowledged v${row.acknowledgedVersion})` : '';
      write(`${who.padEnd(44)} ${row.status}${acked}\n`);
    }
  }

  // whose act each acknowledgement is: the worker's own, a manager's entry, or the imported paper
  const { chainAsOf } = await api.request(principalToken, ACKNOWLEDGED, { chainId: demo.chainId, asOf: new Date().toISOString() });
  for (const instruction of chainAsOf.instructions) {
    write(`\nWho acknowledged "${instruction.title}" (v${instruction.currentVersion}), and whose act the entry is:\n`);
    for (const a of instruction.acknowledgements as { partyName: string; workerId: string | null; language: string; understood: boolean; entry: string; acknowledgedAt: string; recordedAt: string }[]) {
      const who = a.workerId ? `worker ${names.get(a.workerId) ?? a.workerId}` : a.partyName;
      const late = a.acknowledgedAt.slice(0, 10) !== a.recordedAt.slice(0, 10) ? `, recorded ${day(a.recordedAt)}` : '';
      write(`  ${who.padEnd(34)} signed ${day(a.acknowledgedAt)} in ${a.language}${late}: ${ENTRY[a.entry] ?? a.entry}${a.understood ? '' : ' (NOT UNDERSTOOD)'}\n`);
    }
  }
}
