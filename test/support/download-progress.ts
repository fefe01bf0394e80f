import type { Response } from 'superagent';

/** What a client names in Accept to be told a download's progress first (ADR 0023). */
export const PROGRESS_TYPE = 'application/vnd.schakel.download-progress';

export type ProgressStep = { phase: 'READING' | 'FINISHING'; done: number; total: number | null; secondsLeft: number | null };

export interface ProgressDownload {
  /** The progress lines, in the order they came. */
  readonly steps: ProgressStep[];
  readonly file: { name: string; type: string; bytes: number; body: Buffer } | null;
  readonly error: { code: string; reason?: string; message: string } | null;
}

/** supertest: the body as the bytes that came. */
export const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * A progress download read back as the browser reads it: JSON lines until the one that announces the
 * file, then exactly that many bytes (anything more, or less, fails here).
 */
export function readProgressDownload(body: Buffer): ProgressDownload {
  const steps: ProgressStep[] = [];
  let at = 0;
  for (;;) {
    const end = body.indexOf(10, at);
    if (end < 0) {
      if (at !== body.length) throw new Error(`a line without its end: ${body.subarray(at, at + 200).toString('utf8')}`);
      return { steps, file: null, error: null };
    }
    const line = JSON.parse(body.subarray(at, end).toString('utf8'));
    at = end + 1;
    if (line.progress) steps.push(line.progress);
    else if (line.error) {
      if (at !== body.length) throw new Error('bytes after the error line');
      return { steps, file: null, error: line.error };
    } else if (line.file) {
      const rest = body.subarray(at);
      if (rest.length !== line.file.bytes) throw new Error(`the file announced ${line.file.bytes} bytes, ${rest.length} came`);
      return { steps, file: { ...line.file, body: rest }, error: null };
    } else throw new Error(`an unknown line: ${JSON.stringify(line)}`);
  }
}
