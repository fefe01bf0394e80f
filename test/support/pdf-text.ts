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
