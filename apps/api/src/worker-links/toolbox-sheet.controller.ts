import { Controller, Get, Header, HttpException, HttpStatus, Inject, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { toString as qrSvg } from 'qrcode';
import { JWT_SECRET } from '../auth/auth.tokens';
import { InvalidTokenError, verifyToken, type Caller } from '@schakel/infrastructure';
import { ApiError, ApiErrorCode, forbidden, unauthenticated } from '@schakel/application';
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
 * of links, the worker's name under each. Bearer token of a MANAGER of the party that made them.
 */
@Controller('toolbox-sheet')
export class ToolboxSheetController {
  constructor(
    @Inject(JWT_SECRET) private readonly jwtSecret: string,
    private readonly links: WorkerLinks,
  ) {}

  @Get(':chainId/:batchId')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
  @Header('cache-control', 'no-store')
  async sheet(@Param('chainId') chainId: string, @Param('batchId') batchId: string, @Req() req: Request): Promise<string> {
    try {
      const caller = await this.callerOf(req.header('authorization') ?? '');
      if (caller.role !== 'MANAGER') throw forbidden('ROLE_NOT_ALLOWED', 'The toolbox sheet is for a MANAGER of the party that made the links.');
      const batch = await this.links.batch(caller, chainId, batchId);
      const codes = await Promise.all(
        batch.links.map(async (link) => ({ workerName: link.workerName, svg: await qrSvg(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }) })),
      );
      return renderToolboxSheet({ title: batch.instructionTitle, version: batch.version, expiresAt: batch.expiresAt, codes });
    } catch (error) {
      if (error instanceof ApiError) {
        throw new HttpException({ code: error.code, reason: error.reason, message: error.message }, STATUS[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR);
      }
      throw error;
    }
  }

  private async callerOf(header: string): Promise<Caller> {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated('AUTH_TOKEN_MISSING', 'Send a bearer token: Authorization: Bearer <token>.');
    try {
      return await verifyToken(this.jwtSecret, match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthenticated('AUTH_TOKEN_INVALID', error.message);
      throw error;
    }
  }
}
