import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { uuidv7 } from '@schakel/event-store';

export const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export type RequestWithCorrelation = Request & { correlationId: string };

/** Gives every request a correlation id (the caller's, when well-formed) and logs one line when it ends. */
@Injectable()
export class RequestLoggingMiddleware implements NestMiddleware {
  private readonly logger = new Logger('HTTP');

  use(req: Request, res: Response, next: NextFunction): void {
    const given = req.header(CORRELATION_HEADER);
    const correlationId = given && SAFE_ID.test(given) ? given : uuidv7();
    (req as RequestWithCorrelation).correlationId = correlationId;
    res.setHeader(CORRELATION_HEADER, correlationId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const body = req.body as { operationName?: string } | undefined;
      this.logger.log({
        msg: 'request',
        correlationId,
        method: req.method,
        path: loggablePath(req.originalUrl),
        operation: body?.operationName ?? undefined,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
      });
    });
    next();
  }
}

/** The path without its query, and without a worker's link token: a log reader must not be able to use one. */
export function loggablePath(url: string): string {
  return url.split('?')[0].replace(/^\/w\/[^/]+/, '/w/<token>');
}
