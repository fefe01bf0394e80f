import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { uuidv7, type EventStore } from '@schakel/event-store';
import { serializeEvidenceBundle, type SigningKey } from '@schakel/evidence';
import { SEALED_EVENT_STORE } from '@schakel/infrastructure';
import { exportChainBundle } from '@schakel/application';
import { RequestCaller } from '../../auth/request-caller';
import { RequestBudget, type RequestWithBudget } from '../../limits/request-budget';
import { InspectorGate } from '../inspector-gate';
import { DownloadProgress, PROGRESS_PAGE_SIZE, wantsProgress } from '../report/download-progress';
import { toHttp } from '../report/http-error';
import { EVIDENCE_SIGNING_KEY } from './evidence-signing-key';

/**
 * GET /reports/chains/:chainId/evidence-bundle.json — the chain's signed evidence bundle as a file: the
 * same bundle, the same access and the same recorded read as the query exportEvidenceBundle (an
 * INSPECTOR under a grant, or a MANAGER of the principal). Asked with
 * `Accept: application/vnd.schakel.download-progress`, its progress first (DownloadProgress): the app's
 * download button, which shows how much of the log has been read and the time left.
 */
@Controller('reports/chains')
export class EvidenceDownloadController {
  constructor(
    private readonly callers: RequestCaller,
    private readonly gate: InspectorGate,
    @Inject(SEALED_EVENT_STORE) private readonly store: EventStore,
    @Inject(EVIDENCE_SIGNING_KEY) private readonly signingKey: SigningKey,
  ) {}

  @Get(':chainId/evidence-bundle.json')
  async bundle(@Param('chainId') chainId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const progress = wantsProgress(req) ? new DownloadProgress(res, this.store) : null;
    try {
      const caller = await this.callers.of(req);
      const correlationId = (req as Request & { correlationId?: string }).correlationId ?? uuidv7();
      // the budget middleware gives every HTTP request one; the fallback never passes
      const budget = (req as Request & RequestWithBudget).budget ?? new RequestBudget(2 ** 31);
      await this.gate.open({ caller, correlationId, request: req }, chainId, { query: 'exportEvidenceBundle', asOf: null, clock: null });
      await progress?.started();
      const bundle = await exportChainBundle(this.store, this.signingKey, chainId.toLowerCase(), null, new Date(), {
        signal: budget,
        ...(progress ? { onProgress: (n: number) => progress.read(n), pageSize: PROGRESS_PAGE_SIZE } : {}),
      });
      progress?.finishing();
      const body = Buffer.from(serializeEvidenceBundle(bundle));
      const name = `evidence-bundle-${chainId.toLowerCase().replace(/[^0-9a-f-]/g, '')}-${bundle.checkpoint.issuedAt.slice(0, 10)}.json`;
      if (progress) return progress.send({ name, type: 'application/json', body });
      res.setHeader('content-type', 'application/json');
      res.setHeader('content-disposition', `attachment; filename="${name}"`);
      res.setHeader('cache-control', 'no-store');
      res.end(body);
    } catch (error) {
      if (progress?.failed(error)) return;
      throw toHttp(error);
    }
  }
}
