import type { CommandMetadata } from '@schakel/domain';

/** The builders' "now": after every given event of a test (those start 2026-03-02T08:00Z). */
const NOW = '2026-03-02T12:00:00.000Z';

export type MetadataOptions = {
  role?: string;
  workerId?: string | null;
  now?: string;
  occurredAt?: string;
  userId?: string;
};

/** Metadata of a command sent by a user acting for `partyId` (a manager unless told otherwise). */
export function asParty(partyId: string | null, options: MetadataOptions = {}): CommandMetadata {
  const metadata: CommandMetadata = {
    now: options.now ?? NOW,
    actor: {
      userId: options.userId ?? `user-of-${partyId ?? 'nobody'}`,
      partyId,
      role: options.role ?? 'MANAGER',
      workerId: options.workerId ?? null,
    },
  };
  if (options.occurredAt !== undefined) metadata.occurredAt = options.occurredAt;
  return metadata;
}

/** Metadata of a command sent by a worker (role WORKER) of `partyId`. */
export function asWorker(partyId: string, workerId: string, options: MetadataOptions = {}): CommandMetadata {
  return asParty(partyId, { ...options, role: 'WORKER', workerId, userId: options.userId ?? `user-${workerId}` });
}
