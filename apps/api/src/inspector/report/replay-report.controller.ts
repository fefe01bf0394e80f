import { Controller, Get, Header, HttpException, HttpStatus, Param, Query, Req } from '@nestjs/common';
import { accidentReplay, chainAsOf, isDomainError, timeline, type DomainErrorFamily } from '@schakel/domain';
import { uuidv7 } from '@schakel/event-store';
import type { Request } from 'express';
import { RequestCaller } from '../../auth/request-caller';
import { ApiError, ApiErrorCode, badInput } from '@schakel/application';
import { ChainReplaySource } from '../chain-replay-source';
import { InspectorGate } from '../inspector-gate';
import { renderReplayReport } from './replay-report.html';
import { RequestBudget, type RequestWithBudget } from '../../limits/request-budget';

const STATUS_OF_API: Partial<Record<ApiErrorCode, HttpStatus>> = {
  [ApiErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ApiErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ApiErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ApiErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ApiErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};
const STATUS_OF_FAMILY: Record<DomainErrorFamily, HttpStatus> = {
  INVALID: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  NOT_ALLOWED: HttpStatus.FORBIDDEN,
  CONFLICT: HttpStatus.CONFLICT,
  RULE_VIOLATED: HttpStatus.UNPROCESSABLE_ENTITY,
};

/**
 * GET /reports/chains/:chainId/replay.html?incidentId=…&asOf=… — the replay as a readable page.
 * Same access as the GraphQL replay (an INSPECTOR read is recorded): a bearer token, or the session
 * cookie of a signed-in inspector who follows the link (see RequestCaller).
 */
@Controller('reports/chains')
export class ReplayReportController {
  constructor(
    private readonly callers: RequestCaller,
    private readonly gate: InspectorGate,
    private readonly source: ChainReplaySource,
  ) {}

  @Get(':chainId/replay.html')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
  async replay(
    @Param('chainId') chainId: string,
    @Query('incidentId') incidentId: string | undefined,
    @Query('asOf') asOfText: string | undefined,
    @Req() req: Request,
  ): Promise<string> {
    try {
      const caller = await this.callers.of(req);
      if (asOfText !== undefined && Number.isNaN(Date.parse(asOfText))) throw badInput('INPUT_INSTANT_INVALID', `asOf must be an ISO-8601 instant, got "${asOfText}"`);
      const correlationId = (req as Request & { correlationId?: string }).correlationId ?? uuidv7();
      // the budget middleware gives every HTTP request one; the fallback never passes
      const budget = (req as Request & RequestWithBudget).budget ?? new RequestBudget(2 ** 31);
      const events = await this.gate.open({ caller, correlationId, request: req }, chainId, {
        query: 'replayReport',
        asOf: asOfText ?? null,
        clock: 'OCCURRED',
        subject: incidentId ?? null,
      });
      const nameOf = await this.source.namesFor(events);
      const registrations = await this.source.workerRegistrationsFor(events);
      const accident = incidentId ? accidentReplay(events, incidentId.toLowerCase(), nameOf, budget, registrations) : null;
      const asOf = asOfText ? new Date(asOfText).toISOString() : (accident?.happenedAt ?? new Date().toISOString());
      return renderReplayReport({
        chainId,
        stateThen: chainAsOf(events, asOf, 'OCCURRED', budget).state,
        asOf,
        timeline: timeline(events, { clock: 'RECORDED', nameOf, interrupt: budget }),
        accident,
        nameOf,
        generatedAt: new Date().toISOString(),
      });
    } catch (error) {
      throw toHttp(error);
    }
  }
}

function toHttp(error: unknown): unknown {
  if (error instanceof ApiError) {
    return new HttpException({ code: error.code, reason: error.reason, message: error.message }, STATUS_OF_API[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR);
  }
  if (isDomainError(error)) return new HttpException({ code: error.code, message: error.message }, STATUS_OF_FAMILY[error.family]);
  return error;
}
