import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiHarness } from '@schakel/api-harness';
import { ok, type Cast } from './chain-story';

/** The documented example file (docs/examples/chain-history.json), with its placeholder ids. */
export const EXAMPLE_FILE = join(__dirname, '..', '..', 'docs', 'examples', 'chain-history.json');

const placeholder = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** The example file with its placeholder ids replaced by this test's chain, parties and workers. */
export function exampleFor(cast: Cast, chainId: string): string {
  const ids: Array<[number, string]> = [
    [100, chainId],
    [1, cast.principal.id],
    [2, cast.main.id],
    [3, cast.steel.id],
    [4, cast.agency.id],
    [11, cast.workers.sanne.id],
    [12, cast.workers.marek.id],
    [13, cast.workers.tomasz.id],
  ];
  return ids.reduce((text, [n, id]) => text.split(placeholder(n)).join(id), readFileSync(EXAMPLE_FILE, 'utf8'));
}

/** The live part of story 8: the principal opened the chain in February and engaged the main contractor. */
export async function chainBeforeImport(api: ApiHarness, cast: Cast): Promise<string> {
  const opened = await ok(
    api,
    'openChain',
    { name: 'Renovatie Hoogstraat 12-40', principalPartyId: cast.principal.id, occurredAt: '2026-02-01T09:00:00.000Z' },
    cast.principal.token,
  );
  const chainId = opened.chainId as string;
  await ok(
    api,
    'engageParty',
    { chainId, partyId: cast.main.id, kind: 'SUBCONTRACT', scope: 'Hoofdaanneming', startDate: '2026-02-15', occurredAt: '2026-02-01T10:00:00.000Z' },
    cast.principal.token,
  );
  return chainId;
}

export const IMPORT = `mutation Import($input: ImportChainHistoryInput!) {
  importChainHistory(input: $input) { chainId importId sourceSha256 entries streamId version }
}`;
