import { chainEventTypes, correctableFieldsOf } from '@schakel/domain';
import type { EntryChangesInput } from './correct-entry.input';
import { changesOf, entryChangeFields } from './entry-changes';

describe('correction changes from EntryChangesInput', () => {
  it('has a field for every field the domain allows to be corrected, and no other', () => {
    const domainFields = new Set(chainEventTypes.flatMap((type) => correctableFieldsOf(type)));
    expect([...entryChangeFields].sort()).toEqual([...domainFields].sort());
  });

  it('puts only the fields given (non-null) into the changes', () => {
    const input: EntryChangesInput = { severity: 'HOSPITAL_ADMISSION', absenceDays: 0, location: null, summary: undefined };
    expect(changesOf(input)).toEqual({ severity: 'HOSPITAL_ADMISSION', absenceDays: 0 });
  });

  it('writes instants as ISO text and copies lists', () => {
    const topics = ['WORK_AT_HEIGHT'];
    const changes = changesOf({ happenedAt: new Date('2026-03-02T09:15:00+01:00'), topics });
    expect(changes).toEqual({ happenedAt: '2026-03-02T08:15:00.000Z', topics: ['WORK_AT_HEIGHT'] });
    expect(changes.topics).not.toBe(topics);
  });

  it('passes an unparseable instant on as text, for the domain to refuse', () => {
    expect(changesOf({ happenedAt: new Date('yesterday') })).toEqual({ happenedAt: 'Invalid Date' });
  });

  it('gives no changes for an empty input (the domain refuses it: ENTRY_CHANGES_REQUIRED)', () => {
    expect(changesOf({})).toEqual({});
  });
});
