import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SECRET_FILE = 'jwt-secret';

/**
 * The HS256 secret: SCHAKEL_JWT_SECRET when configured, otherwise a local secret generated once
 * into the data folder (so `schakel token` and the API agree without set-up).
 */
export function loadOrCreateJwtSecret(dataDir: string, configured: string | null): string {
  return loadOrCreateSecret(dataDir, SECRET_FILE, configured);
}

/** A secret: the configured one, else one generated once into `dataDir/fileName` (mode 0600). */
export function loadOrCreateSecret(dataDir: string, fileName: string, configured: string | null): string {
  if (configured) return configured;
  const file = join(dataDir, fileName);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  // 'wx' fails if another process created it first; then use theirs.
  try {
    writeFileSync(file, secret + '\n', { flag: 'wx', mode: 0o600 });
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
}
