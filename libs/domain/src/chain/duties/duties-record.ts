import { PersistentList } from '../../shared/persistent-list';
import type { DutiesState } from './duty.state';

type DutyLists = { readonly [K in keyof DutiesState]: PersistentList<DutiesState[K][number]> };

const dutyKeys = [
  'measures',
  'resumptions',
  'rieExtracts',
  'workStarts',
  'supervisions',
  'requirements',
  'projectDescriptions',
  'notices',
  'planVersions',
  'planAcknowledgements',
  'coordinators',
  'executionAgreements',
  'directions',
  'directionAcknowledgements',
] as const satisfies readonly (keyof DutiesState)[];

/**
 * The duty lists of a chain, read as arrays (each built once per version of its list); `with`
 * appends to one list without copying it. Compare with toJSON (see chain-record.ts).
 */
export class DutiesRecord {
  readonly #lists: DutyLists;

  private constructor(lists: DutyLists) {
    this.#lists = lists;
  }

  static empty(): DutiesRecord & DutiesState {
    return EMPTY;
  }

  /** The record of any duties (a plain copy, as a spread of the state gives, is taken in). */
  static of(duties: DutiesState): DutiesRecord & DutiesState {
    if (duties instanceof DutiesRecord) return duties as DutiesRecord & DutiesState;
    const lists = Object.fromEntries(dutyKeys.map((key) => [key, PersistentList.of<unknown>(duties[key])])) as unknown as DutyLists;
    return new DutiesRecord(lists) as DutiesRecord & DutiesState;
  }

  with<K extends keyof DutiesState>(key: K, item: DutiesState[K][number]): DutiesRecord & DutiesState {
    const list = this.#lists[key] as PersistentList<DutiesState[K][number]>;
    return new DutiesRecord({ ...this.#lists, [key]: list.push(item) }) as DutiesRecord & DutiesState;
  }

  static list<K extends keyof DutiesState>(record: DutiesRecord, key: K): readonly DutiesState[K][number][] {
    return record.#lists[key].toArray();
  }

  toJSON(): DutiesState {
    return Object.fromEntries(dutyKeys.map((key) => [key, this.#lists[key].toArray()])) as unknown as DutiesState;
  }
}

// Each list reads as an array through a getter on the prototype: defining getters per record
// would cost more than the event that made it.
for (const key of dutyKeys) {
  Object.defineProperty(DutiesRecord.prototype, key, {
    get(this: DutiesRecord) {
      return DutiesRecord.list(this, key);
    },
    enumerable: false,
    configurable: false,
  });
}

const EMPTY = DutiesRecord.of(Object.fromEntries(dutyKeys.map((key) => [key, []])) as unknown as DutiesState);
