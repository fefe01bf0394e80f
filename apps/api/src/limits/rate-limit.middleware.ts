import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import type { NextFunction, Request, Response } from 'express';
import { RequestCaller } from '../auth/request-caller';
import { type AppConfig, APP_CONFIG } from '@schakel/infrastructure';
import { type ApiError, tooManyRequests } from '@schakel/application';
import { formatGraphqlError } from '../errors/format-graphql-error';

/**
 * Requests per caller in a sliding window (the throttler's storage), counted per HTTP request so
 * aliases cannot multiply them, and requests per caller in progress at once (so one caller's many
 * connections cannot fill the event loop while others wait). The caller is the verified token's or
 * session's user and party (the same verification the AuthGuard then uses); a request without a
 * valid token or session counts against its address, so a forged one buys nothing.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly callers: RequestCaller,
    private readonly storage: ThrottlerStorageService,
  ) {}

  private readonly inProgress = new Map<string, number>();

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const { rateLimit, rateWindowSeconds, maxConcurrentPerCaller } = this.config.limits;
    if (req.path.startsWith('/health') || (rateLimit === 0 && maxConcurrentPerCaller === 0)) return next();
    const key = await this.callerKey(req);
    const running = this.inProgress.get(key) ?? 0;
    if (maxConcurrentPerCaller > 0 && running >= maxConcurrentPerCaller) {
      return refuse(res, tooManyRequests(`Too many requests in progress: at most ${maxConcurrentPerCaller} at once per caller. Retry after 1 s.`, 1, 'TOO_MANY_IN_PROGRESS'));
    }
    if (rateLimit > 0) {
      const hit = await this.storage.increment(key, rateWindowSeconds * 1000, rateLimit, 0, 'requests');
      if (hit.isBlocked) {
        const retryAfter = Math.max(1, hit.timeToBlockExpire);
        return refuse(res, tooManyRequests(`Too many requests: at most ${rateLimit} per ${rateWindowSeconds} s per caller. Retry after ${retryAfter} s.`, retryAfter));
      }
    }
    this.inProgress.set(key, (this.inProgress.get(key) ?? 0) + 1);
    res.once('close', () => {
      const left = (this.inProgress.get(key) ?? 1) - 1;
      if (left > 0) this.inProgress.set(key, left);
      else this.inProgress.delete(key);
    });
    next();
  }

  private async callerKey(req: Request): Promise<string> {
    if (req.header('authorization') || req.header('cookie')) {
      try {
        const caller = await this.callers.of(req);
        return `caller:${caller.userId}:${caller.partyId ?? '-'}`;
      } catch {
        // an invalid token or session is counted by address below (the AuthGuard refuses it)
      }
    }
    return `address:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
  }
}

function refuse(res: Response, error: ApiError): void {
  res.setHeader('Retry-After', String(error.details?.retryAfterSeconds ?? 1));
  res.status(429).json({ errors: [formatGraphqlError({ message: error.message }, error)], data: null });
}
