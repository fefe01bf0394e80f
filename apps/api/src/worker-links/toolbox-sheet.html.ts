import { escapeHtml as e } from '../inspector/report/html-escape';

export interface SheetCode {
  readonly workerName: string;
  /** An SVG of the QR code, from the qrcode library (its markup only, no user text inside). */
  readonly svg: string;
}

/**
 * A page to print for the toolbox meeting: the party it is for (name, KvK number if known), the
 * instruction's title, one QR code per worker, the name under it.
 */
export function renderToolboxSheet(input: {
  party: { name: string; kvkNumber: string | null };
  title: string;
  version: number;
  expiresAt: string;
  codes: readonly SheetCode[];
}): string {
  const cells = input.codes
    .map((c) => `<figure class="code">${c.svg}<figcaption>${e(c.workerName)}</figcaption></figure>`)
    .join('');
  const party = [input.party.name, input.party.kvkNumber ? `KvK ${input.party.kvkNumber}` : ''].filter(Boolean).map(e).join(' · ');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${e(input.title)} — toolbox</title><style>
body{font:12pt/1.4 system-ui,sans-serif;margin:12mm}h1{font-size:16pt;margin:0 0 2mm}.party{margin:0 0 2mm;color:#222;font-weight:600}p{margin:0 0 6mm;color:#444}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:8mm}.code{margin:0;text-align:center;break-inside:avoid;page-break-inside:avoid}
.code svg{width:55mm;height:55mm}figcaption{font-size:13pt;font-weight:600;margin-top:2mm}@page{size:A4;margin:10mm}
</style></head><body><p class="party">${party}</p><h1>${e(input.title)} (v${input.version})</h1><p>Scan je eigen code · Scan your own code · Zeskanuj swój kod · Scanează codul tău · Сканирай своя код — ${e(input.expiresAt.slice(0, 10))}</p>
<div class="grid">${cells}</div></body></html>`;
}
