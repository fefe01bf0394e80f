import { Inject, Injectable } from '@nestjs/common';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { SignInCodeRow } from '@schakel/read-models';
import { READ_MODELS } from '@schakel/infrastructure';
import { unauthenticated } from '@schakel/application';
import { hashSecret, newSecret } from './secret-hash';

export const CODE_LIFETIME_MS = 15 * 60_000;
/** Codes per address (e-mail) and per requesting client within one lifetime. */
export const MAX_CODES_PER_EMAIL = 5;
export const MAX_CODES_PER_CLIENT = 20;

/** Single-use sign-in codes: issued for an address, consumed once within 15 minutes. */
@Injectable()
export class SignInCodes {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  /** A new code for `email`, or null when this address or client asked too often lately. */
  async issue(email: string, requestedFrom: string, now = new Date()): Promise<string | null> {
    const repo = this.dataSource.getRepository(SignInCodeRow);
    const since = new Date(now.getTime() - CODE_LIFETIME_MS).toISOString();
    const [byEmail, byClient] = await Promise.all([
      repo.countBy({ email, createdAt: MoreThan(since) }),
      repo.countBy({ requestedFrom, createdAt: MoreThan(since) }),
    ]);
    if (byEmail >= MAX_CODES_PER_EMAIL || byClient >= MAX_CODES_PER_CLIENT) return null;
    const code = newSecret();
    await repo.insert({
      codeHash: hashSecret(code),
      email,
      requestedFrom: requestedFrom.slice(0, 64),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + CODE_LIFETIME_MS).toISOString(),
      usedAt: null,
    });
    return code;
  }

  /** The address a valid code was issued for; the code is spent. Unknown, used or expired codes are refused. */
  async consume(code: string, now = new Date()): Promise<string> {
    if (typeof code !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(code)) {
      throw unauthenticated('SIGN_IN_CODE_INVALID', 'This sign-in link is not valid. Ask for a new one.');
    }
    const repo = this.dataSource.getRepository(SignInCodeRow);
    const codeHash = hashSecret(code);
    const row = await repo.findOneBy({ codeHash });
    if (!row) throw unauthenticated('SIGN_IN_CODE_INVALID', 'This sign-in link is not valid. Ask for a new one.');
    if (row.usedAt) throw unauthenticated('SIGN_IN_CODE_USED', 'This sign-in link has been used already. Ask for a new one.');
    if (row.expiresAt <= now.toISOString()) throw unauthenticated('SIGN_IN_CODE_EXPIRED', 'This sign-in link has expired (links last 15 minutes). Ask for a new one.');
    // Conditional update: of two requests racing with one code, only one spends it.
    const spent = await repo.update({ codeHash, usedAt: IsNull() }, { usedAt: now.toISOString() });
    if (spent.affected !== 1) throw unauthenticated('SIGN_IN_CODE_USED', 'This sign-in link has been used already. Ask for a new one.');
    return row.email;
  }
}
