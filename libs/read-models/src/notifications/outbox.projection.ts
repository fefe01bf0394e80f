import { createHash } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { LoggedEvent } from '@schakel/event-store';
import { noticeEffectsOf, type NoticeDraft, type NoticeFailed, type NoticeSent } from '@schakel/domain';
import type { Projection } from '../runner/projection';
import { MemberRow } from '../members/member.entity';
import { NoticeDeliveryRow } from './notice-delivery.entity';
import { WebhookEndpointRow } from './webhook-endpoint.entity';

/** The events that ask for a message, withdraw one, or record one sent. */
const outboxEventTypes = [
  'SafetyInstructionPassedDown',
  'AcknowledgementLinksMade',
  'IncidentNotified',
  'IncidentReported',
  'NoticeSent',
  'NoticeFailed',
] as const;

/** The idempotency key of one message: the same event, trigger, channel and recipient give the same id. */
function deliveryIdOf(sourceEventId: string, trigger: string, channel: string, recipient: string): string {
  return createHash('sha256').update(`${sourceEventId}|${trigger}|${channel}|${recipient}`).digest('hex');
}

/** Personal links are the worker's alone: never posted to a party's webhook. */
const WEBHOOK_TRIGGERS: readonly string[] = ['INSTRUCTION_RECEIVED', 'INCIDENT_NOTIFIED', 'NLA_REPORT_DUE'];

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

/** E-mail: the party's managers, or for a personal link the member who is that worker. */
async function emailRows(manager: EntityManager, event: LoggedEvent, draft: NoticeDraft): Promise<NoticeDeliveryRow[]> {
  const members = await manager.getRepository(MemberRow).find({
    where: draft.workerId ? { partyId: draft.partyId, workerId: draft.workerId, role: 'WORKER' } : { partyId: draft.partyId, role: 'MANAGER' },
  });
  return members.map((m) => ({
    ...baseRow(event, draft),
    id: deliveryIdOf(event.eventId, draft.trigger, 'EMAIL', m.userId),
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
        await deliveries.update({ id: d.deliveryId, status: In(['PENDING', status]) }, { status, sentAt: status === 'SENT' ? event.occurredAt : null });
        return;
      }
      const { drafts, withdrawals } = noticeEffectsOf(event, options.directReportHours);
      for (const w of withdrawals) {
        await deliveries.update({ trigger: w.trigger, partyId: w.partyId, incidentId: w.incidentId, status: 'PENDING' }, { status: 'WITHDRAWN', lastError: null });
      }
      for (const draft of drafts) {
        const rows = [...(await emailRows(manager, event, draft)), ...(await webhookRows(manager, event, draft))];
        if (rows.length > 0) await deliveries.createQueryBuilder().insert().values(rows).orIgnore().execute();
      }
    },
  };
}
