/** The least estimated strength a configured HS256 secret must have. */
const MIN_SECRET_BITS = 96;

/**
 * Bits of the secret by its own character frequencies (Shannon entropy times length). Only an
 * estimate, and generous to real passphrases, but it tells `aaaa…` (0 bits) or `abab…` from a
 * generated secret (a 48-byte base64url one is over 300).
 */
function estimatedBits(secret: string): number {
  const counts = new Map<string, number>();
  const chars = [...secret];
  for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / chars.length) * Math.log2(n / chars.length);
  return perChar * chars.length;
}

/** The length of the shortest unit the text repeats (`passwordpassword` → 8), or the text's length. */
function period(text: string): number {
  for (let p = 1; p <= text.length / 2; p++) {
    let repeats = true;
    for (let i = p; i < text.length && repeats; i++) repeats = text[i] === text[i - p];
    if (repeats) return p;
  }
  return text.length;
}

/** Why a configured secret is too weak to sign tokens with, or null. Length alone does not make a secret. */
export function secretWeakness(secret: string): string | null {
  if (secret.length < 32) return 'must be at least 32 characters';
  const unit = period(secret);
  if (unit <= 10) return `repeats a unit of ${unit} character${unit === 1 ? '' : 's'}`;
  const bits = Math.floor(estimatedBits(secret));
  if (bits < MIN_SECRET_BITS) return `is too predictable (about ${bits} bits; at least ${MIN_SECRET_BITS} needed)`;
  return null;
}
