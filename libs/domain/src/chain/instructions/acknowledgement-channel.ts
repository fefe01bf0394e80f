import type { ImportMark } from '../../shared/messages';
import type { AcknowledgementChannel, SafetyInstructionAcknowledged } from '../chain.events';

/**
 * Whose act an acknowledgement is. Schema v1 events carry no channel: a party's own entry and a
 * worker's entry with its own token are OWN_ACCOUNT, a worker's entry by anyone else is PROXY.
 */
export function channelOfAcknowledgement(event: Pick<SafetyInstructionAcknowledged, 'data' | 'meta'>): AcknowledgementChannel {
  if (event.data.channel) return event.data.channel;
  if (event.data.workerId === null) return 'OWN_ACCOUNT';
  return event.meta?.actorWorkerId === event.data.workerId ? 'OWN_ACCOUNT' : 'PROXY';
}

/**
 * The replay's short answer to the same question: the worker's (or party's) own act, by its
 * account or link (OWN); a manager's entry on its behalf, the employer's statement (ON_BEHALF);
 * or an entry a history import brought in (IMPORTED), whatever channel it was entered by.
 */
export const acknowledgementEntries = ['OWN', 'ON_BEHALF', 'IMPORTED'] as const;
export type AcknowledgementEntry = (typeof acknowledgementEntries)[number];

export function acknowledgementEntryOf(ack: { channel: AcknowledgementChannel; imported?: ImportMark | null }): AcknowledgementEntry {
  if (ack.imported) return 'IMPORTED';
  return ack.channel === 'PROXY' ? 'ON_BEHALF' : 'OWN';
}

/** The words the timeline, report and findings use for a channel. */
export function describeChannel(channel: AcknowledgementChannel): string {
  switch (channel) {
    case 'LINK':
      return "the worker's own act, by personal link";
    case 'OWN_ACCOUNT':
      return 'own act, own account';
    case 'PROXY':
      return "entered by a manager on the worker's behalf (the employer's statement)";
  }
}
