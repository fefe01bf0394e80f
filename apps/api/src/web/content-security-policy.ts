/** The pages the API serves (the web app, the GraphQL explorer): their own scripts, styles and the API; nothing from elsewhere, no framing. */
export const APP_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
