import { expect } from '@jest/globals';
import { ChainRecord } from '../../libs/domain/src/chain/chain-record';
import { DutiesRecord } from '../../libs/domain/src/chain/duties/duties-record';
import { InstructionRecord } from '../../libs/domain/src/chain/instructions/instruction-record';

// The chain state keeps its growing collections in persistent lists and reads them through
// getters (docs/adr/0010), which jest's equality does not see. A record equals what it reads as:
// its toJSON, the plain state a reader gets.
const isRecord = (value: unknown): value is ChainRecord | InstructionRecord | DutiesRecord =>
  value instanceof ChainRecord || value instanceof InstructionRecord || value instanceof DutiesRecord;

expect.addEqualityTesters([
  function chainRecordEquality(a, b, testers) {
    if (!isRecord(a) && !isRecord(b)) return undefined;
    return this.equals(isRecord(a) ? a.toJSON() : a, isRecord(b) ? b.toJSON() : b, testers);
  },
]);
