import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiError, ApiErrorCode } from '@schakel/application';
import { DOWNLOAD_PROGRESS_TYPE, DownloadProgress, wantsProgress } from './download-progress';

/** A response that keeps what is written to it. */
function recorder() {
  const written: Buffer[] = [];
  const headers: Record<string, string> = {};
  const res = {
    statusCode: 0,
    writableEnded: false,
    destroyed: false,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    setHeader: (name: string, value: string) => (headers[name] = value),
    flushHeaders: () => undefined,
    write: (chunk: string | Buffer) => written.push(Buffer.from(chunk)),
    end(chunk?: Buffer) {
      if (chunk) written.push(chunk);
      this.writableEnded = true;
    },
  };
  const lines = () =>
    Buffer.concat(written)
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (l.startsWith('{') ? JSON.parse(l) : l));
  return { res: res as unknown as Response & typeof res, headers, lines };
}

describe('DownloadProgress', () => {
  it('is asked for by Accept, among other types', () => {
    const req = (accept: string | undefined) => ({ header: () => accept }) as unknown as Request;
    expect(wantsProgress(req(`${DOWNLOAD_PROGRESS_TYPE}`))).toBe(true);
    expect(wantsProgress(req(`application/json;q=0.5, ${DOWNLOAD_PROGRESS_TYPE};q=1`))).toBe(true);
    expect(wantsProgress(req('application/pdf'))).toBe(false);
    expect(wantsProgress(req(undefined))).toBe(false);
  });

  it('counts the events read of about the total, with the seconds left at the rate so far, then the file', async () => {
    let clock = 1_000;
    const { res, headers, lines } = recorder();
    const progress = new DownloadProgress(res, { estimatedEventCount: async () => 4_000 }, () => clock);
    await progress.started();
    clock += 2_000;
    progress.read(1_000);
    clock += 2_000;
    progress.read(2_000);
    clock += 4_000;
    progress.read(4_000);
    progress.finishing();
    progress.send({ name: 'f.json', type: 'application/json', body: Buffer.from('{"a":1}') });
    expect([res.statusCode, headers['content-type'], headers['x-accel-buffering']]).toEqual([200, DOWNLOAD_PROGRESS_TYPE, 'no']);
    expect(lines()).toEqual([
      { progress: { phase: 'READING', done: 0, total: 4_000, secondsLeft: null } },
      { progress: { phase: 'READING', done: 1_000, total: 4_000, secondsLeft: 6 } },
      { progress: { phase: 'READING', done: 2_000, total: 4_000, secondsLeft: 4 } },
      { progress: { phase: 'READING', done: 4_000, total: 4_000, secondsLeft: 0 } },
      { progress: { phase: 'FINISHING', done: 4_000, total: 4_000, secondsLeft: 0 } },
      { file: { name: 'f.json', type: 'application/json', bytes: 7 } },
      { a: 1 },
    ]);
  });

  it('without a total (a store that cannot say) it counts, and says no time', async () => {
    const { res, lines } = recorder();
    const progress = new DownloadProgress(res, {});
    await progress.started();
    progress.read(1_000);
    expect(lines()).toEqual([
      { progress: { phase: 'READING', done: 0, total: null, secondsLeft: null } },
      { progress: { phase: 'READING', done: 1_000, total: null, secondsLeft: null } },
    ]);
  });

  it('a failure before the work started is left to the route (an HTTP error); after, it is the last line', async () => {
    const ten = { estimatedEventCount: async () => 10 };
    const before = recorder();
    expect(new DownloadProgress(before.res, ten).failed(new Error('refused'))).toBe(false);
    expect(before.lines()).toEqual([]);

    const after = recorder();
    const progress = new DownloadProgress(after.res, ten);
    await progress.started();
    const budget = new ApiError(ApiErrorCode.SERVICE_UNAVAILABLE, 'REQUEST_BUDGET_EXCEEDED', 'too long');
    expect(progress.failed(budget)).toBe(true);
    expect(after.lines().at(-1)).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', reason: 'REQUEST_BUDGET_EXCEEDED', message: 'too long' } });
    expect(after.res.writableEnded).toBe(true);
  });

  it('an unexpected failure says so without its inner message', async () => {
    const { res, lines } = recorder();
    const progress = new DownloadProgress(res, { estimatedEventCount: async () => 10 });
    await progress.started();
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    progress.failed(new Error('SQLITE_CORRUPT at page 12'));
    expect(JSON.stringify(lines().at(-1))).not.toContain('SQLITE');
    expect(lines().at(-1)).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: expect.any(String) } });
    // the server's log has it
    expect(String(logged.mock.calls[0][0])).toContain('SQLITE_CORRUPT');
    logged.mockRestore();
  });
});
