/** The few plain HTML pages of signing in (no scripts, no styles from elsewhere). */
export const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body><h1>${title}</h1>${body}</body></html>`;

/** Signed in: on to the web app (a browser follows at once; the link is there for one that does not). */
export const signedInPage = (email: string) =>
  page('Signed in', `<p>Signed in as ${escapeHtml(email)}.</p><p><a href="/">Open Schakel</a></p>`, '<meta http-equiv="refresh" content="0; url=/">');

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
