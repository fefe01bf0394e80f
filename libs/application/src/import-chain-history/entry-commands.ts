import { type ChainCommand, type ImportRow, type PartyId, type ResolvedParty, type ResolvedWorker, ImportRowRejected } from '@schakel/domain';
import { isUuid, uuidv7 } from '@schakel/event-store';
import { contentHashOf, storedContent, type InstructionText } from '../instructions/content-hash';
import type { FileEntry } from './import-file';

/** Parties and workers from their own streams, as the file's entries need them. */
export interface ImportDirectory {
  party(partyId: string): Promise<ResolvedParty | null>;
  /** A worker of any of these parties (worker ids are unique), or null. */
  worker(workerId: string, partyIds: readonly string[]): Promise<ResolvedWorker | null>;
}

const NO_METADATA = undefined as never; // planChainImport sets the metadata of each row

/**
 * Turns the file's entries into chain commands: references (`ref`) named in the file get new ids,
 * a UUID names something already in the chain, and every party or worker is looked up in its
 * own stream. Rows keep their number for the error that names them.
 */
export class EntryCommands {
  private readonly refs = new Map<string, { kind: string; id: string }>();
  private readonly parties = new Set<string>();

  constructor(
    private readonly chainId: string,
    private readonly importerPartyId: PartyId,
    private readonly directory: ImportDirectory,
    knownPartyIds: readonly string[],
  ) {
    for (const id of knownPartyIds) this.parties.add(id);
  }

  async rowOf(entry: FileEntry): Promise<ImportRow> {
    const f = new Fields(entry);
    const byPartyId = f.optionalUuid('by') ?? this.importerPartyId;
    const command = await this.commandOf(entry.type, f);
    const occurredAt = f.text(entry.type === 'REPORT_INCIDENT' && entry.fields.occurredAt === undefined ? 'happenedAt' : 'occurredAt');
    return { row: entry.row, byPartyId, occurredAt, command };
  }

  private async commandOf(type: string, f: Fields): Promise<ChainCommand> {
    const chainId = this.chainId;
    switch (type) {
      case 'ENGAGE_PARTY': {
        const engagedPartyId = f.uuid('engagedPartyId');
        this.parties.add(engagedPartyId);
        return {
          type: 'EngageParty',
          data: {
            chainId,
            linkId: this.define(f, 'LINK'),
            engagedPartyId,
            engagedParty: await this.directory.party(engagedPartyId),
            kind: f.text('kind') as never,
            scope: f.text('scope'),
            underAuthority: f.optionalBoolean('underAuthority') ?? false,
            startDate: f.text('startDate'),
          },
          metadata: NO_METADATA,
        };
      }
      case 'ISSUE_INSTRUCTION': {
        const supersedes = f.optionalText('supersedes');
        const items = f.list('content');
        const isText = (c: Record<string, unknown>) => typeof c.language === 'string' && typeof c.title === 'string' && typeof c.body === 'string';
        if (!items.every((c) => typeof c === 'object' && c !== null && isText(c as Record<string, unknown>))) {
          f.reject('content must be a list of { language, title, body }, each text');
        }
        const content = storedContent(items as InstructionText[]);
        const topics = f.list('topics') as string[];
        if (!topics.every((t) => typeof t === 'string')) f.reject('topics must be a list of text');
        const instructionId = supersedes === null ? this.define(f, 'INSTRUCTION') : this.resolve(f, 'supersedes', 'INSTRUCTION');
        return {
          type: 'IssueSafetyInstruction',
          data: { chainId, instructionId, supersedesInstructionId: supersedes === null ? null : instructionId, content, topics, contentHash: contentHashOf(content, topics) },
          metadata: NO_METADATA,
        };
      }
      case 'PASS_DOWN_INSTRUCTION':
        return {
          type: 'PassDownInstruction',
          data: { chainId, instructionId: this.resolve(f, 'instruction', 'INSTRUCTION'), version: f.integer('version'), linkId: this.resolve(f, 'link', 'LINK') },
          metadata: NO_METADATA,
        };
      case 'ACKNOWLEDGEMENT': {
        // one signature of a paper toolbox list: a worker, or the party itself when workerId is left out
        const workerId = f.optionalUuid('workerId');
        const worker = workerId === null ? null : await this.directory.worker(workerId, [...this.parties]);
        return {
          type: 'AcknowledgeInstruction',
          data: { chainId, instructionId: this.resolve(f, 'instruction', 'INSTRUCTION'), version: f.integer('version'), workerId, worker, language: f.text('language') },
          metadata: NO_METADATA,
        };
      }
      case 'REPORT_INCIDENT': {
        const victimRow = f.optionalRecord('victim');
        const victim =
          victimRow === null
            ? null
            : {
                partyId: f.uuidIn(victimRow, 'victim.partyId'),
                workerId: victimRow.workerId == null ? null : f.uuidIn(victimRow, 'victim.workerId'),
                linkId: victimRow.link == null ? null : this.resolveValue(f, victimRow.link, 'victim.link', 'LINK'),
              };
        // the victim's worker is looked up in the victim party's own record: a worker of another party is not found
        const victimWorker = victim?.workerId ? await this.directory.worker(victim.workerId, [victim.partyId]) : null;
        return {
          type: 'ReportIncident',
          data: {
            chainId,
            incidentId: this.define(f, 'INCIDENT'),
            kind: f.text('kind') as never,
            happenedAt: f.text('happenedAt'),
            location: f.text('location'),
            description: f.text('description'),
            topics: (f.optionalList('topics') ?? []) as string[],
            victim,
            victimWorker,
            severity: (f.optionalText('severity') ?? 'NONE') as never,
            absenceDays: f.optionalInteger('absenceDays') ?? 0,
          },
          metadata: NO_METADATA,
        };
      }
      case 'NOTIFY_INCIDENT': {
        const recipientPartyId = f.optionalUuid('recipientPartyId');
        const authority = f.optionalText('authority');
        if ((recipientPartyId === null) === (authority === null)) f.reject('give exactly one of recipientPartyId and authority');
        return {
          type: 'NotifyIncident',
          data: {
            chainId,
            incidentId: this.resolve(f, 'incident', 'INCIDENT'),
            recipient: recipientPartyId !== null ? { kind: 'PARTY', partyId: recipientPartyId } : { kind: 'AUTHORITY', authority: authority as never },
            channel: f.text('channel') as never,
            reference: f.optionalText('reference'),
          },
          metadata: NO_METADATA,
        };
      }
      default:
        return f.reject(`unknown entry type "${type}": one of ENGAGE_PARTY, ISSUE_INSTRUCTION, PASS_DOWN_INSTRUCTION, ACKNOWLEDGEMENT, REPORT_INCIDENT, NOTIFY_INCIDENT`);
    }
  }

  /** A new thing named by the entry's `ref`, unique in the file. */
  private define(f: Fields, kind: string): string {
    const ref = f.text('ref');
    if (this.refs.has(ref)) f.reject(`ref "${ref}" is used twice`);
    const id = uuidv7();
    this.refs.set(ref, { kind, id });
    return id;
  }

  private resolve(f: Fields, field: string, kind: string): string {
    return this.resolveValue(f, f.value(field), field, kind);
  }

  /** A ref defined on an earlier row, or the UUID of something already in the chain. */
  private resolveValue(f: Fields, value: unknown, field: string, kind: string): string {
    if (typeof value !== 'string' || value === '') return f.reject(`${field} must name a ref of this file or a UUID`);
    const ref = this.refs.get(value);
    if (ref) {
      if (ref.kind !== kind) f.reject(`${field} "${value}" is a ${ref.kind.toLowerCase()}, not a ${kind.toLowerCase()}`);
      return ref.id;
    }
    if (isUuid(value)) return value.toLowerCase();
    return f.reject(`${field} "${value}" is no ref defined on an earlier row and no UUID`);
  }
}

/** Typed reads of one entry's fields; a wrong field rejects the row, naming it. */
class Fields {
  constructor(private readonly entry: FileEntry) {}

  reject(detail: string): never {
    throw new ImportRowRejected(this.entry.row, 'IMPORT_ROW_INVALID', `${this.entry.type}: ${detail}`);
  }

  value(name: string): unknown {
    return this.entry.fields[name];
  }

  text(name: string): string {
    const v = this.value(name);
    if (typeof v !== 'string') return this.reject(`${name} must be text`);
    return v;
  }

  optionalText(name: string): string | null {
    const v = this.value(name);
    return v == null ? null : this.text(name);
  }

  uuid(name: string): string {
    return this.uuidIn(this.entry.fields, name);
  }

  uuidIn(record: Record<string, unknown>, name: string): string {
    const v = record[name.includes('.') ? name.split('.').pop()! : name];
    if (typeof v !== 'string' || !isUuid(v)) return this.reject(`${name} must be a UUID`);
    return v.toLowerCase();
  }

  optionalUuid(name: string): string | null {
    return this.value(name) == null ? null : this.uuid(name);
  }

  integer(name: string): number {
    const v = this.value(name);
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.reject(`${name} must be a whole number`);
    return v;
  }

  optionalInteger(name: string): number | null {
    return this.value(name) == null ? null : this.integer(name);
  }

  optionalBoolean(name: string): boolean | null {
    const v = this.value(name);
    if (v == null) return null;
    if (typeof v !== 'boolean') return this.reject(`${name} must be true or false`);
    return v;
  }

  list(name: string): unknown[] {
    const v = this.value(name);
    if (!Array.isArray(v)) return this.reject(`${name} must be a list`);
    return v;
  }

  optionalList(name: string): unknown[] | null {
    return this.value(name) == null ? null : this.list(name);
  }

  optionalRecord(name: string): Record<string, unknown> | null {
    const v = this.value(name);
    if (v == null) return null;
    if (typeof v !== 'object' || Array.isArray(v)) return this.reject(`${name} must be an object`);
    return v as Record<string, unknown>;
  }
}
