import { createHash } from 'node:crypto';
import {
  chainDecider,
  chainStreamId,
  eventSchemaVersions,
  isInChain,
  partyDecider,
  partyStreamId,
  partiesEverInChain,
  planChainImport,
  workerOf,
  type ChainEvent,
  type ChainState,
  type ImportRow,
  type PartyState,
} from '@schakel/domain';
import { type EventStore, type NewEvent, uuidv7 } from '@schakel/event-store';
import type { Caller } from '@schakel/infrastructure';
import { toDomainEvent } from '../events/to-domain-event';
import { EntryCommands, type ImportDirectory } from './entry-commands';
import { parseImportFile } from './import-file';
import { ApiError, ApiErrorCode, forbidden, notFound } from '../errors/api-error-code';

export interface ChainHistoryImport {
  readonly chainId: string;
  readonly importId: string;
  /** SHA-256 (hex) of the file's bytes, as every imported entry carries it. */
  readonly sourceSha256: string;
  readonly entries: number;
  /** The chain stream's version after the import. */
  readonly version: number;
}

/**
 * Story 8: brings a chain's history in from a file. Every row is decided first, on the chain as it
 * stands, as the party that acted then; only when all rows pass are their events appended, in one
 * atomic append, so a bad row leaves nothing behind. Each entry keeps its claimed date as valid
 * time, is recorded now, and carries the importer and the file's hash in its envelope.
 */
export async function importChainHistory(
  store: EventStore,
  file: Uint8Array,
  caller: Caller,
  correlationId: string,
  now: Date = new Date(),
): Promise<ChainHistoryImport> {
  const sourceSha256 = createHash('sha256').update(file).digest('hex');
  const parsed = parseImportFile(Buffer.from(file).toString('utf8'));
  if (!caller.partyId) throw forbidden('IMPORT_PARTY_REQUIRED', 'An import is made by a manager of a party in the chain.');
  const importerPartyId = caller.partyId;
  const chainId = parsed.chain.kind === 'EXISTING' ? parsed.chain.chainId : uuidv7();
  const streamId = chainStreamId(chainId);
  const stored = parsed.chain.kind === 'EXISTING' ? await store.readStream(streamId) : [];
  const state: ChainState = stored.length > 0 ? stored.map((e) => toDomainEvent<ChainEvent>(e)).reduce(chainDecider.evolve, chainDecider.initialState()) : chainDecider.initialState();
  if (parsed.chain.kind === 'EXISTING') {
    if (state.status !== 'Opened') throw notFound('CHAIN_NOT_FOUND', `Chain ${chainId} does not exist.`);
    if (!isInChain(state, importerPartyId)) {
      throw forbidden('IMPORT_NOT_IN_CHAIN', `Party ${importerPartyId} is not in chain ${chainId}: only a party of the chain imports its history.`);
    }
    // the same file twice would record its history twice
    const earlier = stored.find((e) => e.actor.importedFrom?.sourceSha256 === sourceSha256);
    if (earlier) {
      throw new ApiError(ApiErrorCode.CONFLICT, 'IMPORT_ALREADY_IMPORTED', `This file (SHA-256 ${sourceSha256}) was imported into chain ${chainId} before, at ${earlier.recordedAt}.`);
    }
  }

  const directory = storeDirectory(store);
  const commands = new EntryCommands(chainId, importerPartyId, directory, state.status === 'Opened' ? partiesEverInChain(state) : [importerPartyId]);
  const rows: ImportRow[] = [];
  if (parsed.chain.kind === 'NEW') {
    // a new chain is opened by the importer's party, as its principal
    const { name, description, siteAddress, openedAt } = parsed.chain;
    rows.push({
      row: 0,
      byPartyId: importerPartyId,
      occurredAt: openedAt,
      command: {
        type: 'OpenChain',
        data: { chainId, name, description, siteAddress, principalPartyId: importerPartyId, principal: await directory.party(importerPartyId) },
        metadata: undefined as never,
      },
    });
  }
  for (const entry of parsed.entries) rows.push(await commands.rowOf(entry));

  const nowText = now.toISOString();
  const planned = planChainImport(rows, state, { userId: caller.userId, partyId: importerPartyId }, nowText);
  const importId = uuidv7();
  const events: NewEvent[] = planned.map(({ event, occurredAt }) => ({
    eventId: uuidv7(),
    type: event.type,
    schemaVersion: eventSchemaVersions[event.type],
    data: event.data,
    occurredAt: new Date(occurredAt).toISOString(),
    actor: { userId: caller.userId, partyId: importerPartyId, role: caller.role, workerId: null, importedFrom: { sourceSha256, importId } },
    correlationId,
    causationId: null,
  }));
  const expected = stored.length > 0 ? stored[stored.length - 1].streamVersion : -1;
  const result = await store.append(streamId, events, expected);
  return { chainId, importId, sourceSha256, entries: events.length, version: result.nextExpectedVersion };
}

/** Parties and workers read from their streams in the log (never a read model). */
function storeDirectory(store: EventStore): ImportDirectory {
  const folds = new Map<string, Promise<PartyState>>();
  const partyState = (partyId: string) => {
    if (!folds.has(partyId)) {
      folds.set(
        partyId,
        store.readStream(partyStreamId(partyId)).then((events) => events.map((e) => toDomainEvent(e)).reduce((s, e) => partyDecider.evolve(s, e as never), partyDecider.initialState())),
      );
    }
    return folds.get(partyId)!;
  };
  return {
    async party(partyId) {
      const state = await partyState(partyId);
      return state.status === 'Registered' ? { partyId: state.partyId, kind: state.kind } : null;
    },
    async worker(workerId, partyIds) {
      for (const partyId of partyIds) {
        const worker = workerOf(await partyState(partyId), workerId);
        if (worker) return { workerId, partyId, languages: worker.languages };
      }
      return null;
    },
  };
}
