import { isDomainError, type DomainError } from '../../shared/errors';
import type { CommandActor, EventMeta } from '../../shared/messages';
import type { PartyId } from '../../shared/values';
import { chainDecider } from '../chain.decider';
import type { ChainCommand } from '../chain.commands';
import type { ChainEvent } from '../chain.events';
import type { ChainState } from '../chain.state';
import { reachableBelow } from '../queries/chain-links';

/** One entry of an imported file: the row it came from, who did it then, when, and as which command. */
export type ImportRow = {
  row: number;
  /** The party that acted at the time (the paper says so); the importer records it now. */
  byPartyId: PartyId;
  /** The claimed date: the entry's valid time. */
  occurredAt: string;
  command: ChainCommand;
};

export type PlannedEntry = { row: number; occurredAt: string; event: ChainEvent };

/** A row the import cannot take: the file is refused whole, naming the row and the reason. */
export class ImportRowRejected extends Error {
  constructor(
    readonly row: number,
    readonly reason: string,
    readonly detail: string,
  ) {
    super(`row ${row}: ${detail} (${reason})`);
    this.name = 'ImportRowRejected';
  }
}

/**
 * Decides every row of an import on the chain as it stands, in file order, as the party that acted
 * then; nothing is appended here. An importer may bring in what its own party did and what the
 * parties below it did, never the acts of parties above or beside it. The first row that a decider
 * refuses rejects the whole import.
 */
export function planChainImport(
  rows: readonly ImportRow[],
  initial: ChainState,
  importer: { userId: string; partyId: PartyId },
  now: string,
): PlannedEntry[] {
  let state = initial;
  const planned: PlannedEntry[] = [];
  for (const row of rows) {
    if (Number.isNaN(Date.parse(row.occurredAt)) || Date.parse(row.occurredAt) > Date.parse(now)) {
      throw new ImportRowRejected(row.row, 'IMPORT_DATE_INVALID', `occurredAt must be a past ISO-8601 instant, got "${row.occurredAt}"`);
    }
    if (row.byPartyId !== importer.partyId && !(state.status === 'Opened' && reachableBelow(state.links, importer.partyId).has(row.byPartyId))) {
      throw new ImportRowRejected(row.row, 'IMPORT_ROW_NOT_OWN', `party ${row.byPartyId} is neither the importer's party nor below it in the chain`);
    }
    // one form for every instant the entry is stored and judged under (an offset or a date alone becomes UTC)
    const occurredAt = new Date(row.occurredAt).toISOString();
    const actor: CommandActor = { userId: importer.userId, partyId: row.byPartyId, role: 'MANAGER', workerId: null };
    const command = { ...row.command, metadata: { now, actor, occurredAt } } as ChainCommand;
    let events: ChainEvent[];
    try {
      events = chainDecider.decide(command, state);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      throw new ImportRowRejected(row.row, (error as DomainError).code, error.message);
    }
    for (const event of events) {
      const meta: EventMeta = { eventId: `import-row-${row.row}-${planned.length}`, occurredAt, recordedAt: now, actorPartyId: importer.partyId };
      state = chainDecider.evolve(state, { ...event, meta } as ChainEvent);
      planned.push({ row: row.row, occurredAt, event });
    }
  }
  return planned;
}
