import { PersistentList } from '../../shared/persistent-list';
import type { AcknowledgementState, InstructionState, PassDownState, RetractionRecord } from '../chain.state';

type InstructionFields = Omit<InstructionState, 'passDowns' | 'acknowledgements'>;
type InstructionLists = { readonly passDowns: PersistentList<PassDownState>; readonly acknowledgements: PersistentList<AcknowledgementState> };

/**
 * An instruction whose pass-downs and acknowledgements (the lists that grow with every event)
 * are persistent lists: one more copies a path, not the list. They read as arrays, each built once
 * per version. Compare with toJSON (see chain-record.ts).
 */
export class InstructionRecord implements InstructionState {
  readonly instructionId: InstructionState['instructionId'];
  readonly issuerPartyId: InstructionState['issuerPartyId'];
  readonly currentVersion: number;
  readonly versions: InstructionState['versions'];
  readonly #lists: InstructionLists;

  private constructor(fields: InstructionFields, lists: InstructionLists) {
    this.instructionId = fields.instructionId;
    this.issuerPartyId = fields.issuerPartyId;
    this.currentVersion = fields.currentVersion;
    this.versions = fields.versions;
    this.#lists = lists;
  }

  get passDowns(): readonly PassDownState[] {
    return this.#lists.passDowns.toArray();
  }

  get acknowledgements(): readonly AcknowledgementState[] {
    return this.#lists.acknowledgements.toArray();
  }

  static issued(fields: InstructionFields): InstructionRecord {
    return new InstructionRecord(fields, { passDowns: PersistentList.empty(), acknowledgements: PersistentList.empty() });
  }

  /** The record of any instruction (a plain copy, as a spread of the state gives, is taken in). */
  static of(instruction: InstructionState): InstructionRecord {
    if (instruction instanceof InstructionRecord) return instruction;
    const { passDowns, acknowledgements, ...fields } = instruction;
    return new InstructionRecord(fields, { passDowns: PersistentList.of(passDowns), acknowledgements: PersistentList.of(acknowledgements) });
  }

  withFields(fields: Partial<InstructionFields>): InstructionRecord {
    return new InstructionRecord({ ...this.fields(), ...fields }, this.#lists);
  }

  withPassDown(passDown: PassDownState): InstructionRecord {
    return new InstructionRecord(this.fields(), { ...this.#lists, passDowns: this.#lists.passDowns.push(passDown) });
  }

  withAcknowledgement(acknowledgement: AcknowledgementState): InstructionRecord {
    return new InstructionRecord(this.fields(), { ...this.#lists, acknowledgements: this.#lists.acknowledgements.push(acknowledgement) });
  }

  /** The pass-down or acknowledgement recorded by `eventId`, marked retracted (it stays in its list). */
  withRetraction(eventId: string, retraction: RetractionRecord): InstructionRecord {
    return new InstructionRecord(this.fields(), {
      passDowns: retracted(this.#lists.passDowns, eventId, retraction),
      acknowledgements: retracted(this.#lists.acknowledgements, eventId, retraction),
    });
  }

  private fields(): InstructionFields {
    return { instructionId: this.instructionId, issuerPartyId: this.issuerPartyId, currentVersion: this.currentVersion, versions: this.versions };
  }

  toJSON(): InstructionState {
    return { ...this.fields(), passDowns: this.passDowns, acknowledgements: this.acknowledgements };
  }
}

function retracted<T extends { stamp: { eventId: string }; retraction: RetractionRecord | null }>(
  list: PersistentList<T>,
  eventId: string,
  retraction: RetractionRecord,
): PersistentList<T> {
  let at = 0;
  for (const item of list) {
    if (item.stamp.eventId === eventId) return list.set(at, { ...item, retraction });
    at++;
  }
  return list;
}
