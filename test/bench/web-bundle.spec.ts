import { gzipSync } from 'node:zlib';
import { isJavaScript, kB, scriptWeight } from './web-bundle';

describe('scriptWeight', () => {
  const body = (text: string) => Buffer.from(text, 'utf8');

  it('sums each file gzipped at level 9, and the bytes as served', () => {
    const a = body('export const a = 1;'.repeat(200));
    const b = body('console.log("b");');
    const weight = scriptWeight([
      { url: 'http://x/assets/a.js', body: a },
      { url: 'http://x/assets/b.js', body: b },
    ]);
    expect(weight).toEqual({
      files: 2,
      rawBytes: a.length + b.length,
      gzipBytes: gzipSync(a, { level: 9 }).length + gzipSync(b, { level: 9 }).length,
    });
    expect(weight.gzipBytes).toBeLessThan(weight.rawBytes);
  });

  it('counts a script asked for twice once', () => {
    const a = body('let x = 1;');
    expect(scriptWeight([{ url: 'http://x/a.js', body: a }, { url: 'http://x/a.js', body: a }]).files).toBe(1);
  });

  it('weighs nothing when no script loaded', () => {
    expect(scriptWeight([])).toEqual({ files: 0, rawBytes: 0, gzipBytes: 0 });
  });
});

describe('isJavaScript', () => {
  it('goes by the content type, else by the extension', () => {
    expect(isJavaScript('http://x/assets/index-abc.js', undefined)).toBe(true);
    expect(isJavaScript('http://x/assets/chunk.mjs?v=1', undefined)).toBe(true);
    expect(isJavaScript('http://x/graphql', 'application/json')).toBe(false);
    expect(isJavaScript('http://x/assets/index.css', 'text/css')).toBe(false);
    expect(isJavaScript('http://x/script', 'text/javascript; charset=utf-8')).toBe(true);
  });
});

describe('kB', () => {
  it('is thousands of bytes', () => expect(kB(150_000)).toBe(150));
});
