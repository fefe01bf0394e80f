import { isUuid } from '@schakel/event-store';
import { ImportRowRejected } from '@schakel/domain';

/** The format marker every import file carries, so a later format can be told apart. */
const IMPORT_FORMAT = 'schakel-chain-history/1';
const MAX_IMPORT_ENTRIES = 5000;

export type ImportedChain =
  | { readonly kind: 'EXISTING'; readonly chainId: string }
  | { readonly kind: 'NEW'; readonly name: string; readonly description: string; readonly siteAddress: string | null; readonly openedAt: string };

/** One entry of the file as written: `type` picks the fields; `row` is its 1-based place in `entries`. */
export type FileEntry = { readonly row: number; readonly type: string; readonly fields: Record<string, unknown> };

export type ImportFile = { readonly chain: ImportedChain; readonly entries: readonly FileEntry[] };

/** Why the file as a whole cannot be read (row 0: the file itself, not one of its entries). */
function fileRejected(reason: string, detail: string): ImportRowRejected {
  return new ImportRowRejected(0, reason, detail);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses the JSON of an import file into its chain and entries; the entries' fields are checked per type later. */
export function parseImportFile(text: string): ImportFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw fileRejected('IMPORT_FILE_INVALID', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(json)) throw fileRejected('IMPORT_FILE_INVALID', 'the file must hold one JSON object');
  if (json.format !== IMPORT_FORMAT) throw fileRejected('IMPORT_FORMAT_UNKNOWN', `format must be "${IMPORT_FORMAT}", got ${JSON.stringify(json.format ?? null)}`);
  if (!Array.isArray(json.entries)) throw fileRejected('IMPORT_FILE_INVALID', 'entries must be a list');
  if (json.entries.length === 0) throw fileRejected('IMPORT_FILE_INVALID', 'entries is empty: nothing to import');
  if (json.entries.length > MAX_IMPORT_ENTRIES) throw fileRejected('IMPORT_TOO_LARGE', `at most ${MAX_IMPORT_ENTRIES} entries per file, got ${json.entries.length}`);
  const entries = json.entries.map((entry: unknown, i: number): FileEntry => {
    if (!isRecord(entry) || typeof entry.type !== 'string') throw new ImportRowRejected(i + 1, 'IMPORT_ROW_INVALID', 'an entry is an object with a "type"');
    const { type, ...fields } = entry;
    return { row: i + 1, type, fields };
  });
  return { chain: chainOf(json.chain), entries };
}

function chainOf(chain: unknown): ImportedChain {
  if (!isRecord(chain)) throw fileRejected('IMPORT_FILE_INVALID', 'chain must be an object: { "chainId" } of a chain you are in, or { "name", "openedAt" } for a new one');
  if (chain.chainId !== undefined) {
    if (typeof chain.chainId !== 'string' || !isUuid(chain.chainId)) throw fileRejected('IMPORT_FILE_INVALID', 'chain.chainId must be a UUID');
    return { kind: 'EXISTING', chainId: chain.chainId.toLowerCase() };
  }
  if (typeof chain.name !== 'string') throw fileRejected('IMPORT_FILE_INVALID', 'chain.name is required for a new chain');
  if (typeof chain.openedAt !== 'string') throw fileRejected('IMPORT_FILE_INVALID', 'chain.openedAt is required for a new chain');
  return {
    kind: 'NEW',
    name: chain.name,
    description: typeof chain.description === 'string' ? chain.description : '',
    siteAddress: typeof chain.siteAddress === 'string' ? chain.siteAddress : null,
    openedAt: chain.openedAt,
  };
}
