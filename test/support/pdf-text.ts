import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFPage } from 'pdf-lib';

/** The bytes of a page's content streams, inflated. */
function contentOf(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .map((stream) => {
      if (!(stream instanceof PDFRawStream)) throw new Error('a page content that is not a stream');
      const raw = Buffer.from(stream.getContents());
      return (stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
    })
    .join('\n');
}

// Windows-1252's 0x80–0x9F (Latin-1 has control characters there); the rest is Latin-1. Written out
// here because TextDecoder('windows-1252') is not the same in every runtime the tests run in.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsi = (bytes: Buffer) => [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b))).join('');

/** One text-showing operator: what it shows, where (its baseline's start), in which font (the resource name's base) and size. */
export type PlacedText = { text: string; x: number; y: number; font: string; size: number };

/**
 * The texts a PDF shows, page by page, with their places: from the `Tf` (font and size), `Tm` (place)
 * and `<hex> Tj` operators of each page, which is how pdf-lib writes the standard fonts' text.
 */
export async function pdfTextPlacements(bytes: Uint8Array): Promise<PlacedText[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const placed: PlacedText[] = [];
    let font = '';
    let size = 0;
    let x = 0;
    let y = 0;
    for (const m of contentOf(page).matchAll(/\/([A-Za-z-]+)-\d+ ([\d.]+) Tf|1 0 0 1 ([-\d.]+) ([-\d.]+) Tm|<([0-9A-Fa-f]*)>\s*Tj/g)) {
      if (m[1] !== undefined) [font, size] = [m[1], Number(m[2])];
      else if (m[3] !== undefined) [x, y] = [Number(m[3]), Number(m[4])];
      else placed.push({ text: winAnsi(Buffer.from(m[5], 'hex')), x, y, font, size });
    }
    return placed;
  });
}

/**
 * The text a PDF shows, page by page, one string per text-showing operator, in drawing order:
 * read back with pdf-lib and the `<hex> Tj` operators of its pages (how pdf-lib writes the
 * standard fonts' WinAnsi text), not by trusting the renderer.
 */
export async function pdfText(bytes: Uint8Array): Promise<string[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) =>
    [...contentOf(page).matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map((m) => winAnsi(Buffer.from(m[1], 'hex'))),
  );
}
