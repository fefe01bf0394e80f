import type { SafetyInstructionAcknowledged } from '../chain/chain.events';
import { acknowledgementEntryOf, channelOfAcknowledgement, describeChannel } from '../chain/instructions/acknowledgement-channel';
import type { ReplayEvent } from './replay-event';
import { summarizeDutyEvent } from './duty-event-summary';

type AnyData = Record<string, any>;

/** A readable one-line summary of a chain or access event; `nameOf` turns party ids into names. */
export function summarizeEvent(event: ReplayEvent, nameOf: (partyId: string) => string = (id) => id): string {
  const d = event.data as AnyData;
  const n = (id: string | null | undefined) => (id ? nameOf(id) : 'unknown');
  switch (event.type) {
    case 'ChainOpened':
      return `Chain "${d.name}" opened for principal ${n(d.principalPartyId)}`;
    case 'PartyEngaged':
      return `${n(d.fromPartyId)} engaged ${n(d.toPartyId)} (${d.kind}${d.underAuthority ? ', under gezag' : ''}) for "${d.scope}" from ${d.startDate}`;
    case 'EngagementEnded':
      return `Link ${d.linkId} ended on ${d.endDate} by ${n(d.endedByPartyId)}: ${d.reason}`;
    case 'SafetyInstructionIssued':
      return `${n(d.issuerPartyId)} issued instruction "${d.content?.[0]?.title ?? d.instructionId}" v${d.version} (${(d.topics ?? []).join(', ')})`;
    case 'SafetyInstructionPassedDown':
      return `${n(d.fromPartyId)} passed instruction v${d.version} down to ${n(d.toPartyId)}`;
    case 'SafetyInstructionAcknowledged':
      return `${n(d.partyId)}${d.workerId ? ` (worker ${n(d.workerId)})` : ''} acknowledged instruction v${d.version} in ${d.language}${whoseAct(event as SafetyInstructionAcknowledged, n)}${d.understood === false ? ', a language the worker does not read' : ''}`;
    case 'VergewisCheckRecorded':
      return `${n(d.checkerPartyId)} checked ${n(d.subjectPartyId)} (${d.subject}): ${d.outcome} — ${d.summary}`;
    case 'IncidentReported':
      return `${n(d.reporterPartyId)} reported ${d.kind === 'ACCIDENT' ? 'an accident' : 'a near miss'} at ${d.location} (${d.happenedAt}): ${d.description}`;
    case 'IncidentNotified':
      return `${n(d.notifierPartyId)} notified ${d.recipient?.kind === 'AUTHORITY' ? d.recipient.authority : n(d.recipient?.partyId)} of incident ${d.incidentId} by ${d.channel}`;
    case 'IncidentReclassified':
      return `${n(d.reclassifiedByPartyId)} reclassified incident ${d.incidentId}: ${d.previousSeverity} → ${d.severity} (${d.reason})`;
    case 'EntryCorrected':
      return `${n(d.correctedByPartyId)} corrected ${d.targetType} ${d.targetEventId}: ${d.reason}`;
    case 'EntryRetracted':
      return `${n(d.retractedByPartyId)} retracted ${d.targetType} ${d.targetEventId}: ${d.reason}`;
    case 'InspectorAccessGranted':
      return `${n(d.grantedByPartyId)} granted ${n(d.inspectorPartyId)} inspector access from ${d.validFrom} until ${d.validUntil}`;
    case 'InspectorAccessRevoked':
      return `${n(d.revokedByPartyId)} revoked inspector access ${d.grantId}: ${d.reason}`;
    case 'InspectorReadRecorded':
      return `${n(d.inspectorPartyId)} read ${d.query}${d.asOf ? ` as of ${d.asOf} (${d.clock})` : ''}`;
    case 'WorkStartChecked':
      return d.verdict === 'GO'
        ? `Start check at the gate for ${n(d.workerId)} of ${n(d.partyId)}: GO${d.passIdHash ? ' (identified by personal pass)' : d.passScanned ? ' (pass scanned)' : ''}`
        : `OVERRIDE: ${n(d.checkedByPartyId)} let ${n(d.workerId)} of ${n(d.partyId)} start despite NO-GO (${(d.reasons ?? []).map((r: AnyData) => r.ruleId).join(', ')})${d.passIdHash ? ', identified by personal pass' : ''}: ${d.overrideReason}`;
    case 'CorrectiveActionAssigned':
      return `${n(d.assignedByPartyId)} asked ${n(d.assigneePartyId)} to "${d.description}" by ${d.dueAt}`;
    case 'CorrectiveActionCommented':
      return `${n(d.byPartyId)} commented on a corrective action: ${d.text}`;
    case 'CorrectiveActionCompleted':
      return `${n(d.byPartyId)} completed a corrective action: ${d.note}${d.evidence?.length ? ` (${d.evidence.length} document(s) by hash)` : ''}`;
    case 'CorrectiveActionVerified':
      return `${n(d.byPartyId)} verified a corrective action`;
    case 'CorrectiveActionReopened':
      return `${n(d.byPartyId)} reopened a corrective action: ${d.reason}`;
    case 'ToolboxMeetingRecorded':
      return `${n(d.organizerPartyId)} held a toolbox meeting at ${d.site} (${(d.topics ?? []).join(', ')}), led by ${d.leaderName}, in ${d.language}`;
    case 'ToolboxAttendanceRecorded':
      return d.channel === 'OWN'
        ? `${n(d.workerId)} of ${n(d.partyId)} attended a toolbox meeting (OWN: scanned the meeting's QR code, acknowledging the versions discussed)`
        : `${n(d.workerId)} of ${n(d.partyId)} attended a toolbox meeting (PROXY: from a paper list typed in by ${n(d.recordedByPartyId)}; no acknowledgement)`;
    default:
      return summarizeDutyEvent(event, n) ?? event.type;
  }
}

/** Every party id an event's data names (actor excluded). */
export function partiesNamed(event: ReplayEvent): string[] {
  const d = event.data as AnyData;
  const ids = new Set<string>();
  for (const [key, value] of Object.entries(d)) {
    if (typeof value === 'string' && (key === 'partyId' || key.endsWith('PartyId'))) ids.add(value);
  }
  if (d.victim?.partyId) ids.add(d.victim.partyId);
  if (d.recipient?.kind === 'PARTY') ids.add(d.recipient.partyId);
  return [...ids];
}

/** Every link id an event's data names. */
export function linksNamed(event: ReplayEvent): string[] {
  const d = event.data as AnyData;
  const ids = new Set<string>();
  if (typeof d.linkId === 'string') ids.add(d.linkId);
  if (typeof d.victim?.linkId === 'string') ids.add(d.victim.linkId);
  return [...ids];
}

/**
 * Whose act an acknowledgement is, in the words of the timeline: `(LINK: the worker's own act, by
 * personal link)`, or who imported it (an import's channel is the importer's, not the signer's).
 */
function whoseAct(event: SafetyInstructionAcknowledged, n: (id: string | null | undefined) => string): string {
  const channel = channelOfAcknowledgement(event);
  const imported = event.meta?.imported;
  if (imported && acknowledgementEntryOf({ channel, imported }) === 'IMPORTED') return ` (imported by ${n(imported.importerPartyId)})`;
  return ` (${channel}: ${describeChannel(channel)})`;
}
