import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * A personal field as stored in the log: `pd1:<subjectId>:<base64url of iv ‖ tag ‖ ciphertext>`,
 * AES-256-GCM under the subject's key, bound to the event and field (the additional data), so a
 * ciphertext copied into another event or field does not decrypt.
 */
const PREFIX = 'pd1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const KEY_BYTES = 32;

function additionalData(eventId: string, path: string): Buffer {
  return Buffer.from(`${eventId}\n${path}`, 'utf8');
}

export function encryptField(key: Buffer, subjectId: string, plaintext: string, eventId: string, path: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData(eventId, path));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${PREFIX}${subjectId}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
}

/** The subject of a stored personal field; null when the value was written in the clear (older logs, no subject). */
export function sealedSubjectOf(value: string): string | null {
  if (!value.startsWith(PREFIX)) return null;
  const end = value.indexOf(':', PREFIX.length);
  return end > PREFIX.length ? value.slice(PREFIX.length, end) : null;
}

/** Throws when the key, event or field does not match (a tampered or moved ciphertext). */
export function decryptField(key: Buffer, value: string, eventId: string, path: string): string {
  const packed = Buffer.from(value.slice(value.indexOf(':', PREFIX.length) + 1), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, packed.subarray(0, IV_BYTES));
  decipher.setAAD(additionalData(eventId, path));
  decipher.setAuthTag(packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(packed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
