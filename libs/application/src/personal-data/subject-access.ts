import type { Interruption, PersonalFieldKind } from '@schakel/domain';
import { START, type LoggedEvent, type StoredEvent } from '@schakel/event-store';
import { dataSubjectOf, mapPersonalFields, type PersonalDataEventStore } from '@schakel/infrastructure';

/** One personal field Schakel holds about the person, opened with their key ("erased" once it is destroyed). */
export type SubjectField = { eventId: string; eventType: string; field: string; kind: PersonalFieldKind; value: string; occurredAt: string; recordedAt: string };
/** An entry of the log that names the person, by type and time on both clocks, with its chain's name. */
export type SubjectEntry = { eventId: string; type: string; streamId: string; chainId: string | null; chainName: string | null; occurredAt: string; recordedAt: string };
/** A message Schakel sent (or failed to send) to the person. */
export type SubjectDelivery = { deliveryId: string; status: 'SENT' | 'FAILED'; channel: string; trigger: string; address: string; chainName: string | null; at: string };
/** A way in Schakel made for the person: a personal acknowledgement link, a worker pass, a membership (never its secret). */
export type SubjectCredential = {
  kind: 'ACKNOWLEDGEMENT_LINK' | 'WORKER_PASS' | 'MEMBERSHIP';
  madeAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  chainName: string | null;
  /** The member's user id and role, for a membership. */
  detail: string | null;
};
export type SubjectErasure = { erasedAs: number; erasedAt: string | null; reason: string | null };

/** What Schakel holds about one person (GDPR art. 15), read from the log (docs/personal-data.md). */
export type SubjectAccessReport = {
  subjectId: string;
  generatedAt: string;
  /** The person's name as Schakel holds it, or "erased person #n". */
  shownAs: string;
  erasure: SubjectErasure | null;
  personalData: SubjectField[];
  entries: SubjectEntry[];
  deliveries: SubjectDelivery[];
  credentials: SubjectCredential[];
};

const PAGE = 500;
type AnyData = Record<string, any>;

/** Whether the (sealed) data names the subject anywhere: as an id, or as the key of a sealed field. */
function names(value: unknown, subjectId: string, sealedPrefix: string): boolean {
  if (typeof value === 'string') return value === subjectId || value.startsWith(sealedPrefix);
  if (Array.isArray(value)) return value.some((item) => names(item, subjectId, sealedPrefix));
  if (value !== null && typeof value === 'object') return Object.values(value).some((item) => names(item, subjectId, sealedPrefix));
  return false;
}

function chainIdOf(event: StoredEvent): string | null {
  const data = event.data as AnyData;
  if (typeof data?.chainId === 'string') return data.chainId;
  return event.streamId.startsWith('chain-') ? event.streamId.slice('chain-'.length) : null;
}

/**
 * Everything Schakel holds about one person: reads the whole log as it was sealed (a person's fields
 * are found by their key's name without opening anyone else's), opens only the entries that name
 * them, and lists their personal fields, the entries, the messages sent to them and the links,
 * passes and memberships made for them. An erased person's fields read "erased".
 */
export async function subjectAccessReport(store: PersonalDataEventStore, subjectId: string, now: string, interrupt?: Interruption): Promise<SubjectAccessReport> {
  const sealedPrefix = `pd1:${subjectId}:`;
  const chainNames = new Map<string, string>();
  const userIds = new Set<string>();
  const report: SubjectAccessReport = { subjectId, generatedAt: now, shownAs: subjectId, erasure: null, personalData: [], entries: [], deliveries: [], credentials: [] };
  const links = new Map<string, SubjectCredential>();
  const passes = new Map<string, SubjectCredential>();
  const members = new Map<string, SubjectCredential>();
  let nameFound = false;

  for (let after = START; ; ) {
    interrupt?.throwIfAborted();
    const page: LoggedEvent[] = await store.sealed.readAll({ after, limit: PAGE });
    if (page.length === 0) break;
    after = page[page.length - 1].checkpoint;
    for (const sealed of page) {
      const sealedData = sealed.data as AnyData;
      if (sealed.type === 'ChainOpened') chainNames.set(sealedData.chainId, sealedData.name);
      const recipient = sealedData?.recipient as AnyData | undefined;
      const toUser = typeof recipient?.userId === 'string' && userIds.has(recipient.userId);
      if (!toUser && sealed.actor.workerId !== subjectId && !names(sealedData, subjectId, sealedPrefix)) continue;
      const event = await store.openEvent(sealed);
      const data = event.data as AnyData;
      const chainId = chainIdOf(event);
      const chainName = chainId ? (chainNames.get(chainId) ?? null) : null;
      report.entries.push({ eventId: event.eventId, type: event.type, streamId: event.streamId, chainId, chainName, occurredAt: event.occurredAt, recordedAt: event.recordedAt });
      if (dataSubjectOf(event.type, event.data) === subjectId) {
        mapPersonalFields(event.type, event.data, (value, field, kind) => {
          report.personalData.push({ eventId: event.eventId, eventType: event.type, field, kind, value, occurredAt: event.occurredAt, recordedAt: event.recordedAt });
          if (kind === 'NAME' && !nameFound && field === 'name') {
            report.shownAs = value;
            nameFound = true;
          }
          return value;
        });
      }
      switch (event.type) {
        case 'PersonalDataErased':
          if (data.subjectId === subjectId) report.erasure = { erasedAs: data.erasedAs, erasedAt: event.recordedAt, reason: data.reason };
          break;
        case 'MemberInvited':
          if (data.workerId === subjectId) {
            userIds.add(data.userId);
            members.set(data.userId, { kind: 'MEMBERSHIP', madeAt: event.recordedAt, expiresAt: null, revokedAt: null, chainName: null, detail: `${data.userId} (${data.role})` });
          }
          break;
        case 'MemberRemoved': {
          const member = members.get(data.userId);
          if (member) member.revokedAt = event.recordedAt;
          break;
        }
        case 'NoticeSent':
        case 'NoticeFailed':
          // a message to the person, not one to their employer about them
          if (data.recipient.workerId !== subjectId && !userIds.has(data.recipient.userId)) break;
          report.deliveries.push({
            deliveryId: data.deliveryId,
            status: event.type === 'NoticeSent' ? 'SENT' : 'FAILED',
            channel: data.channel,
            trigger: data.trigger,
            address: data.recipient.address,
            chainName,
            at: event.occurredAt,
          });
          break;
        case 'AcknowledgementLinksMade':
          for (const link of data.links as AnyData[]) {
            if (link.workerId === subjectId) links.set(link.linkIdHash, { kind: 'ACKNOWLEDGEMENT_LINK', madeAt: event.recordedAt, expiresAt: link.expiresAt, revokedAt: null, chainName, detail: null });
          }
          break;
        case 'AcknowledgementLinkRevoked': {
          const link = links.get(data.linkIdHash);
          if (link) link.revokedAt = event.recordedAt;
          break;
        }
        case 'WorkerPassIssued':
          if (data.workerId === subjectId) passes.set(data.passIdHash, { kind: 'WORKER_PASS', madeAt: event.recordedAt, expiresAt: data.expiresAt, revokedAt: null, chainName: null, detail: null });
          break;
        case 'WorkerPassRevoked': {
          const pass = passes.get(data.passIdHash);
          if (pass) pass.revokedAt = event.recordedAt;
          break;
        }
      }
    }
  }
  report.credentials = [...links.values(), ...passes.values(), ...members.values()];
  // the key was destroyed but its entry not recorded (a crash in between): still erased
  if (report.erasure === null) {
    const erasedAs = await store.erasedAs(subjectId);
    if (erasedAs !== null) report.erasure = { erasedAs, erasedAt: null, reason: null };
  }
  return report;
}
