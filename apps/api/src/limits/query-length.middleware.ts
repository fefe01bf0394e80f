import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { type AppConfig, APP_CONFIG } from '@schakel/infrastructure';
import { badInput } from '@schakel/application';
import { formatGraphqlError } from '../errors/format-graphql-error';

/**
 * Refuses a query document longer than `maxQueryLength` characters before it is parsed: the
 * token limit stops the parser, but a thousand aliases still cost their first few thousand tokens,
 * and a length costs nothing to check.
 */
@Injectable()
export class QueryLengthMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    const max = this.config.limits.maxQueryLength;
    if (typeof query !== 'string' || query.length <= max) return next();
    const error = badInput('QUERY_TOO_LONG', `The query document is ${query.length} characters long; at most ${max} are allowed. Send a shorter query.`);
    res.status(400).json({ errors: [formatGraphqlError({ message: error.message }, error)], data: null });
  }
}
