import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { timeLeftMs } from '@schakel/application';
import { expectedFailure } from './http-error';

/**
 * The media type a client names in `Accept` to be told a download's progress before its file
 * (docs/inspector.md, ADR 0023): lines of JSON while the server works, then a line that announces the
 * file, then the file's bytes.
 */
export const DOWNLOAD_PROGRESS_TYPE = 'application/vnd.schakel.download-progress';

/** Events of the log per page while progress is told: a line per thousand events read. */
export const PROGRESS_PAGE_SIZE = 1000;

/** Whether the request asked for the progress of its download. */
export function wantsProgress(req: Request): boolean {
  return (req.header('accept') ?? '').split(',').some((type) => type.split(';')[0].trim().toLowerCase() === DOWNLOAD_PROGRESS_TYPE);
}

/** A finished download. */
export interface DownloadFile {
  readonly name: string;
  readonly type: string;
  readonly body: Buffer;
}

/** What a long download tells while it works; absent when nobody asked. */
export interface DownloadWatch {
  /** Allowed: the work begins (nothing is answered before this, so a refusal stays an HTTP error). */
  started(): Promise<void>;
  /** Events of the log read so far. */
  read(eventsRead: number): void;
}

const logger = new Logger('Downloads');

/**
 * One download answered with its progress: `{"progress":{…}}` lines as events of the log are read (how
 * many, of about how many, the seconds left at the rate so far), `FINISHING` while the file is made,
 * then `{"file":{name,type,bytes}}` and exactly that many bytes; or `{"error":{code,reason,message}}`
 * as the last line when the work fails after it started. Headers that ask proxies not to buffer or
 * transform it, so the lines reach the browser as they are written.
 */
export class DownloadProgress implements DownloadWatch {
  private startedAt: number | null = null;
  private total: number | null = null;
  private eventsRead = 0;

  /** `log`: the store read, which says about how many events it holds (asked when the work starts). */
  constructor(
    private readonly res: Response,
    private readonly log: { estimatedEventCount?(): Promise<number> },
    private readonly now: () => number = Date.now,
  ) {}

  async started(): Promise<void> {
    if (this.startedAt !== null) return;
    // asked once allowed: an inspector's read, just recorded, is counted in
    this.total = this.log.estimatedEventCount ? await this.log.estimatedEventCount() : null;
    this.startedAt = this.now();
    this.res.status(200);
    this.res.setHeader('content-type', DOWNLOAD_PROGRESS_TYPE);
    this.res.setHeader('cache-control', 'no-store, no-transform');
    this.res.setHeader('x-accel-buffering', 'no');
    this.res.setHeader('x-content-type-options', 'nosniff');
    this.res.flushHeaders();
    this.line({ progress: { phase: 'READING', done: 0, total: this.total, secondsLeft: null } });
  }

  read(eventsRead: number): void {
    this.eventsRead = eventsRead;
    const left = timeLeftMs(eventsRead, this.total, this.now() - (this.startedAt ?? this.now()));
    this.line({ progress: { phase: 'READING', done: eventsRead, total: this.total, secondsLeft: left === null ? null : Math.ceil(left / 1000) } });
  }

  /** The log is read; the file is being made (signed, laid out). */
  finishing(): void {
    this.line({ progress: { phase: 'FINISHING', done: this.eventsRead, total: this.total, secondsLeft: 0 } });
  }

  send(file: DownloadFile): void {
    this.line({ file: { name: file.name, type: file.type, bytes: file.body.length } });
    this.res.end(file.body);
  }

  /**
   * A failure after the work started becomes the last line (its code as stable as the plain route's
   * HTTP error) and true; before, false: the route answers it as an HTTP error, as the plain download does.
   */
  failed(error: unknown): boolean {
    if (this.startedAt === null) return false;
    const failure = expectedFailure(error);
    if (!failure) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    this.line({ error: failure?.body ?? { code: 'INTERNAL_SERVER_ERROR', message: 'The download failed on the server; it is logged there.' } });
    this.res.end();
    return true;
  }

  private line(value: unknown): void {
    if (this.res.writableEnded || this.res.destroyed) return;
    this.res.write(`${JSON.stringify(value)}\n`);
  }
}
