import { registerEnumType } from '@nestjs/graphql';
import { acknowledgementEntries, knowingWays, replayClocks, timelineFlags } from '@schakel/domain';

function enumOf<T extends string>(values: readonly T[], name: string, description: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const ReplayClockEnum = enumOf(
  replayClocks,
  'ReplayClock',
  'OCCURRED: valid time, what had happened in the world by then. RECORDED: transaction time, what the records said then.',
);
export const TimelineFlagEnum = enumOf(
  timelineFlags,
  'TimelineFlag',
  'RECORDED_AFTER_INCIDENT: dated before an incident it relates to but recorded after it happened (backdated). LATE_ENTRY: recorded long after it occurred. IMPORTED: brought in by a history import (dated as claimed, recorded at the import).',
);
export const KnowingWayEnum = enumOf(knowingWays, 'KnowingWay', 'How a party came to know: recorded it itself, was notified, received it passed down, acknowledged it, was asked to fix it (a corrective action), completed or verified that fix, or Schakel sent it a message (SENT: sent, never proof it was read).');
export const AcknowledgementEntryEnum = enumOf(
  acknowledgementEntries,
  'AcknowledgementEntry',
  "Whose act an acknowledgement is. OWN: the worker's own (its own token or link), or a party for itself. ON_BEHALF: a manager's entry for the worker (the employer's statement, e.g. a typed-in paper list). IMPORTED: brought in by a history import.",
);
