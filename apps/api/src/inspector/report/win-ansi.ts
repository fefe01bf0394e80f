// The PDF's standard fonts (Helvetica) encode WinAnsi (Windows-1252) only: Dutch, German and French
// letters are in it, Polish ł ś ż, Romanian ș ț ă and Cyrillic are not. No font file with a licence
// we may ship is installed, so such text is spelled in Latin letters and marked (see replay-report.pdf.ts).

/** Letters that do not decompose into a base letter and marks. */
const LATIN: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ø: 'o', Ø: 'O', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T' };

/** Bulgarian's official (Streamlined System) romanisation, used for Russian, Ukrainian and Serbian letters as well. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
  ё: 'yo', ы: 'y', э: 'e', є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

const PUNCTUATION: Record<string, string> = { '→': '->', '←': '<-', '≥': '>=', '≤': '<=', '‑': '-', '\u00a0': ' ', '\u202f': ' ' };

/** A capital romanised as a capital (Ж → Zh), or all capitals inside a word written in capitals (ЖЕЛЯЗКОВ → ZHELYAZKOV). */
function cyrillic(char: string, capitals: boolean): string | undefined {
  const lower = char.toLowerCase();
  const latin = CYRILLIC[lower];
  if (latin === undefined) return undefined;
  if (char === lower) return latin;
  return capitals ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
}

function letterToWinAnsi(char: string, encodable: ReadonlySet<number>, capitals = false): { text: string; changed: boolean } {
  if (encodable.has(char.codePointAt(0)!)) return { text: char, changed: false };
  if (char === '\n' || char === '\t' || char === '\r') return { text: ' ', changed: false };
  // an arrow or a narrow space reads the same in other signs: no letter changes
  if (PUNCTUATION[char] !== undefined) return { text: PUNCTUATION[char], changed: false };
  const replacement =
    LATIN[char] ??
    cyrillic(char, capitals) ??
    [...char.normalize('NFD')].filter((c) => encodable.has(c.codePointAt(0)!) && !/\p{M}/u.test(c)).join('');
  return { text: replacement || '?', changed: true };
}

/**
 * Text the font can show: unchanged when every character is in `encodable`; otherwise accents are
 * dropped (ś → s, ș → s), ł → l, Cyrillic is romanised, and what is left becomes "?". Each run of
 * words spelled differently is followed by `mark` ("Ștefan Răducanu, worker" → "Stefan Raducanu†,
 * worker"); `changed` says whether any was.
 */
export function toWinAnsi(text: string, encodable: ReadonlySet<number>, mark = ''): { text: string; changed: boolean } {
  const words = text.split(/(\s+)/);
  const out: string[] = [];
  let changed = false;
  let runOpen = false;
  const closeRun = () => {
    if (!runOpen) return;
    // the mark goes before the punctuation that ends the last changed word
    const last = out.length - 1 - [...out].reverse().findIndex((w) => !/^\s+$/.test(w));
    out[last] = out[last].replace(/([.,;:!)\]"”’]*)$/, `${mark}$1`);
    runOpen = false;
  };
  for (const word of words) {
    if (/^\s*$/.test(word)) {
      out.push([...word].map((c) => letterToWinAnsi(c, encodable).text).join(''));
      continue;
    }
    const capitals = [...word].filter((c) => c.toLowerCase() !== c.toUpperCase()).length > 1 && word === word.toUpperCase();
    const letters = [...word].map((c) => letterToWinAnsi(c, encodable, capitals));
    const wordChanged = letters.some((l) => l.changed);
    if (!wordChanged) closeRun();
    out.push(letters.map((l) => l.text).join(''));
    if (wordChanged) {
      changed = true;
      runOpen = true;
    }
  }
  closeRun();
  return { text: out.join(''), changed };
}
