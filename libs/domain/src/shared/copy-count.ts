/**
 * How many slots the persistent collections have copied (node copies and array views), since the
 * process started. Cheap to keep; a test reads it to prove that one more event does not copy what
 * was there (see docs/adr/0010-persistent-chain-state.md).
 */
export const copyCount = { slots: 0 };

/** A copy of `items`, counted. */
export function countedCopy<T>(items: readonly T[]): T[] {
  copyCount.slots += items.length;
  return items.slice();
}
