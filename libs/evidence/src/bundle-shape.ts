import { BUNDLE_FORMAT } from './bundle-format';

// Shape checks for a parsed bundle. Strict on purpose: a field the signatures and hashes do not
// cover must not ride along unnoticed, so unknown fields are refused, not ignored.

const HEX_HASH = /^[0-9a-f]{64}$/;
const BUNDLE_KEYS = ['format', 'publicKey', 'checkpoint', 'checkpointSignature', 'upTo', 'manifest', 'statementSignature', 'events'];
const PUBLIC_KEY_KEYS = ['algorithm', 'pem', 'fingerprint'];
const CHECKPOINT_KEYS = ['treeSize', 'rootHash', 'issuedAt', 'logId', 'store'];
const MANIFEST_KEYS = ['streamId', 'firstVersion', 'lastVersion', 'eventCount'];
const ENTRY_KEYS = ['leafIndex', 'inclusionPath', 'event'];
const ENVELOPE_KEYS = [
  'eventId',
  'streamId',
  'streamVersion',
  'type',
  'schemaVersion',
  'data',
  'occurredAt',
  'recordedAt',
  'actor',
  'correlationId',
  'causationId',
  'prevHash',
  'hash',
];

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
export const isHexHash = (value: unknown): value is string => typeof value === 'string' && HEX_HASH.test(value);

function keysProblem(value: Record<string, unknown>, expected: readonly string[], what: string): string | null {
  const missing = expected.filter((k) => !(k in value));
  if (missing.length > 0) return `${what} has no ${missing.join(', ')}`;
  const extra = Object.keys(value).filter((k) => !expected.includes(k));
  if (extra.length > 0) return `${what} has fields no signature or hash covers: ${extra.join(', ')}`;
  return null;
}

/** Why the bundle's outer structure (everything but the individual events) is not format 1, or null. */
export function bundleFormatProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'the file is not a JSON object';
  if (value.format !== BUNDLE_FORMAT) return `format is ${JSON.stringify(value.format)}, this verifier reads ${BUNDLE_FORMAT}`;
  const keys = keysProblem(value, BUNDLE_KEYS, 'the bundle');
  if (keys) return keys;

  const key = value.publicKey;
  if (!isRecord(key)) return 'publicKey is not an object';
  const keyKeys = keysProblem(key, PUBLIC_KEY_KEYS, 'publicKey');
  if (keyKeys) return keyKeys;
  if (key.algorithm !== 'Ed25519') return `publicKey.algorithm is ${JSON.stringify(key.algorithm)}, not Ed25519`;
  if (typeof key.pem !== 'string' || typeof key.fingerprint !== 'string') return 'publicKey.pem and publicKey.fingerprint must be strings';

  const head = value.checkpoint;
  if (!isRecord(head)) return 'checkpoint is not an object';
  const headKeys = keysProblem(head, CHECKPOINT_KEYS, 'checkpoint');
  if (headKeys) return headKeys;
  if (!isCount(head.treeSize)) return 'checkpoint.treeSize is not a whole number';
  if (!isHexHash(head.rootHash)) return 'checkpoint.rootHash is not 64 lowercase hex characters';
  if (!isInstant(head.issuedAt)) return 'checkpoint.issuedAt is not an instant';
  if (typeof head.logId !== 'string' || typeof head.store !== 'string') return 'checkpoint.logId and checkpoint.store must be strings';

  if (typeof value.checkpointSignature !== 'string' || typeof value.statementSignature !== 'string') return 'the signatures must be base64 strings';
  if (value.upTo !== null && !isInstant(value.upTo)) return 'upTo is neither null nor an instant';

  if (!Array.isArray(value.manifest)) return 'manifest is not a list';
  const seen = new Set<string>();
  for (const [i, entry] of value.manifest.entries()) {
    if (!isRecord(entry)) return `manifest[${i}] is not an object`;
    const entryKeys = keysProblem(entry, MANIFEST_KEYS, `manifest[${i}]`);
    if (entryKeys) return entryKeys;
    if (typeof entry.streamId !== 'string' || entry.streamId === '') return `manifest[${i}].streamId is not a stream id`;
    if (seen.has(entry.streamId)) return `manifest names ${entry.streamId} twice`;
    seen.add(entry.streamId);
    const last = entry.lastVersion;
    if (entry.firstVersion !== 0 || typeof last !== 'number' || !Number.isSafeInteger(last) || last < -1 || entry.eventCount !== last + 1) {
      return `manifest[${i}] (${entry.streamId}) does not read firstVersion 0, lastVersion n, eventCount n + 1`;
    }
  }
  if (!Array.isArray(value.events)) return 'events is not a list';
  return null;
}

/** Why one entry of `events` is not a bundled event, or null. */
export function bundledEventProblem(entry: unknown): string | null {
  if (!isRecord(entry)) return 'the entry is not an object';
  const keys = keysProblem(entry, ENTRY_KEYS, 'the entry');
  if (keys) return keys;
  if (!isCount(entry.leafIndex)) return 'leafIndex is not a whole number';
  if (!Array.isArray(entry.inclusionPath) || !entry.inclusionPath.every(isHexHash)) return 'inclusionPath is not a list of 64-character lowercase hex hashes';
  const event = entry.event;
  if (!isRecord(event)) return 'event is not an object';
  const eventKeys = keysProblem(event, ENVELOPE_KEYS, 'the event');
  if (eventKeys) return eventKeys;
  for (const field of ['eventId', 'streamId', 'type', 'occurredAt', 'recordedAt', 'correlationId'] as const) {
    if (typeof event[field] !== 'string') return `event.${field} is not a string`;
  }
  if (!isCount(event.streamVersion) || !isCount(event.schemaVersion)) return 'event.streamVersion and event.schemaVersion must be whole numbers';
  if (event.causationId !== null && typeof event.causationId !== 'string') return 'event.causationId is neither null nor a string';
  if (!isRecord(event.actor)) return 'event.actor is not an object';
  if (!isHexHash(event.prevHash) || !isHexHash(event.hash)) return 'event.prevHash and event.hash must be 64 lowercase hex characters';
  return null;
}
