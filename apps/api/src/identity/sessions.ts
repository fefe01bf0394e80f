import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type DataSource } from 'typeorm';
import { uuidv7 } from '@schakel/event-store';
import { UserSessionRow } from '@schakel/read-models';
import { READ_MODELS } from '@schakel/infrastructure';
import { notFound } from '@schakel/application';
import { hashSecret, newSecret } from './secret-hash';

export const SESSION_LIFETIME_MS = 12 * 3600_000;

export interface SessionView {
  readonly id: string;
  readonly userId: string;
  readonly email: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly userAgent: string | null;
}

/** Browser sessions: the cookie holds a random secret, the table its hash. */
@Injectable()
export class Sessions {
  constructor(@Inject(READ_MODELS) private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(UserSessionRow);
  }

  async open(userId: string, email: string, userAgent: string | null, now = new Date()): Promise<{ id: string; secret: string; expiresAt: Date }> {
    const secret = newSecret();
    const id = uuidv7();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await this.repo.insert({
      id,
      secretHash: hashSecret(secret),
      userId,
      email,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      revokedAt: null,
      userAgent: userAgent ? userAgent.slice(0, 200) : null,
    });
    return { id, secret, expiresAt };
  }

  /** The live session a cookie secret belongs to, or null (unknown, revoked or expired). */
  async bySecret(secret: string, now = new Date()): Promise<SessionView | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return null;
    const row = await this.repo.findOneBy({ secretHash: hashSecret(secret) });
    if (!row || row.revokedAt || row.expiresAt <= now.toISOString()) return null;
    return toView(row);
  }

  /** The user's live sessions, newest first. */
  async ofUser(userId: string, now = new Date()): Promise<SessionView[]> {
    const rows = await this.repo.find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return rows.filter((row) => row.expiresAt > now.toISOString()).map(toView);
  }

  /** Revokes one of the user's own sessions; another user's session is NOT_FOUND to them. */
  async revoke(userId: string, id: string, now = new Date()): Promise<void> {
    const done = await this.repo.update({ id, userId, revokedAt: IsNull() }, { revokedAt: now.toISOString() });
    if (done.affected !== 1) throw notFound('SESSION_NOT_FOUND', `You have no live session ${id}.`);
  }
}

function toView(row: UserSessionRow): SessionView {
  return { id: row.id, userId: row.userId, email: row.email, createdAt: row.createdAt, expiresAt: row.expiresAt, userAgent: row.userAgent };
}
