import { Controller, Get, Header, HttpException, HttpStatus, Inject, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { accessStreamId, accidentReplay, chainAsOf, isDomainError, timeline, type DomainErrorFamily } from '@schakel/domain';
import { uuidv7, type EventStore } from '@schakel/event-store';
import type { SigningKey } from '@schakel/evidence';
import { SEALED_EVENT_STORE } from '@schakel/infrastructure';
import type { Request, Response } from 'express';
import { RequestCaller } from '../../auth/request-caller';
import { ApiError, ApiErrorCode, badInput, exportChainBundle } from '@schakel/application';
import { ChainReplaySource } from '../chain-replay-source';
import { EVIDENCE_SIGNING_KEY } from '../evidence/evidence-signing-key';
import { InspectorGate } from '../inspector-gate';
import { renderReplayReportHtml } from './replay-report.html';
import { buildReplayReport, type ReplayReport } from './replay-report.model';
import { renderReplayReportPdf } from './replay-report.pdf';
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
 * GET /reports/chains/:chainId/replay.html?incidentId=…&asOf=… — the replay as a readable page, and
 * GET /reports/chains/:chainId/replay.pdf (same query) — the same report as a PDF to download.
 * Same access as the GraphQL replay (an INSPECTOR read is recorded): a bearer token, or the session
 * cookie of a signed-in inspector who follows the link (see RequestCaller).
 */
@Controller('reports/chains')
export class ReplayReportController {
  constructor(
    private readonly callers: RequestCaller,
    private readonly gate: InspectorGate,
    private readonly source: ChainReplaySource,
    // the evidence cut hashes the log as stored (personal fields sealed), as exportEvidenceBundle does
    @Inject(SEALED_EVENT_STORE) private readonly sealedStore: EventStore,
    @Inject(EVIDENCE_SIGNING_KEY) private readonly signingKey: SigningKey,
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
      const { report } = await this.report(req, chainId, incidentId, asOfText, 'replayReport');
      const query = new URLSearchParams({ ...(incidentId !== undefined ? { incidentId } : {}), ...(asOfText !== undefined ? { asOf: asOfText } : {}) }).toString();
      return renderReplayReportHtml(report, `replay.pdf${query ? `?${query}` : ''}`);
    } catch (error) {
      throw toHttp(error);
    }
  }

  @Get(':chainId/replay.pdf')
  @Header('content-type', 'application/pdf')
  async replayPdf(
    @Param('chainId') chainId: string,
    @Query('incidentId') incidentId: string | undefined,
    @Query('asOf') asOfText: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    try {
      const { report, generatedAt } = await this.report(req, chainId, incidentId, asOfText, 'replayReportPdf');
      const pdf = await renderReplayReportPdf(report, generatedAt);
      res.setHeader('content-disposition', `attachment; filename="replay-${chainId.toLowerCase().replace(/[^0-9a-f-]/g, '')}-${generatedAt.slice(0, 10)}.pdf"`);
      res.setHeader('cache-control', 'no-store');
      return new StreamableFile(Buffer.from(pdf));
    } catch (error) {
      throw toHttp(error);
    }
  }

  /**
   * The report's one model: the read is allowed (and, for an inspector, recorded) first; then the
   * chain is replayed and the log is cut at that moment for the evidence anchors.
   */
  private async report(req: Request, chainId: string, incidentId: string | undefined, asOfText: string | undefined, query: string): Promise<{ report: ReplayReport; generatedAt: string }> {
    const caller = await this.callers.of(req);
    if (asOfText !== undefined && Number.isNaN(Date.parse(asOfText))) throw badInput('INPUT_INSTANT_INVALID', `asOf must be an ISO-8601 instant, got "${asOfText}"`);
    const correlationId = (req as Request & { correlationId?: string }).correlationId ?? uuidv7();
    // the budget middleware gives every HTTP request one; the fallback never passes
    const budget = (req as Request & RequestWithBudget).budget ?? new RequestBudget(2 ** 31);
    const events = await this.gate.open({ caller, correlationId, request: req }, chainId, {
      query,
      asOf: asOfText ?? null,
      clock: 'OCCURRED',
      subject: incidentId ?? null,
    });
    const { nameOf, registrations } = await this.source.reportPartiesFor(events);
    const accident = incidentId ? accidentReplay(events, incidentId.toLowerCase(), nameOf, budget, registrations) : null;
    const asOf = asOfText ? new Date(asOfText).toISOString() : (accident?.happenedAt ?? new Date().toISOString());
    // the log as it stands now, the read just recorded included: the same cut as exportEvidenceBundle(upTo: generatedAt)
    const generatedAt = new Date().toISOString();
    const bundle = await exportChainBundle(this.sealedStore, this.signingKey, chainId.toLowerCase(), generatedAt, new Date(generatedAt), budget);
    const streams = bundle.manifest.map((m) => ({
      label: m.streamId === accessStreamId(chainId.toLowerCase()) ? 'access stream (grants, reads)' : 'chain stream',
      events: m.eventCount,
      headHash: bundle.events.filter((e) => e.event.streamId === m.streamId).at(-1)?.event.hash ?? null,
    }));
    const report = buildReplayReport({
      chainId: chainId.toLowerCase(),
      events,
      stateThen: chainAsOf(events, asOf, 'OCCURRED', budget).state,
      asOf,
      timeline: timeline(events, { clock: 'RECORDED', nameOf, interrupt: budget }),
      accident,
      nameOf,
      generatedAt,
      evidence: {
        chainId: chainId.toLowerCase(),
        upTo: generatedAt,
        treeSize: bundle.checkpoint.treeSize,
        rootHash: bundle.checkpoint.rootHash,
        keyFingerprint: bundle.publicKey.fingerprint,
        streams: streams.sort((a, b) => (a.label < b.label ? 1 : -1)),
      },
    });
    return { report, generatedAt };
  }
}

function toHttp(error: unknown): unknown {
  if (error instanceof ApiError) {
    return new HttpException({ code: error.code, reason: error.reason, message: error.message }, STATUS_OF_API[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR);
  }
  if (isDomainError(error)) return new HttpException({ code: error.code, message: error.message }, STATUS_OF_FAMILY[error.family]);
  return error;
}
