import { Controller, Get, Header, HttpException, HttpStatus, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { toString as qrSvg } from 'qrcode';
import { RequestCaller } from '../auth/request-caller';
import { ApiError, ApiErrorCode, forbidden } from '@schakel/application';
import { renderToolboxSheet } from './toolbox-sheet.html';
import { WorkerLinks } from './worker-links.service';

const STATUS: Partial<Record<ApiErrorCode, HttpStatus>> = {
  [ApiErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ApiErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ApiErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ApiErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
};

/**
 * GET /toolbox-sheet/:chainId/:batchId — a print-ready page with one QR code per worker of a batch
 * of links, the worker's name under each. For a MANAGER of the party that made them: a bearer token,
 * or the session cookie of a manager signed in with a browser (with the page rules of RequestCaller:
 * refused when the browser says the navigation came from another site, or from a foreign Origin). A
 * manager of several parties names the party in the link (`?party=`, a link carries no header); the
 * sheet names it at the top.
 */
@Controller('toolbox-sheet')
export class ToolboxSheetController {
  constructor(
    private readonly callers: RequestCaller,
    private readonly links: WorkerLinks,
  ) {}

  @Get(':chainId/:batchId')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
  @Header('cache-control', 'no-store')
  async sheet(@Param('chainId') chainId: string, @Param('batchId') batchId: string, @Req() req: Request): Promise<string> {
    try {
      const caller = await this.callers.of(req);
      if (caller.role !== 'MANAGER') throw forbidden('ROLE_NOT_ALLOWED', 'The toolbox sheet is for a MANAGER of the party that made the links.');
      const batch = await this.links.batch(caller, chainId, batchId);
      const codes = await Promise.all(
        batch.links.map(async (link) => ({ workerName: link.workerName, svg: await qrSvg(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }) })),
      );
      return renderToolboxSheet({ party: batch.party, title: batch.instructionTitle, version: batch.version, expiresAt: batch.expiresAt, codes });
    } catch (error) {
      if (error instanceof ApiError) {
        throw new HttpException({ code: error.code, reason: error.reason, message: error.message }, STATUS[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR);
      }
      throw error;
    }
  }
}
