import { streamNameFilter, type RegexFilter } from '@kurrent/kurrentdb-client';
import { KurrentDbConfigError } from './kurrentdb-errors';

/** A category as the append guard accepts it: a letter, then letters and digits, no dash. */
const CATEGORY = /^[a-z][a-zA-Z0-9]*$/;

/**
 * Which streams of $all are Schakel's. Without a list: every `<category>-<id>` stream, which by
 * construction leaves out KurrentDB's own `$` streams. With a list: only those categories, so a
 * server shared with other applications only shows Schakel's streams.
 */
export class SchakelStreams {
  readonly pattern: string;
  private readonly regex: RegExp;

  constructor(readonly categories?: readonly string[]) {
    if (categories !== undefined) {
      if (categories.length === 0) throw new KurrentDbConfigError('the list of stream categories is empty');
      const bad = categories.find((c) => !CATEGORY.test(c));
      if (bad !== undefined) throw new KurrentDbConfigError(`stream category "${bad}" is not a letter followed by letters and digits`);
    }
    // Both the server (.NET) and JavaScript read this regex the same way.
    this.pattern = categories ? `^(?:${categories.join('|')})-` : '^[a-z][a-zA-Z0-9]*-';
    this.regex = new RegExp(this.pattern);
  }

  /** True for a stream this adapter reads and writes. */
  includes(streamName: string): boolean {
    return this.regex.test(streamName);
  }

  /** True for a record of $all that belongs in Schakel's log: its stream, and not a `$` system event. */
  includesRecord(streamName: string, eventType: string): boolean {
    return this.includes(streamName) && !eventType.startsWith('$');
  }

  /** The server-side filter for readAll / subscribeToAll. */
  serverFilter(): RegexFilter {
    return streamNameFilter({ regex: this.pattern });
  }
}
