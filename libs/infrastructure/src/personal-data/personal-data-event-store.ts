import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  LoggedEvent,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
} from '@schakel/event-store';
import { decryptField, encryptField, sealedSubjectOf } from './field-cipher';
import { dataSubjectOf, mapPersonalFields } from './personal-field-paths';
import { ERASED, UNREADABLE, erasedName, type SubjectKey, type SubjectKeyStore } from './subject-key-store';

/**
 * The event store as the application sees it: declared personal fields are encrypted under their
 * subject's key before the store hashes and appends them (so the hash chain and the Merkle tree cover
 * the ciphertext), and read back in the clear, or as "erased" once the key is destroyed. Fields
 * written in the clear before (older logs) read as they are. Evidence (verify, bundles, checkpoints)
 * reads `sealed`: the log exactly as it was hashed.
 */
export class PersonalDataEventStore implements EventStore {
  readonly kind: string;
  private readonly cache = new Map<string, SubjectKey>();
  private readonly erasureListeners: (() => void)[] = [];

  constructor(
    readonly sealed: EventStore,
    private readonly keys: SubjectKeyStore,
  ) {
    this.kind = sealed.kind;
    if (sealed.highestAssignedPosition) this.highestAssignedPosition = () => sealed.highestAssignedPosition!();
    if (sealed.estimatedEventCount) this.estimatedEventCount = () => sealed.estimatedEventCount!();
  }

  highestAssignedPosition?: () => Promise<number>;
  estimatedEventCount?: () => Promise<number>;

  async append(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    const encrypted = await Promise.all(events.map((event) => this.encrypt(event)));
    const result = await this.sealed.append(streamId, encrypted, expectedVersion);
    return { ...result, events: await Promise.all(result.events.map((event) => this.open(event))) };
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return Promise.all((await this.sealed.readStream(streamId, options)).map((event) => this.open(event)));
  }

  async readAll(options?: ReadAllOptions): Promise<LoggedEvent[]> {
    return Promise.all((await this.sealed.readAll(options)).map((event) => this.open(event)));
  }

  async *subscribe(options?: SubscribeOptions): AsyncIterable<LoggedEvent> {
    for await (const event of this.sealed.subscribe(options)) yield await this.open(event);
  }

  streamVersion(streamId: string): Promise<number> {
    return this.sealed.streamVersion(streamId);
  }

  /** Destroys the subject's key: from now on its fields read as erased. Returns the subject's number among the erased. */
  async destroyKey(subjectId: string, at: string): Promise<number> {
    const erasedAs = await this.keys.destroy(subjectId, at);
    this.cache.set(subjectId, { erasedAs });
    for (const listener of this.erasureListeners) listener();
    return erasedAs;
  }

  /** Calls `listener` after each erasure: a cache of opened events must then forget them. */
  onErased(listener: () => void): void {
    this.erasureListeners.push(listener);
  }

  /** Whether the subject's key was destroyed, and as whom they now read. */
  async erasedAs(subjectId: string): Promise<number | null> {
    const key = await this.keyOf(subjectId, false);
    return key && 'erasedAs' in key ? key.erasedAs : null;
  }

  async close(): Promise<void> {
    await this.sealed.close();
    await this.keys.close();
  }

  private forgetKey(subjectId: unknown): void {
    const cached = typeof subjectId === 'string' ? this.cache.get(subjectId) : undefined;
    if (!cached || 'erasedAs' in cached) return;
    this.cache.delete(subjectId as string);
    for (const listener of this.erasureListeners) listener();
  }

  private async keyOf(subjectId: string, create: boolean): Promise<SubjectKey | null> {
    const cached = this.cache.get(subjectId);
    if (cached) return cached;
    const key = create ? await this.keys.keyFor(subjectId) : await this.keys.find(subjectId);
    if (key) this.cache.set(subjectId, key);
    return key;
  }

  private async encrypt<E extends NewEvent>(event: E): Promise<E> {
    const subjectId = dataSubjectOf(event.type, event.data);
    if (subjectId === null) return event;
    const key = await this.keyOf(subjectId, true);
    const data = mapPersonalFields(event.type, event.data, (value, path, kind) => {
      // an erased subject's new data is not kept: it could never be read
      if (!key || 'erasedAs' in key) return kind === 'NAME' ? erasedName(key?.erasedAs ?? null) : ERASED;
      return encryptField(key.key, subjectId, value, event.eventId, path);
    });
    return { ...event, data };
  }

  /** An event read from `sealed`, opened as `readStream` and `readAll` would (to open only the events one needs). */
  openEvent<E extends StoredEvent>(event: E): Promise<E> {
    return this.open(event);
  }

  private async open<E extends StoredEvent>(event: E): Promise<E> {
    // another process (the command line's retention run) destroyed a key this one had opened: forget it
    if (event.type === 'PersonalDataErased') this.forgetKey((event.data as { subjectId?: unknown }).subjectId);
    const subjects = new Set<string>();
    mapPersonalFields(event.type, event.data, (value) => {
      const subject = sealedSubjectOf(value);
      if (subject) subjects.add(subject);
      return value;
    });
    if (subjects.size === 0) return event;
    const keys = new Map<string, SubjectKey | null>();
    for (const subject of subjects) keys.set(subject, await this.keyOf(subject, false));
    const data = mapPersonalFields(event.type, event.data, (value, path, kind) => {
      const subject = sealedSubjectOf(value);
      if (!subject) return value;
      const key = keys.get(subject);
      if (!key || 'erasedAs' in key) return kind === 'NAME' ? erasedName(key && 'erasedAs' in key ? key.erasedAs : null) : ERASED;
      try {
        return decryptField(key.key, value, event.eventId, path);
      } catch {
        return UNREADABLE;
      }
    });
    return { ...event, data };
  }
}
