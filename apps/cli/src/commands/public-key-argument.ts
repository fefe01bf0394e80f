import { readFileSync } from 'node:fs';
import { PublicKeyError } from '@schakel/evidence';

// --public-key takes the PEM itself or a file holding it.
export function readPublicKey(value: string): string {
  if (value.includes('-----BEGIN')) return value;
  try {
    return readFileSync(value, 'utf8');
  } catch (error) {
    const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    throw new PublicKeyError(`cannot read the public key file ${value}: ${message}`, error);
  }
}
