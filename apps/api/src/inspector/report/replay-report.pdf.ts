import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { ReplayReport, ReportBlock, ReportCell, ReportFlag, ReportTable, ReportTreeItem } from './replay-report.model';
import { toWinAnsi } from './win-ansi';

// A4 in points, and the frame every page shares: a header (the report's title and both clocks), a
// footer (the log checkpoint and "page i of n"), and the content between them.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const HEADER_SIZE = 7.5;
const FOOTER_TOP = MARGIN + 14;
const BODY = { size: 9, leading: 12 };
const CELL = { size: 7.5, leading: 9.5, pad: 3 };
const MONO_SIZE = 6.8;

const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.4, 0.4, 0.4);
const RULE = rgb(0.8, 0.8, 0.8);
const HEAD_FILL = rgb(0.95, 0.95, 0.95);
const AFTER_FILL = rgb(0.99, 0.9, 0.9);
const TONE: Record<ReportFlag['tone'], RGB> = { after: rgb(0.7, 0.15, 0.12), late: rgb(0.54, 0.35, 0), proxy: rgb(0.29, 0.29, 0.54) };

/** Marks a text the standard font could not spell as written. */
const TRANSLITERATED = '†';
const TRANSLITERATION_NOTE =
  `${TRANSLITERATED} Spelled in Latin letters: this PDF uses the standard Helvetica font, which has no Polish, Romanian or Cyrillic letters. ` +
  'In texts so marked, letters with marks the font lacks are written without them (the Polish l with stroke as l, the Romanian s with comma as s) ' +
  'and Cyrillic is romanised (the Bulgarian Streamlined System). The HTML report and the evidence bundle show these texts exactly as written.';

/** The text as the font can show it, marked when letters had to change. */
function marked(text: string, encodable: ReadonlySet<number>): string {
  return toWinAnsi(text, encodable, TRANSLITERATED).text;
}

/** Words to lines of at most `width` points; a word longer than a line (a hash) is cut. */
function wrapText(text: string, style: { font: PDFFont; size: number }, width: number): string[] {
  const widthOf = (s: string) => style.font.widthOfTextAtSize(s, style.size);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (widthOf(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (widthOf(rest) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && widthOf(rest.slice(0, cut)) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

type Fonts = { regular: PDFFont; bold: PDFFont; mono: PDFFont; encodable: ReadonlySet<number> };
type Style = { font: PDFFont; size: number; color: RGB };
type Line = { text: string; style: Style };

/** Lays a report out on pages, from the top down, opening a new page when the next piece does not fit. */
class Layout {
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
    private readonly top: number,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = this.top;
  }

  /** Room for `height` points on this page, or a new page. */
  ensure(height: number): boolean {
    if (height <= this.room()) return false;
    this.newPage();
    return true;
  }

  gap(points: number): void {
    this.y -= points;
  }

  encode(text: string): string {
    return marked(text, this.fonts.encodable);
  }

  wrap(text: string, style: Pick<Style, 'font' | 'size'>, width: number): string[] {
    return wrapText(text, style, width);
  }

  /** A paragraph across the content width (or from `indent`), breaking pages between lines. */
  paragraph(text: string, style: Style, leading: number, indent = 0): void {
    for (const line of this.wrap(this.encode(text), style, CONTENT_WIDTH - indent)) {
      this.ensure(leading);
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + 2, ...style });
    }
  }

  heading(text: string, size: number): void {
    // a heading never ends a page alone
    this.ensure(size + 3 * BODY.leading);
    this.gap(size * 0.6);
    this.paragraph(text, { font: this.fonts.bold, size, color: INK }, size * 1.3);
    this.page.drawLine({ start: { x: MARGIN, y: this.y - 1 }, end: { x: MARGIN + CONTENT_WIDTH, y: this.y - 1 }, thickness: size > 11 ? 0.6 : 0, color: RULE });
    this.gap(4);
  }

  tree(items: readonly ReportTreeItem[]): void {
    for (const item of items) {
      const indent = item.depth * 14;
      const lines = this.wrap(this.encode(item.name), { font: item.depth === 0 ? this.fonts.bold : this.fonts.regular, size: BODY.size }, CONTENT_WIDTH - indent);
      const notes = this.wrap(this.encode(`— ${item.note}`), { font: this.fonts.regular, size: CELL.size }, CONTENT_WIDTH - indent - 10);
      this.ensure(lines.length * BODY.leading + notes.length * CELL.leading);
      for (const line of lines) {
        this.y -= BODY.leading;
        const font = item.depth === 0 ? this.fonts.bold : this.fonts.regular;
        this.page.drawText(line, { x: MARGIN + indent, y: this.y + 2, font, size: BODY.size, color: item.ended ? MUTED : INK });
        if (item.ended) {
          const width = font.widthOfTextAtSize(line, BODY.size);
          this.page.drawLine({ start: { x: MARGIN + indent, y: this.y + 5 }, end: { x: MARGIN + indent + width, y: this.y + 5 }, thickness: 0.6, color: MUTED });
        }
      }
      for (const note of notes) {
        this.y -= CELL.leading;
        this.page.drawText(note, { x: MARGIN + indent + 10, y: this.y + 2, font: this.fonts.regular, size: CELL.size, color: MUTED });
      }
      this.gap(2);
    }
  }

  table(table: ReportTable): void {
    const total = table.columns.reduce((sum, c) => sum + c.width, 0);
    const widths = table.columns.map((c) => (c.width / total) * CONTENT_WIDTH);
    const titleStyle = { font: this.fonts.bold, size: CELL.size, color: INK };
    const header = table.columns.map((c, i) => this.wrap(c.title, titleStyle, widths[i] - 2 * CELL.pad).map((text) => ({ text, style: titleStyle })));
    const heightOf = (lines: number) => lines * CELL.leading + 2 * CELL.pad;
    const headerHeight = heightOf(Math.max(...header.map((l) => l.length)));
    // the column titles again at the top of every page the table runs onto
    const drawHeader = () => this.row(header, widths, headerHeight, HEAD_FILL);
    this.ensure(headerHeight + heightOf(2));
    drawHeader();
    for (const row of table.rows) {
      const fill = row.highlight ? AFTER_FILL : null;
      let cells = row.cells.map((c, i) => this.cellLines(c, widths[i] - 2 * CELL.pad));
      for (;;) {
        const longest = Math.max(...cells.map((lines) => lines.length));
        if (heightOf(longest) <= this.room()) {
          this.row(cells, widths, heightOf(longest), fill);
          break;
        }
        const fitting = Math.floor((this.room() - 2 * CELL.pad) / CELL.leading);
        // a row taller than what is left of the page: as many lines as fit here, the rest on the
        // next page (a fresh page always has room for several lines, so this ends)
        if (fitting >= Math.min(longest, 3)) {
          this.row(
            cells.map((lines) => lines.slice(0, fitting)),
            widths,
            heightOf(fitting),
            fill,
          );
          cells = cells.map((lines) => lines.slice(fitting));
        }
        this.newPage();
        drawHeader();
      }
    }
    this.gap(6);
  }

  /** Points left above the footer on this page. */
  private room(): number {
    return this.y - (FOOTER_TOP + 6);
  }

  /** A cell as lines: its text, its note (muted), its flags (coloured, bold). */
  private cellLines(cell: ReportCell, width: number): Line[] {
    const font = cell.mono ? this.fonts.mono : this.fonts.regular;
    const text = { font, size: cell.mono ? MONO_SIZE : CELL.size, color: INK };
    const lines = this.wrap(this.encode(cell.text), text, width).map((t) => ({ text: t, style: text }));
    if (cell.note) {
      const note = { font: this.fonts.regular, size: CELL.size, color: MUTED };
      lines.push(...this.wrap(this.encode(`(${cell.note})`), note, width).map((t) => ({ text: t, style: note })));
    }
    for (const flag of cell.flags ?? []) {
      const style = { font: this.fonts.bold, size: CELL.size, color: TONE[flag.tone] };
      lines.push(...this.wrap(`[${this.encode(flag.label)}]`, style, width).map((t) => ({ text: t, style })));
    }
    return lines;
  }

  private row(cells: Line[][], widths: number[], height: number, fill: RGB | null): void {
    let x = MARGIN;
    const top = this.y;
    cells.forEach((lines, i) => {
      this.page.drawRectangle({ x, y: top - height, width: widths[i], height, borderColor: RULE, borderWidth: 0.5, ...(fill ? { color: fill } : {}) });
      lines.forEach((line, n) => this.page.drawText(line.text, { x: x + CELL.pad, y: top - CELL.pad - (n + 1) * CELL.leading + 2.2, ...line.style }));
      x += widths[i];
    });
    this.y = top - height;
  }

  block(b: ReportBlock): void {
    switch (b.kind) {
      case 'text':
        this.paragraph(b.text, { font: this.fonts.regular, size: BODY.size, color: b.muted ? MUTED : INK }, BODY.leading);
        this.gap(4);
        return;
      case 'subheading':
        this.heading(b.note ? `${b.text} (${b.note})` : b.text, 10);
        return;
      case 'tree':
        this.tree(b.items);
        this.gap(4);
        return;
      case 'steps':
        b.items.forEach((step, i) => {
          this.paragraph(`${i + 1}. ${step}`, { font: this.fonts.regular, size: BODY.size, color: INK }, BODY.leading, 0);
          this.gap(3);
        });
        return;
      case 'table':
        this.table(b);
        return;
    }
  }
}

/**
 * The replay report as a PDF (A4): the same model as the HTML page, laid out on pages with the
 * report's title and both clocks at the top of every page, the log checkpoint and the page number
 * at the bottom, and the column titles of a table repeated on every page it runs onto.
 */
export async function renderReplayReportPdf(report: ReplayReport, generatedAt: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const fonts: Fonts = {
    regular,
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.Courier),
    encodable: new Set(regular.getCharacterSet()),
  };
  const created = new Date(generatedAt);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  doc.setCreator('Schakel');
  doc.setProducer('Schakel (pdf-lib)');
  doc.setLanguage('en');

  // The header is the same on every page: measure it first, so the content starts below it.
  const headerTitle = wrapText(marked(report.title, fonts.encodable), { font: fonts.bold, size: 9 }, CONTENT_WIDTH);
  const headerClocks = wrapText(marked(report.clocks, fonts.encodable), { font: fonts.regular, size: HEADER_SIZE }, CONTENT_WIDTH);
  const headerHeight = headerTitle.length * 11 + headerClocks.length * 9.5 + 10;

  const layout = new Layout(doc, fonts, PAGE.height - MARGIN - headerHeight);
  layout.paragraph(report.title, { font: fonts.bold, size: 15, color: INK }, 19);
  layout.gap(4);
  // one pass of every text tells whether the note on transliteration is needed, before the content
  const needsNote = toWinAnsi(JSON.stringify(report), fonts.encodable).changed;
  if (needsNote) {
    layout.paragraph(TRANSLITERATION_NOTE, { font: fonts.regular, size: CELL.size, color: MUTED }, CELL.leading);
    layout.gap(4);
  }
  for (const section of report.sections) {
    layout.heading(section.title, 12);
    for (const block of section.blocks) layout.block(block);
  }

  const anchor = marked(report.anchor, fonts.encodable);
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    let y = PAGE.height - MARGIN;
    for (const line of headerTitle) {
      y -= 11;
      page.drawText(line, { x: MARGIN, y, font: fonts.bold, size: 9, color: INK });
    }
    for (const line of headerClocks) {
      y -= 9.5;
      page.drawText(line, { x: MARGIN, y, font: fonts.regular, size: HEADER_SIZE, color: MUTED });
    }
    page.drawLine({ start: { x: MARGIN, y: y - 4 }, end: { x: MARGIN + CONTENT_WIDTH, y: y - 4 }, thickness: 0.5, color: RULE });
    page.drawLine({ start: { x: MARGIN, y: FOOTER_TOP }, end: { x: MARGIN + CONTENT_WIDTH, y: FOOTER_TOP }, thickness: 0.5, color: RULE });
    const number = `Page ${i + 1} of ${pages.length}`;
    const numberWidth = fonts.regular.widthOfTextAtSize(number, HEADER_SIZE);
    const anchorLines = wrapText(anchor, { font: fonts.regular, size: 6.5 }, CONTENT_WIDTH - numberWidth - 12);
    anchorLines.slice(0, 2).forEach((line, n) => page.drawText(line, { x: MARGIN, y: FOOTER_TOP - 9 - n * 8, font: fonts.regular, size: 6.5, color: MUTED }));
    page.drawText(number, { x: MARGIN + CONTENT_WIDTH - numberWidth, y: FOOTER_TOP - 9, font: fonts.regular, size: HEADER_SIZE, color: INK });
  });
  return doc.save();
}
