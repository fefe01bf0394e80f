import { escapeHtml as e } from './html-escape';
import type { ReplayReport, ReportBlock, ReportCell, ReportTreeItem } from './replay-report.model';

const STYLE = `
body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:70rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.flag{display:inline-block;background:#b3261e;color:#fff;border-radius:3px;padding:0 .3rem;font-size:.75rem;margin-left:.2rem}
.late{background:#8a5a00}.proxy{background:#4a4a8a}.ended{color:#888;text-decoration:line-through}ul.tree{list-style:none;padding-left:1.2rem}ul.tree li{margin:.2rem 0}
.muted{color:#666}.after{background:#fde7e7}.mono{font-family:ui-monospace,monospace;word-break:break-all}.download{float:right}`;

function cell(c: ReportCell): string {
  const flags = (c.flags ?? []).map((f) => `<span class="flag${f.tone === 'after' ? '' : ` ${f.tone}`}">${e(f.label)}</span>`).join('');
  return `<td${c.mono ? ' class="mono"' : ''}>${e(c.text)}${c.note ? ` <span class="muted">(${e(c.note)})</span>` : ''}${flags}</td>`;
}

/** The tree's depth-first rows nested again as lists. */
function tree(items: readonly ReportTreeItem[]): string {
  let html = '';
  let depth = -1;
  for (const item of items) {
    if (item.depth > depth) html += '<ul class="tree">'.repeat(item.depth - depth);
    else html += '</li>' + '</ul></li>'.repeat(depth - item.depth);
    depth = item.depth;
    const name = item.depth === 0 ? `<strong>${e(item.name)}</strong>` : e(item.name);
    html += `<li${item.ended ? ' class="ended"' : ''}>${name} <span class="muted">— ${e(item.note)}</span>`;
  }
  return depth < 0 ? '' : html + '</li></ul>'.repeat(depth + 1);
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'text':
      return `<p${b.muted ? ' class="muted"' : ''}>${e(b.text)}</p>`;
    case 'subheading':
      return `<h3>${e(b.text)}${b.note ? ` <span class="muted">(${e(b.note)})</span>` : ''}</h3>`;
    case 'tree':
      return tree(b.items);
    case 'steps':
      return `<ol>${b.items.map((s) => `<li>${e(s)}</li>`).join('')}</ol>`;
    case 'table': {
      const head = `<tr>${b.columns.map((c) => `<th>${e(c.title)}</th>`).join('')}</tr>`;
      const rows = b.rows.map((r) => `<tr${r.highlight ? ' class="after"' : ''}>${r.cells.map(cell).join('')}</tr>`).join('');
      return `<table>${head}${rows}</table>`;
    }
  }
}

/** The replay report as one self-contained HTML page for people who do not read JSON. */
export function renderReplayReportHtml(report: ReplayReport, pdfHref: string): string {
  const parts = [
    `<p class="download"><a href="${e(pdfHref)}">Download PDF</a></p>`,
    `<h1>${e(report.title)}</h1>`,
    `<p>${e(report.clocks)}</p>`,
    ...report.sections.map((s) => `<h2>${e(s.title)}</h2>${s.blocks.map(block).join('\n')}`),
    `<p class="muted">${e(report.anchor)}</p>`,
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${e(report.title)}</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>`;
}
