import { instantText } from '../../graphql/instant-text';
import type { EntryChangesInput } from './correct-entry.input';

/** Every field of EntryChangesInput: the union of the domain's correctable fields (a test keeps them equal). */
export const entryChangeFields = [
  'name',
  'description',
  'siteAddress',
  'scope',
  'startDate',
  'endDate',
  'reason',
  'summary',
  'outcome',
  'validUntil',
  'location',
  'happenedAt',
  'severity',
  'absenceDays',
  'topics',
  'channel',
  'reference',
] as const satisfies readonly (keyof EntryChangesInput)[];

/** The fields given (non-null) as the domain's `changes`; instants as ISO text. */
export function changesOf(input: EntryChangesInput): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of entryChangeFields) {
    const value = input[field];
    if (value == null) continue;
    changes[field] = value instanceof Date ? instantText(value) : Array.isArray(value) ? [...value] : value;
  }
  return changes;
}
