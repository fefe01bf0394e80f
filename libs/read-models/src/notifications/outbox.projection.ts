import { createHash } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { LoggedEvent } from '@schakel/event-store';
import { noticeEffectsOf, type NoticeDraft, type NoticeFailed, type NoticeSent } from '@schakel/domain';
import type { Projection } from '../runner/projection';
import { InstructionAcknowledgementRow } from '../instructions/instruction-acknowledgement.entity';
import { MemberRow } from '../members/member.entity';
import { NoticeDeliveryRow } from './notice-delivery.entity';
import { WebhookEndpointRow } from './webhook-endpoint.entity';

/** The events that ask for a message, withdraw one, or record one sent. */
const outboxEventTypes = [
  'SafetyInstructionPassedDown',
  'PartyEngaged',
  'AcknowledgementLinksMade',
  'IncidentNotified',
  'IncidentReported',
  'InspectorAccessGranted',
  'InspectorAccessRevoked',
  'CompanyCertificateRecorded',
  'WorkerDiplomaRecorded',
  'CorrectiveActionAssigned',
  'NoticeSent',
  'NoticeFailed',
] as const;

/** The idempotency key of one message: the same event, trigger, channel and recipient give the same id. */
export function deliveryIdOf(sourceEventId: string, trigger: string, channel: string, recipient: string): string {
  return createHash('sha256').update(`${sourceEventId}|${trigger}|${channel}|${recipient}`).digest('hex');
}

/** Personal messages to a worker (a link, a stale acknowledgement) are never posted to a party's webhook. */
export const WEBHOOK_TRIGGERS: readonly string[] = ['INSTRUCTION_RECEIVED', 'INCIDENT_NOTIFIED', 'NLA_REPORT_DUE', 'INSPECTOR_GRANT_STARTS', 'INSPECTOR_GRANT_ENDS', 'CREDENTIAL_EXPIRES', 'FINDING_AROSE', 'FINDING_DEADLINE_NEAR'];

function baseRow(event: LoggedEvent, draft: NoticeDraft): Omit<NoticeDeliveryRow, 'id' | 'channel' | 'userId' | 'endpointId' | 'address' | 'language' | 'body'> {
  return {
    sourceEventId: event.eventId,
    sourceType: event.type,
    trigger: draft.trigger,
    chainId: draft.chainId,
    partyId: draft.partyId,
    fromPartyId: draft.fromPartyId,
    workerId: draft.workerId,
    instructionId: draft.subject.instructionId ?? null,
    version: draft.subject.version ?? null,
    incidentId: draft.subject.incidentId ?? null,
    grantId: draft.subject.grantId ?? null,
    credentialId: draft.subject.credentialId ?? null,
    ruleId: null,
    findingKey: null,
    label: draft.label ?? null,
    batchId: draft.batchId ?? null,
    deadline: draft.deadline ?? null,
    status: 'PENDING',
    attempts: 0,
    digest: false,
    round: 0,
    createdAt: event.recordedAt,
    nextAttemptAt: draft.dueAt ?? event.recordedAt,
    firstAttemptAt: null,
    sentAt: null,
    lastError: null,
  };
}

/**
 * Who of the party reads it: for a personal link the member who is that worker; for a superseded
 * version the WORKER members whose worker acknowledged an earlier one; for a grant the inspector
 * party's INSPECTORs (or the one user it names); otherwise the party's MANAGERs.
 */
async function membersFor(manager: EntityManager, draft: NoticeDraft): Promise<MemberRow[]> {
  const members = manager.getRepository(MemberRow);
  switch (draft.trigger) {
    case 'WORKER_LINK':
      return members.find({ where: { partyId: draft.partyId, workerId: draft.workerId ?? '', role: 'WORKER' } });
    case 'INSTRUCTION_SUPERSEDED': {
      const acks = await manager.getRepository(InstructionAcknowledgementRow).find({
        where: { chainId: draft.chainId ?? '', instructionId: draft.subject.instructionId ?? '', partyId: draft.partyId, retracted: false },
      });
      const workers = [...new Set(acks.filter((a) => a.version < (draft.subject.version ?? 0) && a.workerId).map((a) => a.workerId as string))];
      return workers.length === 0 ? [] : members.find({ where: { partyId: draft.partyId, workerId: In(workers), role: 'WORKER' } });
    }
    case 'ACKNOWLEDGEMENTS_DUE':
      // the managers, and each worker who is a member (the worker's own reminder)
      return members.find({ where: [{ partyId: draft.partyId, role: 'MANAGER' }, { partyId: draft.partyId, role: 'WORKER' }] });
    case 'INSPECTOR_GRANT_STARTS':
    case 'INSPECTOR_GRANT_ENDS':
      return members.find({ where: draft.userId ? { partyId: draft.partyId, userId: draft.userId, role: 'INSPECTOR' } : { partyId: draft.partyId, role: 'INSPECTOR' } });
    default:
      return members.find({ where: { partyId: draft.partyId, role: 'MANAGER' } });
  }
}

/** E-mail: one row per member who reads it. */
async function emailRows(manager: EntityManager, event: LoggedEvent, draft: NoticeDraft): Promise<NoticeDeliveryRow[]> {
  const members = await membersFor(manager, draft);
  return members.map((m) => ({
    ...baseRow(event, draft),
    // a worker's own message names the worker (who-knew shows it on the worker)
    workerId: m.role === 'WORKER' ? m.workerId : draft.workerId,
    id: deliveryIdOf(event.eventId, draft.occasion ? `${draft.trigger}|${draft.occasion}` : draft.trigger, 'EMAIL', m.userId),
    channel: 'EMAIL',
    userId: m.userId,
    endpointId: null,
    address: m.email,
    language: m.language,
    body: null,
  }));
}

async function webhookRows(manager: EntityManager, event: LoggedEvent, draft: NoticeDraft): Promise<NoticeDeliveryRow[]> {
  if (!WEBHOOK_TRIGGERS.includes(draft.trigger)) return [];
  const endpoints = await manager.getRepository(WebhookEndpointRow).find({ where: { partyId: draft.partyId } });
  return endpoints
    .filter((endpoint) => endpoint.triggers.includes(draft.trigger))
    .map((endpoint) => {
      const id = deliveryIdOf(event.eventId, draft.trigger, 'WEBHOOK', endpoint.id);
      const body = JSON.stringify({
        deliveryId: id,
        trigger: draft.trigger,
        chainId: draft.chainId,
        partyId: draft.partyId,
        subject: draft.subject,
        ...(draft.deadline ? { deadline: draft.deadline } : {}),
        sourceEventId: event.eventId,
        sourceEventType: event.type,
        occurredAt: event.occurredAt,
        recordedAt: event.recordedAt,
      });
      return { ...baseRow(event, draft), id, channel: 'WEBHOOK', userId: null, endpointId: endpoint.id, address: endpoint.url, language: 'en', body };
    });
}

/**
 * The outbox: for each event, the messages it asks for, one row per recipient and channel with
 * an idempotency key; withdrawn reminders; and what the log says was sent or failed. Runs under
 * its own checkpoint, behind the read models (it reads the members they hold at that event).
 */
export function outboxProjection(options: { directReportHours: number }): Projection {
  return {
    name: 'outbox',
    handles: new Set<string>(outboxEventTypes),
    // Never emptied: deriving every message again would send it again.
    owns: [],
    async apply(event, manager) {
      const deliveries = manager.getRepository(NoticeDeliveryRow);
      if (event.type === 'NoticeSent' || event.type === 'NoticeFailed') {
        const d = (event as unknown as NoticeSent | NoticeFailed).data;
        const status = event.type === 'NoticeSent' ? 'SENT' : 'FAILED';
        // Only the round the entry records: the outbox may read an earlier round's record after a
        // redelivery has begun the next one, which must still go out.
        const round = d.round === undefined ? {} : { round: d.round };
        await deliveries.update({ id: d.deliveryId, status: In(['PENDING', status]), ...round }, { status, sentAt: status === 'SENT' ? event.occurredAt : null });
        return;
      }
      const { drafts, withdrawals } = noticeEffectsOf(event, options.directReportHours);
      for (const w of withdrawals) {
        const which = 'grantId' in w ? { grantId: w.grantId } : 'credentialId' in w ? { credentialId: w.credentialId } : { partyId: w.partyId, incidentId: w.incidentId };
        await deliveries.update({ trigger: w.trigger, ...which, status: 'PENDING' }, { status: 'WITHDRAWN', lastError: null });
      }
      for (const draft of drafts) {
        const rows = [...(await emailRows(manager, event, draft)), ...(await webhookRows(manager, event, draft))];
        if (rows.length > 0) await deliveries.createQueryBuilder().insert().values(rows).orIgnore().execute();
      }
    },
  };
}
