import { DutiesRecord } from './duties/duties-record';
import type { DutiesState } from './duties/duty.state';
import type { CheckState, IncidentState, InstructionState, LinkState, OpenedChain } from './chain.state';
import { IndexedList } from './indexed-list';
import { InstructionRecord } from './instructions/instruction-record';

// Plain states already indexed: a caller that spreads a state and reads it again pays once.
const adopted = new WeakMap<OpenedChain, ChainRecord>();

export type ChainFields = Omit<OpenedChain, 'links' | 'instructions' | 'checks' | 'incidents'>;

export type ChainLists = {
  readonly links: IndexedList<LinkState>;
  readonly instructions: IndexedList<InstructionState>;
  readonly checks: IndexedList<CheckState>;
  readonly incidents: IndexedList<IncidentState>;
};

/**
 * An opened chain as evolve builds it: the four collections are indexed persistent lists, so one
 * more event copies a path of each list it touches, never a list (see docs/adr/0010). Readers see
 * the OpenedChain type: each collection reads as a frozen array, built on the first read of that
 * version. The arrays are getters on the prototype, so a spread (`{ ...state }`) does not carry
 * them and JSON goes through toJSON; tests compare records as their toJSON (test/support).
 */
export class ChainRecord implements OpenedChain {
  readonly status = 'Opened' as const;
  readonly chainId: OpenedChain['chainId'];
  readonly name: string;
  readonly description: string;
  readonly siteAddress: string | null;
  readonly principalPartyId: OpenedChain['principalPartyId'];
  readonly sector: OpenedChain['sector'];
  readonly opened: OpenedChain['opened'];
  readonly corrections: OpenedChain['corrections'];
  readonly duties: DutiesState;
  readonly prevention?: OpenedChain['prevention'];
  readonly #lists: ChainLists;

  constructor(fields: ChainFields, lists: ChainLists) {
    this.chainId = fields.chainId;
    this.name = fields.name;
    this.description = fields.description;
    this.siteAddress = fields.siteAddress;
    this.principalPartyId = fields.principalPartyId;
    this.sector = fields.sector;
    this.opened = fields.opened;
    this.corrections = fields.corrections;
    this.duties = fields.duties;
    // absent until the first start check, action or meeting: an older chain's JSON stays as it was
    if (fields.prevention !== undefined) this.prevention = fields.prevention;
    this.#lists = lists;
  }

  get links(): readonly LinkState[] {
    return this.#lists.links.toArray();
  }

  get instructions(): readonly InstructionState[] {
    return this.#lists.instructions.toArray();
  }

  get checks(): readonly CheckState[] {
    return this.#lists.checks.toArray();
  }

  get incidents(): readonly IncidentState[] {
    return this.#lists.incidents.toArray();
  }

  static fieldsOf(state: ChainRecord): ChainFields {
    const { status, chainId, name, description, siteAddress, principalPartyId, sector, opened, corrections, duties, prevention } = state;
    const fields: ChainFields = { status, chainId, name, description, siteAddress, principalPartyId, sector, opened, corrections, duties };
    return prevention === undefined ? fields : { ...fields, prevention };
  }

  static listsOf(state: ChainRecord): ChainLists {
    return state.#lists;
  }

  /** The record of any opened chain: a plain copy (a spread, a hand-built state) is indexed once. */
  static of(state: OpenedChain): ChainRecord {
    if (state instanceof ChainRecord) return state;
    const known = adopted.get(state);
    if (known) return known;
    const { links, instructions, checks, incidents, ...fields } = state;
    const record = new ChainRecord(
      { ...fields, duties: DutiesRecord.of(fields.duties) },
      {
        links: IndexedList.of(links, (l) => l.linkId),
        instructions: IndexedList.of(instructions.map(InstructionRecord.of), (i) => i.instructionId),
        checks: IndexedList.of(checks, (c) => c.checkId),
        incidents: IndexedList.of(incidents, (i) => i.incidentId),
      },
    );
    adopted.set(state, record);
    return record;
  }

  toJSON(): OpenedChain {
    return { ...ChainRecord.fieldsOf(this), links: this.links, instructions: this.instructions, checks: this.checks, incidents: this.incidents };
  }
}
