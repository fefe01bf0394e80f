import { gzipSync } from 'node:zlib';

/** One script a page loaded: where from, and its body as served. */
export interface LoadedScript {
  readonly url: string;
  readonly body: Buffer;
}

/** A page's JavaScript: how many files, their bytes as served and gzipped (level 9). */
export interface ScriptWeight {
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** Whether a response is JavaScript: by its content type, else by the path's extension. */
export function isJavaScript(url: string, contentType: string | undefined): boolean {
  if (contentType && /\b(java|ecma)script\b/i.test(contentType)) return true;
  const path = new URL(url).pathname;
  return /\.(m?js)$/i.test(path);
}

/**
 * The weight of a page's scripts: each distinct URL once (a script asked for twice is downloaded
 * once), each body gzipped on its own at level 9, as a server compressing each file would send it.
 */
export function scriptWeight(scripts: readonly LoadedScript[]): ScriptWeight {
  const byUrl = new Map<string, Buffer>();
  for (const s of scripts) if (!byUrl.has(s.url)) byUrl.set(s.url, s.body);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const body of byUrl.values()) {
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files: byUrl.size, rawBytes, gzipBytes };
}

/** Kilobytes of 1,000 bytes, as the issue's "150 kB" (and as browsers' network panels count). */
export const kB = (bytes: number): number => bytes / 1000;
