/** The few plain HTML pages of signing in (no scripts, no styles from elsewhere). */
/** The look of these pages: the web app's colours, inline (their policy allows inline styles, no scripts). */
const STYLE = `<style>body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1b2430;background:#f4f6f8}
header{background:#0b4f8a;color:#fff;padding:.8rem 1.5rem;font-weight:700;font-size:1.2rem}
main{max-width:30rem;margin:2.5rem auto;background:#fff;padding:2rem;border:1px solid #d9dee5;border-radius:8px}
h1{font-size:1.5rem;margin:0 0 1rem}button{font:inherit;font-weight:600;background:#0b4f8a;color:#fff;border:1px solid #0b4f8a;border-radius:6px;padding:.5rem 1.1rem;cursor:pointer}
a{color:#0b4f8a}</style>`;

export const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${STYLE}${head}</head><body><header>Schakel</header><main><h1>${title}</h1>${body}</main></body></html>`;

/** Signed in: on to the web app (a browser follows at once; the link is there for one that does not). */
export const signedInPage = (email: string) =>
  page('Signed in', `<p>Signed in as ${escapeHtml(email)}.</p><p><a href="/">Open Schakel</a></p>`, '<meta http-equiv="refresh" content="0; url=/">');

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
