import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { APP_CSP } from './content-security-policy';

/** Paths the server answers itself; everything else that a browser navigates to is a route of the web app. */
const SERVER_PATHS = /^\/(graphql|auth|w|health|reports|toolbox-sheet|notifications)(\/|$)/;


/**
 * dist/web beside the compiled server (dist/apps/api/src/web → dist/web), or, when the server runs from
 * its TypeScript sources (apps/api/src/web), the dist/web that `npm run build` made.
 */
export function defaultWebDir(): string {
  const compiled = join(__dirname, '..', '..', '..', '..', 'web');
  return existsSync(join(compiled, 'index.html')) ? compiled : join(__dirname, '..', '..', '..', '..', 'dist', 'web');
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Schakel</title></head><body><h1>Schakel</h1><p>The web app is not built yet: run <code>npm run build</code> (or <code>npm start</code>, which builds first). The API answers at <a href="/graphql">/graphql</a>.</p></body></html>`;

/**
 * Serves the built web app: its hashed assets (cached for a year), and index.html for every other page a
 * browser opens (the app's own routes), with a strict content security policy. The API's routes keep
 * working: they are never answered here.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): void {
  const indexFile = join(dir, 'index.html');
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false, fallthrough: false });
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path) || !req.accepts('html')) return next();
    if (!existsSync(indexFile)) {
      res.status(503).type('html').send(NOT_BUILT);
      return;
    }
    res.set({ 'content-security-policy': APP_CSP, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' });
    res.type('html').send(readFileSync(indexFile, 'utf8'));
  });
}
