import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import type { NextFunction, Request, Response } from 'express';
import { JWT_SECRET } from '../auth/auth.tokens';
import { verifyToken } from '../auth/tokens';
import type { AppConfig } from '../config/app-config';
import { tooManyRequests } from '../errors/api-error-code';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { APP_CONFIG } from '../infrastructure/tokens';

/**
 * Requests per caller in a sliding window (the throttler's storage), counted per HTTP request so
 * aliases cannot multiply them. The caller is the verified token's user and party; a request
 * without a valid token counts against its address, so a forged token buys nothing.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JWT_SECRET) private readonly secret: string,
    private readonly storage: ThrottlerStorageService,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const { rateLimit, rateWindowSeconds } = this.config.limits;
    if (rateLimit === 0 || req.path.startsWith('/health')) return next();
    const hit = await this.storage.increment(this.callerKey(req), rateWindowSeconds * 1000, rateLimit, 0, 'requests');
    if (!hit.isBlocked) return next();
    const retryAfter = Math.max(1, hit.timeToBlockExpire);
    const error = tooManyRequests(`Too many requests: at most ${rateLimit} per ${rateWindowSeconds} s per caller. Retry after ${retryAfter} s.`, retryAfter);
    res.setHeader('Retry-After', String(retryAfter));
    res.status(429).json({ errors: [formatGraphqlError({ message: error.message }, error)], data: null });
  }

  private callerKey(req: Request): string {
    const match = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
    if (match) {
      try {
        const caller = verifyToken(this.secret, match[1]);
        return `caller:${caller.userId}:${caller.partyId ?? '-'}`;
      } catch {
        // an invalid token is counted by address below
      }
    }
    return `address:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
  }
}
