import { PDFDocument, StandardFonts } from 'pdf-lib';
import { toWinAnsi } from './win-ansi';

describe('toWinAnsi: text for the PDF standard fonts', () => {
  let encodable: Set<number>;
  beforeAll(async () => {
    const doc = await PDFDocument.create();
    encodable = new Set((await doc.embedFont(StandardFonts.Helvetica)).getCharacterSet());
  });
  const as = (text: string) => toWinAnsi(text, encodable, '†');

  it('leaves Dutch, German and French text, and the typographic signs Windows-1252 has, as they are', () => {
    expect(as('Zoë Müller — “Coördinatie” € 12,50 … François')).toEqual({ text: 'Zoë Müller — “Coördinatie” € 12,50 … François', changed: false });
  });

  it('spells Polish and Romanian letters without the marks the font lacks, and marks the end of each run of changed words', () => {
    expect(as('Paweł Wiśniewski, worker')).toEqual({ text: 'Pawel Wisniewski†, worker', changed: true });
    expect(as('Ștefan Răducanu (ro) și Łódź.')).toEqual({ text: 'Stefan Raducanu† (ro) si Lódz†.', changed: true });
    expect(as('Jan Kowalczyk und Żaneta')).toEqual({ text: 'Jan Kowalczyk und Zaneta†', changed: true });
  });

  it('romanises Cyrillic by the Bulgarian Streamlined System, capitals included', () => {
    expect(as('Георги Иванов Щерев, ЖЕЛЯЗКОВ')).toEqual({ text: 'Georgi Ivanov Shterev, ZHELYAZKOV†', changed: true });
    expect(as('Юлия (bg) Ж')).toEqual({ text: 'Yuliya† (bg) Zh†', changed: true });
  });

  it('writes "?" for what it cannot spell, and an arrow as "->" without a mark', () => {
    expect(as('A → B')).toEqual({ text: 'A -> B', changed: false });
    expect(as('现场 ok')).toEqual({ text: '??† ok', changed: true });
  });
});
