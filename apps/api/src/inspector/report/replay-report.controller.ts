import { Controller, Get, Header, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { accessStreamId, accidentReplay, chainAsOf, timeline } from '@schakel/domain';
import { uuidv7, type EventStore } from '@schakel/event-store';
import type { SigningKey } from '@schakel/evidence';
import { SEALED_EVENT_STORE } from '@schakel/infrastructure';
import type { Request, Response } from 'express';
import { RequestCaller } from '../../auth/request-caller';
import { badInput, exportChainBundle } from '@schakel/application';
import { ChainReplaySource } from '../chain-replay-source';
import { EVIDENCE_SIGNING_KEY } from '../evidence/evidence-signing-key';
import { InspectorGate } from '../inspector-gate';
import { renderReplayReportHtml } from './replay-report.html';
import { buildReplayReport, type ReplayReport } from './replay-report.model';
import { renderReplayReportPdf } from './replay-report.pdf';
import { RequestBudget, type RequestWithBudget } from '../../limits/request-budget';
import { DownloadProgress, PROGRESS_PAGE_SIZE, wantsProgress, type DownloadWatch } from './download-progress';
import { toHttp } from './http-error';

/**
 * GET /reports/chains/:chainId/replay.html?incidentId=…&asOf=… — the replay as a readable page, and
 * GET /reports/chains/:chainId/replay.pdf (same query) — the same report as a PDF to download; asked
 * with `Accept: application/vnd.schakel.download-progress`, its progress first (DownloadProgress).
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
      // the PDF link keeps what was asked, and the party a person of several parties opened it for
      const party = typeof req.query.party === 'string' ? req.query.party : undefined;
      const query = new URLSearchParams({
        ...(incidentId !== undefined ? { incidentId } : {}),
        ...(asOfText !== undefined ? { asOf: asOfText } : {}),
        ...(party !== undefined ? { party } : {}),
      }).toString();
      return renderReplayReportHtml(report, `replay.pdf${query ? `?${query}` : ''}`);
    } catch (error) {
      throw toHttp(error);
    }
  }

  @Get(':chainId/replay.pdf')
  async replayPdf(
    @Param('chainId') chainId: string,
    @Query('incidentId') incidentId: string | undefined,
    @Query('asOf') asOfText: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const progress = wantsProgress(req) ? new DownloadProgress(res, this.sealedStore) : null;
    try {
      const { report, generatedAt } = await this.report(req, chainId, incidentId, asOfText, 'replayReportPdf', progress);
      progress?.finishing();
      const pdf = Buffer.from(await renderReplayReportPdf(report, generatedAt));
      const name = `replay-${chainId.toLowerCase().replace(/[^0-9a-f-]/g, '')}-${generatedAt.slice(0, 10)}.pdf`;
      if (progress) return progress.send({ name, type: 'application/pdf', body: pdf });
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `attachment; filename="${name}"`);
      res.setHeader('cache-control', 'no-store');
      res.end(pdf);
    } catch (error) {
      if (progress?.failed(error)) return;
      throw toHttp(error);
    }
  }

  /**
   * The report's one model: the read is allowed (and, for an inspector, recorded) first; then the
   * chain is replayed and the log is cut at that moment for the evidence anchors.
   */
  private async report(
    req: Request,
    chainId: string,
    incidentId: string | undefined,
    asOfText: string | undefined,
    query: string,
    watch: DownloadWatch | null = null,
  ): Promise<{ report: ReplayReport; generatedAt: string }> {
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
    // allowed, and the request is sound: the long part (reading the whole log) begins
    await watch?.started();
    // the log as it stands now, the read just recorded included: the same cut as exportEvidenceBundle(upTo: generatedAt)
    const generatedAt = new Date().toISOString();
    const bundle = await exportChainBundle(this.sealedStore, this.signingKey, chainId.toLowerCase(), generatedAt, new Date(generatedAt), {
      signal: budget,
      ...(watch ? { onProgress: (n: number) => watch.read(n), pageSize: PROGRESS_PAGE_SIZE } : {}),
    });
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
