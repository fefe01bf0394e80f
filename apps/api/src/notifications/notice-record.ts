import { createHash } from 'node:crypto';
import { eventSchemaVersions, noticeStreamId, partyNoticeStreamId, type NoticeFailed, type NoticeSent, type NoticeTrigger, type NoticeChannel } from '@schakel/domain';
import type { EventStore } from '@schakel/event-store';
import type { NoticeDeliveryRow } from '@schakel/read-models';

/**
 * The event id of a delivery's record: the same delivery and round always give the same id, so a
 * process that crashed after recording and sends again records it once (the store ignores the repeat).
 */
export function noticeEventId(kind: string, deliveryId: string, round: number): string {
  const hex = createHash('sha256').update(`${kind}|${deliveryId}|${round}`).digest('hex');
  // a UUID of version 8 (RFC 9562: custom), variant 10
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function dataOf(row: NoticeDeliveryRow, attempts: number): NoticeSent['data'] {
  return {
    deliveryId: row.id,
    chainId: row.chainId,
    trigger: row.trigger as NoticeTrigger,
    channel: row.channel as NoticeChannel,
    // a credential message names its worker only as what it is about; it went to the party's managers
    recipient: { partyId: row.partyId, workerId: row.trigger === 'CREDENTIAL_EXPIRES' ? null : row.workerId, userId: row.userId, address: row.address },
    subject: {
      instructionId: row.instructionId,
      version: row.version,
      incidentId: row.incidentId,
      ...(row.grantId ? { grantId: row.grantId } : {}),
      ...(row.credentialId ? { credentialId: row.credentialId } : {}),
      // a finding is named as corrective actions and who-knew name it: its rule and when it arose (its deadline)
      ...(row.ruleId ? { ruleId: row.ruleId, findingArisenAt: row.deadline } : {}),
    },
    sourceEventId: row.sourceEventId,
    attempts,
    round: row.round,
  };
}

/** Appends what became of a delivery to the chain's notices stream (a party's, for its credentials): the record of who was told. */
export async function recordNotice(store: EventStore, row: NoticeDeliveryRow, outcome: { sent: true } | { sent: false; reason: string }, attempts: number, at: string): Promise<void> {
  const type = outcome.sent ? 'NoticeSent' : 'NoticeFailed';
  const data: NoticeSent['data'] | NoticeFailed['data'] = outcome.sent ? dataOf(row, attempts) : { ...dataOf(row, attempts), reason: outcome.reason.slice(0, 500) };
  await store.append(
    row.chainId ? noticeStreamId(row.chainId) : partyNoticeStreamId(row.partyId),
    [
      {
        eventId: noticeEventId(type, row.id, row.round),
        type,
        schemaVersion: eventSchemaVersions[type],
        data,
        occurredAt: at,
        actor: { userId: 'schakel-outbox', partyId: null, role: 'SYSTEM', workerId: null },
        correlationId: row.id,
        causationId: row.sourceEventId,
      },
    ],
    'any',
  );
}
