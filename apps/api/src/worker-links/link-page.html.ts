import { escapeHtml as e } from '../inspector/report/html-escape';
import { fill, texts, type LinkErrorReason, type PageLanguage } from './link-page-texts';

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#f6f6f4}
main{max-width:480px;margin:0 auto;padding:16px}h1{font-size:1.3rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:1rem 0 .5rem}
.card{background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 3px rgba(0,0,0,.12)}.body{white-space:pre-wrap}
form{margin:1rem 0 0}select,button{font:inherit;padding:.6rem;border-radius:8px;border:1px solid #888}
.confirm{display:flex;gap:.6rem;align-items:center;margin:1rem 0;font-size:1.05rem}.confirm input{width:1.6rem;height:1.6rem}
.go{width:100%;min-height:3.2rem;background:#0a6b2d;color:#fff;border:0;font-weight:600;font-size:1.1rem}
.error{border-left:6px solid #b00020}.muted{color:#555;font-size:.9rem}.row{display:flex;gap:.5rem}`;

function page(lang: PageLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${e(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex"><title>${e(title)}</title><style>${STYLE}</style></head>` +
    `<body><main>${body}</main></body></html>`;
}

export interface InstructionPageModel {
  readonly pageLanguage: PageLanguage;
  readonly firstName: string;
  /** The languages the instruction version has, in its order. */
  readonly languages: readonly string[];
  readonly shown: { language: string; title: string; body: string };
  /** Where the form posts: the link itself, relative. */
  readonly action: string;
  readonly nonce: string;
  /** A reason to show above the form (the worker's last post failed). */
  readonly problem: LinkErrorReason | null;
}

/** The instruction, the worker's first name, "this is me", and the button: nothing else of the chain. */
export function renderInstructionPage(m: InstructionPageModel): string {
  const t = texts[m.pageLanguage];
  const options = m.languages
    .map((l) => `<option value="${e(l)}"${l === m.shown.language ? ' selected' : ''}>${e(l.toUpperCase())}</option>`)
    .join('');
  const problem = m.problem ? `<p class="card error" role="alert" data-reason="${e(m.problem)}">${e(t.errors[m.problem])}</p>` : '';
  return page(
    m.pageLanguage,
    m.shown.title,
    `<h1>${e(fill(t.hello, { name: m.firstName }))}</h1>${problem}` +
      `<form method="get" action="${e(m.action)}" class="row"><label>${e(t.chooseLanguage)} <select name="lang">${options}</select></label><button type="submit">${e(t.show)}</button></form>` +
      `<article class="card" lang="${e(m.shown.language)}"><h2>${e(m.shown.title)}</h2><div class="body">${e(m.shown.body)}</div></article>` +
      `<form method="post" action="${e(m.action)}"><input type="hidden" name="nonce" value="${e(m.nonce)}"><input type="hidden" name="language" value="${e(m.shown.language)}">` +
      `<label class="confirm"><input type="checkbox" name="confirm" value="yes" required> ${e(fill(t.confirmSelf, { name: m.firstName }))}</label>` +
      `<button class="go" type="submit">${e(t.readAndUnderstood)}</button></form>`,
  );
}

export function renderDonePage(lang: PageLanguage, firstName: string): string {
  const t = texts[lang];
  return page(lang, t.readAndUnderstood, `<p class="card" role="status" data-outcome="ACKNOWLEDGED">${e(fill(t.done, { name: firstName }))}</p>`);
}

export function renderErrorPage(lang: PageLanguage, reason: LinkErrorReason): string {
  const t = texts[lang];
  return page(lang, t.errorTitle, `<h1>${e(t.errorTitle)}</h1><p class="card error" role="alert" data-reason="${e(reason)}">${e(t.errors[reason])}</p>`);
}
