import type { AcknowledgementLinksMade } from '../ack-links/ack-link.events';
import type { InspectorAccessGranted, InspectorAccessRevoked } from '../access/access.events';
import type { CompanyCertificateRecorded, WorkerDiplomaRecorded } from '../credentials/credential.events';
import type { CorrectiveActionAssigned } from '../chain/prevention/prevention.events';
import { chainStreamCategory, type IncidentNotified, type IncidentReported, type PartyEngaged, type SafetyInstructionPassedDown } from '../chain/chain.events';
import { amsterdamMorning } from './amsterdam-morning';
import type { NoticeSubject, NoticeTrigger } from './notice.events';

/** Severities that make an accident reportable to the NLA (Arbowet 9(1)). */
const reportableSeverities: readonly string[] = ['HOSPITAL_ADMISSION', 'PERMANENT_INJURY', 'DEATH'];

/** How long before the NLA deadline (policy) the duty bearer is reminded. */
const NLA_REMINDER_HOURS_BEFORE = 4;

/** How many days before a party's planned start its missing acknowledgements are first reminded (and again on the day). */
const START_REMINDER_DAYS_BEFORE = 2;

/** The longest label a delivery keeps (notice_delivery.label). */
const LABEL_MAX = 300;

/** How long before a credential expires its holder is told. */
const CREDENTIAL_WARNING_DAYS = 30;
/** A VCA diploma counts for 10 years from its issue (the scheme; NL-VCA-DIPLOMA). */
const DIPLOMA_YEARS = 10;

/** Certificates and diplomas as people write them. */
const credentialNames: Record<string, string> = {
  VCA_1STAR: 'VCA*',
  VCA_2STAR: 'VCA**',
  VCA_PETROCHEMIE: 'VCA Petrochemie',
  VCU: 'VCU',
  SAFETY_CULTURE_LADDER: 'Veiligheidsladder',
  B_VCA: 'B-VCA',
  VOL_VCA: 'VOL-VCA',
  VIL_VCU: 'VIL-VCU',
};

/** A message one event asks for, before its recipients (members, endpoints) are looked up. */
export type NoticeDraft = {
  trigger: NoticeTrigger;
  /** Null for a message about the party itself (a credential). */
  chainId: string | null;
  /** The party told: the receiver, the notified party, or the party that bears the duty. */
  partyId: string;
  /** Only this worker of the party (a personal link); null: the party's members the trigger is for. */
  workerId: string | null;
  /** INSPECTOR_GRANT_*: only this user of the inspector's party (a grant to one inspector). */
  userId?: string | null;
  /** The party whose entry asks for the message (passed it down, notified, made the link, or the reporter). */
  fromPartyId: string;
  subject: NoticeSubject;
  /** Not before this instant (ISO); null: at once. */
  dueAt: string | null;
  /** WORKER_LINK only: the batch the link belongs to (the link is derived again when sent). */
  batchId?: string;
  /** NLA_REPORT_DUE: the deadline the reminder is about; WORKER_LINK: when the link expires; a grant or credential: when it ends. */
  deadline?: string;
  /** CREDENTIAL_EXPIRES: what expires, in words (scheme or diploma, and register number); ACKNOWLEDGEMENTS_DUE: the work (the link's scope). */
  label?: string;
  /** Tells apart two messages of one trigger from one event (ACKNOWLEDGEMENTS_DUE: two days before, and on the day). */
  occasion?: 'TWO_DAYS_BEFORE' | 'ON_THE_DAY';
};

/** Messages that an event withdraws before they are due: a report to the NLA ends its reminder, a revocation the grant's. */
export type NoticeWithdrawal =
  | { trigger: NoticeTrigger; partyId: string; incidentId: string }
  | { trigger: NoticeTrigger; grantId: string }
  | { trigger: NoticeTrigger; credentialId: string };

export type NoticeEffects = { drafts: NoticeDraft[]; withdrawals: NoticeWithdrawal[] };

type LogEvent = { type: string; data: unknown; streamId: string };

/** The chain of an event on a `chain-<id>` stream. */
const chainOf = (event: LogEvent) => event.streamId.slice(chainStreamCategory.length + 1);

const none = (): NoticeEffects => ({ drafts: [], withdrawals: [] });

/**
 * What one event of the log asks Schakel to tell, and to whom (by party): an instruction version
 * reaching a party, an incident notified to a party, a personal link made for a worker, and the
 * reminder before a reportable accident's NLA deadline (`directReportHours` is policy).
 */
export function noticeEffectsOf(event: LogEvent, directReportHours: number): NoticeEffects {
  switch (event.type) {
    case 'SafetyInstructionPassedDown': {
      const d = (event as SafetyInstructionPassedDown).data;
      const chainId = chainOf(event);
      const draft = { chainId, partyId: d.toPartyId, workerId: null, fromPartyId: d.fromPartyId, subject: { instructionId: d.instructionId, version: d.version }, dueAt: null };
      // a later version also tells whoever of that party acknowledged an earlier one
      const superseded = d.version > 1 ? [{ ...draft, trigger: 'INSTRUCTION_SUPERSEDED' as const }] : [];
      return { drafts: [{ ...draft, trigger: 'INSTRUCTION_RECEIVED' }, ...superseded], withdrawals: [] };
    }
    case 'PartyEngaged': {
      // the planned start of the engaged party's work is the link's start date: its workers'
      // acknowledgements are weighed when each reminder is due (nothing missing: nothing is sent)
      const d = (event as PartyEngaged).data;
      const start = amsterdamMorning(d.startDate, 0);
      const base = { trigger: 'ACKNOWLEDGEMENTS_DUE' as const, chainId: chainOf(event), partyId: d.toPartyId, workerId: null, fromPartyId: d.fromPartyId, subject: {}, deadline: start, label: d.scope };
      return {
        drafts: [
          { ...base, occasion: 'TWO_DAYS_BEFORE', dueAt: amsterdamMorning(d.startDate, -START_REMINDER_DAYS_BEFORE) },
          { ...base, occasion: 'ON_THE_DAY', dueAt: start },
        ],
        withdrawals: [],
      };
    }
    case 'InspectorAccessGranted': {
      const d = (event as InspectorAccessGranted).data;
      const base = { chainId: d.chainId, partyId: d.inspectorPartyId, workerId: null, userId: d.inspectorUserId, fromPartyId: d.grantedByPartyId, subject: { grantId: d.grantId } };
      return {
        drafts: [
          { ...base, trigger: 'INSPECTOR_GRANT_STARTS', dueAt: d.validFrom, deadline: d.validUntil },
          { ...base, trigger: 'INSPECTOR_GRANT_ENDS', dueAt: d.validUntil, deadline: d.validUntil },
        ],
        withdrawals: [],
      };
    }
    case 'InspectorAccessRevoked': {
      const d = (event as InspectorAccessRevoked).data;
      return {
        // the end is now: the scheduled messages of the grant go, one saying it ended comes
        drafts: [{ trigger: 'INSPECTOR_GRANT_ENDS', chainId: d.chainId, partyId: d.inspectorPartyId, workerId: null, fromPartyId: d.revokedByPartyId, subject: { grantId: d.grantId }, dueAt: null }],
        withdrawals: [{ trigger: 'INSPECTOR_GRANT_STARTS', grantId: d.grantId }, { trigger: 'INSPECTOR_GRANT_ENDS', grantId: d.grantId }],
      };
    }
    case 'AcknowledgementLinksMade': {
      const d = (event as AcknowledgementLinksMade).data;
      return {
        drafts: d.links.map((link) => ({
          trigger: 'WORKER_LINK' as const,
          chainId: d.chainId,
          partyId: link.workerPartyId,
          workerId: link.workerId,
          fromPartyId: d.madeByPartyId,
          subject: { instructionId: d.instructionId, version: d.version },
          dueAt: null,
          batchId: d.batchId,
          deadline: link.expiresAt,
        })),
        withdrawals: [],
      };
    }
    case 'IncidentNotified': {
      const d = (event as IncidentNotified).data;
      const chainId = chainOf(event);
      if (d.recipient.kind === 'AUTHORITY') return { drafts: [], withdrawals: [{ trigger: 'NLA_REPORT_DUE', partyId: d.notifierPartyId, incidentId: d.incidentId }] };
      return {
        drafts: [{ trigger: 'INCIDENT_NOTIFIED', chainId, partyId: d.recipient.partyId, workerId: null, fromPartyId: d.notifierPartyId, subject: { incidentId: d.incidentId }, dueAt: null }],
        withdrawals: [],
      };
    }
    case 'CorrectiveActionAssigned': {
      // what to fix in words (the delivery keeps at most LABEL_MAX characters of it), due when
      const d = (event as CorrectiveActionAssigned).data;
      const label = d.description.length > LABEL_MAX ? `${d.description.slice(0, LABEL_MAX - 1)}…` : d.description;
      return {
        // about an incident: the incident's who-knew shows the message as sent
        drafts: [
          {
            trigger: 'ACTION_ASSIGNED',
            chainId: chainOf(event),
            partyId: d.assigneePartyId,
            workerId: null,
            fromPartyId: d.assignedByPartyId,
            subject: d.subject.kind === 'INCIDENT' && d.subject.incidentId ? { incidentId: d.subject.incidentId } : {},
            dueAt: null,
            deadline: d.dueAt,
            label,
          },
        ],
        withdrawals: [],
      };
    }
    case 'IncidentReported': {
      const d = (event as IncidentReported).data;
      const chainId = chainOf(event);
      if (d.kind !== 'ACCIDENT' || !reportableSeverities.includes(d.severity)) return none();
      // a genuine zzp'er has no Arbo employer to report for them
      if (d.victimRelation === 'SELF_EMPLOYED' || !d.authorityHolderPartyId) return none();
      const deadlineMs = Date.parse(d.happenedAt) + directReportHours * 3600_000;
      const deadline = new Date(deadlineMs).toISOString();
      const dueAt = new Date(deadlineMs - NLA_REMINDER_HOURS_BEFORE * 3600_000).toISOString();
      return {
        drafts: [{ trigger: 'NLA_REPORT_DUE', chainId, partyId: d.authorityHolderPartyId, workerId: null, fromPartyId: d.reporterPartyId, subject: { incidentId: d.incidentId }, dueAt, deadline }],
        withdrawals: [],
      };
    }
    case 'CompanyCertificateRecorded': {
      const d = (event as CompanyCertificateRecorded).data;
      // recording the certificate again replaces it: its earlier warning goes
      const withdrawals = [{ trigger: 'CREDENTIAL_EXPIRES' as const, credentialId: d.certificateId }];
      if (d.status !== 'VALID') return { drafts: [], withdrawals };
      return { drafts: [expiryDraft(d.partyId, null, d.recordedByPartyId, d.certificateId, `${d.validUntil}T00:00:00.000Z`, `${credentialNames[d.scheme] ?? d.scheme} ${d.registerNumber}`)], withdrawals };
    }
    case 'WorkerDiplomaRecorded': {
      const d = (event as WorkerDiplomaRecorded).data;
      const credentialId = `${d.workerId}:${d.diploma}`;
      const issued = new Date(`${d.issuedOn}T00:00:00.000Z`);
      const expires = new Date(Date.UTC(issued.getUTCFullYear() + DIPLOMA_YEARS, issued.getUTCMonth(), issued.getUTCDate() + 1)).toISOString();
      return {
        drafts: [expiryDraft(d.partyId, d.workerId, d.recordedByPartyId, credentialId, expires, `${credentialNames[d.diploma] ?? d.diploma} ${d.registerNumber}`)],
        withdrawals: [{ trigger: 'CREDENTIAL_EXPIRES', credentialId }],
      };
    }
    default:
      return none();
  }
}

function expiryDraft(partyId: string, workerId: string | null, fromPartyId: string, credentialId: string, expiresAt: string, label: string): NoticeDraft {
  return {
    trigger: 'CREDENTIAL_EXPIRES',
    chainId: null,
    partyId,
    workerId,
    fromPartyId,
    subject: { credentialId },
    dueAt: new Date(Date.parse(expiresAt) - CREDENTIAL_WARNING_DAYS * 86_400_000).toISOString(),
    deadline: expiresAt,
    label,
  };
}
