import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { APP_CSP } from './content-security-policy';
import { EXPLORER_CSS, EXPLORER_HTML, EXPLORER_SCRIPT, EXPLORER_SCRIPT_PATH } from './graphql-explorer.page';

const ASSETS: Record<string, { type: string; body: string }> = {
  [EXPLORER_SCRIPT_PATH]: { type: 'text/javascript', body: EXPLORER_SCRIPT },
  '/graphql/explorer.css': { type: 'text/css', body: EXPLORER_CSS },
};

/**
 * A browser that opens /graphql gets the API's own query runner instead of a landing page loaded from a
 * CDN; a GET that carries a query (or asks for JSON) still goes to GraphQL. Registered before the GraphQL
 * middleware, so it answers first.
 */
export function serveGraphqlExplorer(app: NestExpressApplication): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const asset = ASSETS[req.path];
    if (asset) {
      res.set({ 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
      res.type(asset.type).send(asset.body);
      return;
    }
    if (req.path !== '/graphql' || req.query.query !== undefined || req.accepts(['json', 'html']) !== 'html') return next();
    res.set({ 'content-security-policy': APP_CSP, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' });
    res.type('html').send(EXPLORER_HTML);
  });
}
