import { fetchActingFor } from '../data/acting-party';

/** Asked for in `Accept`: the server tells its progress before the file (docs/inspector.md, ADR 0023). */
const DOWNLOAD_PROGRESS_TYPE = 'application/vnd.schakel.download-progress';

/** Where a download is: the server reading the log, making the file, or the file on its way. */
export type DownloadStep =
  | { phase: 'READING' | 'FINISHING'; done: number; total: number | null; secondsLeft: number | null }
  | { phase: 'RECEIVING'; done: number; received: number; bytes: number };

export interface DownloadedFile {
  readonly blob: Blob;
  readonly name: string;
  /** Events of the log the server read for it. */
  readonly eventsRead: number;
}

/** A download the server refused or could not finish, with its stable code and reason. */
export class DownloadFailed extends Error {
  constructor(
    readonly code: string,
    readonly reason: string | null,
    message: string,
  ) {
    super(message);
  }
}

type Line =
  | { progress: { phase: 'READING' | 'FINISHING'; done: number; total: number | null; secondsLeft: number | null } }
  | { file: { name: string; type: string; bytes: number } }
  | { error: { code: string; reason?: string; message: string } };

const NEWLINE = 10;

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

/**
 * Fetches a file whose server tells its progress first: each step is handed to `onStep` as it arrives
 * (the counts are the server's own, from the work it does), then the file's bytes are counted in.
 * Rejects with DownloadFailed when the server refuses or stops, or the file arrives short.
 */
export async function downloadWithProgress(url: string, onStep: (step: DownloadStep) => void, signal: AbortSignal): Promise<DownloadedFile> {
  const res = await fetchActingFor(url, { headers: { accept: DOWNLOAD_PROGRESS_TYPE }, signal, credentials: 'same-origin' });
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => null)) as { code?: string; reason?: string; message?: string } | null;
    throw new DownloadFailed(body?.code ?? `HTTP_${res.status}`, body?.reason ?? null, body?.message ?? res.statusText);
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let pending: Uint8Array = new Uint8Array(0);
  let file: { name: string; type: string; bytes: number } | null = null;
  const parts: Uint8Array[] = [];
  let received = 0;
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    pending = joined(pending, chunk.value);
    while (!file) {
      const end = pending.indexOf(NEWLINE);
      if (end < 0) break;
      const line = JSON.parse(decoder.decode(pending.subarray(0, end))) as Line;
      pending = pending.subarray(end + 1);
      if ('error' in line) throw new DownloadFailed(line.error.code, line.error.reason ?? null, line.error.message);
      if ('progress' in line) {
        done = line.progress.done;
        onStep(line.progress);
      } else {
        file = line.file;
      }
    }
    if (file && pending.length > 0) {
      parts.push(pending);
      received += pending.length;
      pending = new Uint8Array(0);
      onStep({ phase: 'RECEIVING', done, received, bytes: file.bytes });
    }
  }
  if (!file || received !== file.bytes) {
    throw new DownloadFailed('DOWNLOAD_INCOMPLETE', null, `The file arrived incomplete (${received} of ${file?.bytes ?? '?'} bytes).`);
  }
  return { blob: new Blob(parts as BlobPart[], { type: file.type }), name: file.name, eventsRead: done };
}
