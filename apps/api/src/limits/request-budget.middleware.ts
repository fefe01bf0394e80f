import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { type AppConfig, APP_CONFIG } from '@schakel/infrastructure';
import { withBudget } from './current-budget';
import { RequestBudget, type RequestWithBudget } from './request-budget';

/**
 * Gives every request its time budget, abandoned when the client closes the connection before the
 * answer; the rest of the request runs with it as the current budget (read-model reads check it).
 */
@Injectable()
export class RequestBudgetMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const budget = new RequestBudget(this.config.limits.requestBudgetMs);
    (req as Request & RequestWithBudget).budget = budget;
    res.on('close', () => {
      if (!res.writableFinished) budget.abandon();
    });
    withBudget(budget, next);
  }
}
