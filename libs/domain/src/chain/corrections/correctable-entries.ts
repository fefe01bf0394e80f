import { Invalid } from '../../shared/errors';
import { isInFuture, requireIsoDate, toUtcInstant, utcDateOf } from '../../shared/time';
import { isNonEmptyText, requireOneOf, requireText, requireTopics } from '../../shared/values';
import {
  checkOutcomes,
  incidentSeverities,
  notificationChannels,
  type ChainEventType,
  type IncidentSeverity,
} from '../chain.events';
import type { CheckState, CorrectionRecord, EntryRecord, IncidentState, LinkState, OpenedChain } from '../chain.state';
import {
  checkOf as findCheck,
  incidentOf as findIncident,
  linkOf as findLink,
  withChainFields,
  withCheck,
  withIncident,
  withLink,
} from '../chain-collections';
import { NearMissHasNoSeverity, requireAbsenceDays, withCurrentSeverity } from '../incidents/incident-rules';
import { ValidUntilNotBeforeCheck } from '../checks/decide-record-vergewis-check';

export type CorrectionContext = { state: OpenedChain; entry: EntryRecord; now: string };

/** Validates one new value as the original command would, and returns it normalised. */
type FieldRule = (value: unknown, context: CorrectionContext) => unknown;

type CorrectableEntry = {
  fields: Record<string, FieldRule>;
  /** The values the correctable fields have now (after earlier corrections). */
  current(context: CorrectionContext): Record<string, unknown>;
  /** Rules across fields, on the values as they would be after the correction. */
  check?(merged: Record<string, unknown>, context: CorrectionContext): void;
  /** Puts the corrected values in place and remembers the correction. */
  apply(state: OpenedChain, entry: EntryRecord, changes: Record<string, unknown>, record: CorrectionRecord): OpenedChain;
};

const text = (field: string): FieldRule => (value) => requireText(value, field);
const optionalText: FieldRule = (value) => {
  if (value === null) return null;
  if (typeof value !== 'string') throw new Invalid('INPUT_VALUE_INVALID', { field: 'siteAddress', value: String(value) });
  return isNonEmptyText(value) ? value.trim() : null;
};

// The entry was found in this state, so the object it refers to exists.
function linkOf(context: CorrectionContext): LinkState {
  const ref = context.entry.ref;
  return findLink(context.state, ref.kind === 'LINK' ? ref.linkId : '') as LinkState;
}

function incidentOf(state: OpenedChain, entry: EntryRecord): IncidentState {
  return findIncident(state, entry.ref.kind === 'INCIDENT' ? entry.ref.incidentId : '') as IncidentState;
}

function checkOf(state: OpenedChain, entry: EntryRecord): CheckState {
  return findCheck(state, entry.ref.kind === 'CHECK' ? entry.ref.checkId : '') as CheckState;
}

function datesInOrder(startDate: unknown, endDate: unknown, linkId: string): void {
  if (typeof startDate === 'string' && typeof endDate === 'string' && endDate < startDate) {
    throw new Invalid('LINK_END_BEFORE_START', { linkId, startDate, endDate });
  }
}

/** Which fields of which entries may be corrected. Anything else is a new fact, not a correction. */
export const correctableEntries: Partial<Record<ChainEventType, CorrectableEntry>> = {
  ChainOpened: {
    fields: {
      name: (value) => {
        if (!isNonEmptyText(value)) throw new Invalid('CHAIN_NAME_REQUIRED');
        return value.trim();
      },
      description: (value) => {
        if (typeof value !== 'string') throw new Invalid('INPUT_VALUE_INVALID', { field: 'description', value: String(value) });
        return value.trim();
      },
      siteAddress: optionalText,
    },
    current: ({ state }) => ({ name: state.name, description: state.description, siteAddress: state.siteAddress }),
    apply: (state, _entry, changes, record) => withChainFields(state, { ...changes, corrections: [...state.corrections, record] }),
  },

  PartyEngaged: {
    fields: {
      scope: (value) => {
        if (!isNonEmptyText(value)) throw new Invalid('LINK_SCOPE_REQUIRED');
        return value.trim();
      },
      startDate: (value) => requireIsoDate(value, 'startDate'),
    },
    current: (context) => {
      const link = linkOf(context);
      return { scope: link.scope, startDate: link.startDate };
    },
    check: (merged, context) => {
      const link = linkOf(context);
      datesInOrder(merged.startDate, link.endDate, link.linkId);
    },
    apply: (state, entry, changes, record) => {
      const link = linkOf({ state, entry, now: '' });
      return withLink(state, { ...link, ...changes, corrections: [...link.corrections, record] });
    },
  },

  EngagementEnded: {
    fields: {
      endDate: (value) => requireIsoDate(value, 'endDate'),
      reason: (value) => {
        if (!isNonEmptyText(value)) throw new Invalid('LINK_END_REASON_REQUIRED');
        return value.trim();
      },
    },
    current: (context) => {
      const link = linkOf(context);
      return { endDate: link.endDate, reason: link.endReason };
    },
    check: (merged, context) => {
      const link = linkOf(context);
      datesInOrder(link.startDate, merged.endDate, link.linkId);
    },
    apply: (state, entry, changes, record) => {
      const link = linkOf({ state, entry, now: '' });
      const corrected: LinkState = { ...link, corrections: [...link.corrections, record] };
      if ('endDate' in changes) corrected.endDate = changes.endDate as string;
      if ('reason' in changes) corrected.endReason = changes.reason as string;
      return withLink(state, corrected);
    },
  },

  VergewisCheckRecorded: {
    fields: {
      summary: text('summary'),
      outcome: (value) => requireOneOf(value, checkOutcomes, 'outcome'),
      validUntil: (value) => (value === null ? null : requireIsoDate(value, 'validUntil')),
    },
    current: ({ state, entry }) => {
      const check = checkOf(state, entry);
      return { summary: check.summary, outcome: check.outcome, validUntil: check.validUntil };
    },
    check: (merged, { entry }) => ValidUntilNotBeforeCheck(merged.validUntil as string | null, utcDateOf(entry.occurredAt)),
    apply: (state, entry, changes, record) => {
      const check = checkOf(state, entry);
      return withCheck(state, { ...check, ...changes, corrections: [...check.corrections, record] });
    },
  },

  IncidentReported: {
    fields: {
      location: text('location'),
      description: text('description'),
      happenedAt: (value, { now }) => {
        const happenedAt = toUtcInstant(value, 'happenedAt');
        if (isInFuture(happenedAt, now)) throw new Invalid('INCIDENT_HAPPENED_IN_FUTURE', { happenedAt, now });
        return happenedAt;
      },
      severity: (value) => requireOneOf(value, incidentSeverities, 'severity'),
      absenceDays: (value) => requireAbsenceDays(value),
      topics: (value) => requireTopics(value),
    },
    current: ({ state, entry }) => {
      const incident = incidentOf(state, entry);
      return {
        location: incident.location,
        description: incident.description,
        happenedAt: incident.happenedAt,
        severity: incident.reportedSeverity,
        absenceDays: incident.reportedAbsenceDays,
        topics: incident.topics,
      };
    },
    check: (merged, { state, entry }) => {
      const incident = incidentOf(state, entry);
      NearMissHasNoSeverity(incident.kind, merged.severity as IncidentSeverity, merged.absenceDays as number);
    },
    apply: (state, entry, changes, record) => {
      const incident = incidentOf(state, entry);
      const { severity, absenceDays, ...rest } = changes;
      const corrected: IncidentState = { ...incident, ...rest, corrections: [...incident.corrections, record] };
      if (severity !== undefined) corrected.reportedSeverity = severity as IncidentSeverity;
      if (absenceDays !== undefined) corrected.reportedAbsenceDays = absenceDays as number;
      return withIncident(state, withCurrentSeverity(corrected));
    },
  },

  IncidentNotified: {
    fields: {
      channel: (value) => requireOneOf(value, notificationChannels, 'channel'),
      reference: (value) => {
        if (value !== null && typeof value !== 'string') {
          throw new Invalid('INPUT_VALUE_INVALID', { field: 'reference', value: String(value) });
        }
        return isNonEmptyText(value) ? value.trim() : null;
      },
    },
    current: ({ state, entry }) => {
      const notification = incidentOf(state, entry).notifications.find((n) => n.stamp.eventId === entry.eventId);
      return { channel: notification?.channel, reference: notification?.reference };
    },
    apply: (state, entry, changes, record) => {
      const incident = incidentOf(state, entry);
      const notifications = incident.notifications.map((n) =>
        n.stamp.eventId === entry.eventId ? { ...n, ...changes, corrections: [...n.corrections, record] } : n,
      );
      return withIncident(state, { ...incident, notifications });
    },
  },
};

/** Entries that can stop counting: they are claims about receipt, acknowledgement, checks and reports. */
export const retractableEntryTypes: readonly ChainEventType[] = [
  'SafetyInstructionPassedDown',
  'SafetyInstructionAcknowledged',
  'VergewisCheckRecorded',
  'IncidentReported',
  'IncidentNotified',
];

/** Field names that can be corrected per entry type (for the API and docs). */
export function correctableFieldsOf(type: ChainEventType): string[] {
  return Object.keys(correctableEntries[type]?.fields ?? {});
}
