import { Invalid } from '../../shared/errors';
import { isNonEmptyText } from '../../shared/values';
import type { CorrectEntry } from '../chain.commands';
import type { EntryCorrected } from '../chain.events';
import type { EntryRecord, OpenedChain } from '../chain.state';
import { checkOf, incidentOf } from '../chain-collections';
import { incidentDataSubject, subjectField } from '../../personal-data/data-subject';
import { actingPartyOf } from '../chain-guards';
import { correctableEntries, type CorrectionContext } from './correctable-entries';
import { requireOwnLiveEntry } from './entry-rules';

/** Whose personal data a corrected entry holds: the incident's victim, the checked worker. */
function dataSubjectOfEntry(state: OpenedChain, entry: EntryRecord): string | null {
  if (entry.ref.kind === 'INCIDENT') {
    const incident = incidentOf(state, entry.ref.incidentId);
    return incident ? incidentDataSubject(incident.victim, incident.victimRelation) : null;
  }
  if (entry.ref.kind === 'CHECK') return checkOf(state, entry.ref.checkId)?.subjectWorkerId ?? null;
  return null;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function decideCorrectEntry(command: CorrectEntry, state: OpenedChain): EntryCorrected[] {
  const { targetEventId, reason, changes } = command.data;
  if (!isNonEmptyText(reason)) throw new Invalid('ENTRY_REASON_REQUIRED');
  if (changes === null || typeof changes !== 'object' || Array.isArray(changes) || Object.keys(changes).length === 0) {
    throw new Invalid('ENTRY_CHANGES_REQUIRED');
  }
  const actor = actingPartyOf(command.metadata);
  const entry = requireOwnLiveEntry(state, targetEventId, actor);
  const correctable = correctableEntries[entry.type];
  const context: CorrectionContext = { state, entry, now: command.metadata.now };

  const refused = Object.keys(changes).find((field) => !correctable?.fields[field]);
  if (!correctable || refused !== undefined) {
    throw new Invalid('ENTRY_FIELD_NOT_CORRECTABLE', { field: refused ?? Object.keys(changes)[0], targetType: entry.type });
  }
  const normalised: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) normalised[field] = correctable.fields[field](value, context);
  const current = correctable.current(context);
  correctable.check?.({ ...current, ...normalised }, context);

  // only fields whose value really changes are recorded
  const effective: Record<string, unknown> = {};
  const previousValues: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(normalised)) {
    if (sameValue(value, current[field])) continue;
    effective[field] = value;
    previousValues[field] = current[field];
  }
  if (Object.keys(effective).length === 0) throw new Invalid('ENTRY_CHANGES_REQUIRED');

  return [
    {
      type: 'EntryCorrected',
      data: {
        targetEventId,
        targetType: entry.type,
        reason: reason.trim(),
        changes: effective,
        previousValues,
        correctedByPartyId: actor,
        ...subjectField(dataSubjectOfEntry(state, entry)),
      },
    },
  ];
}
