import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import type { ReplayReport } from './replay-report.model';
import { renderReplayReportPdf } from './replay-report.pdf';

/** Per page, the texts shown with their baseline's height: read back from the page's content streams (flate, as pdf-lib writes them). */
async function placedTexts(bytes: Uint8Array): Promise<{ text: string; y: number }[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const content = streams
      .map((stream) => {
        if (!(stream instanceof PDFRawStream)) throw new Error('a page content that is not a stream');
        return inflateSync(Buffer.from(stream.getContents())).toString('latin1');
      })
      .join('\n');
    return [...content.matchAll(/1 0 0 1 [-\d.]+ ([-\d.]+) Tm\s+<([0-9A-F]*)> Tj/g)].map((m) => ({ text: Buffer.from(m[2], 'hex').toString('latin1'), y: Number(m[1]) }));
  });
}

const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
const report: ReplayReport = {
  title: 'Replay of chain Hoogstraat',
  clocks: 'As it stood at 2026-03-16 14:05 CET (valid time) · as recorded up to 2026-04-01 10:00 CEST (recorded time) · all times Europe/Amsterdam',
  anchor: 'Log checkpoint: 76 events, Merkle root e0960f8de0160e83…, key ed25519:5ae7a39fd14c5b42',
  sections: [
    {
      title: 'Timeline (recorded order)',
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: 'when', width: 1 },
            { title: 'entry', width: 4 },
          ],
          rows: [
            { cells: [{ text: 'first' }, { text: 'short' }] },
            { cells: [{ text: 'second' }, { text: words.join(' ') }] },
            { cells: [{ text: 'third' }, { text: 'after the long one' }] },
          ],
        },
      ],
    },
  ],
};

describe('the replay report PDF layout', () => {
  it('splits a row taller than a page across pages, every word kept in order, the column titles repeated, nothing in the header or footer band', async () => {
    const pages = await placedTexts(await renderReplayReportPdf(report, '2026-04-01T08:00:00.000Z'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const shown = pages.flat().map((t) => t.text).join(' ').split(' ');
    expect(shown.filter((w) => /^w\d+$/.test(w))).toEqual(words);
    expect(shown.indexOf('third')).toBeGreaterThan(shown.indexOf('w2999'));
    pages.forEach((texts, i) => {
      expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['when', 'entry', `Page ${i + 1} of ${pages.length}`, 'Replay of chain Hoogstraat']));
      const header = texts.find((t) => t.text === 'Replay of chain Hoogstraat' && t.y > 780)!;
      const body = texts.filter((t) => /^w\d+/.test(t.text));
      for (const t of body) expect(t.y).toBeGreaterThan(54);
      for (const t of body) expect(t.y).toBeLessThan(header.y - 15);
    });
  });
});
