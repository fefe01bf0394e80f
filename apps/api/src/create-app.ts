import 'reflect-metadata';
import { ConsoleLogger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@schakel/infrastructure';
import { AppModule } from './app.module';
import { defaultWebDir, serveWebApp } from './web/web-app';
import { serveGraphqlExplorer } from './web/graphql-explorer';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
  silent: [],
};

/** Builds the Nest application for a configuration; used by main.ts, the CLI and the e2e tests. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const logger = new ConsoleLogger({ json: true, logLevels: LEVELS[config.logLevel] });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bufferLogs: false });
  // No advertising of the framework (and its version hunting) in every answer.
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.limits.maxBodyBytes });
  app.enableShutdownHooks();
  // The web app at / (its own routes too); the API's routes are never shadowed.
  serveWebApp(app, config.webDir ?? defaultWebDir());
  // /graphql in a browser: the API's own query runner, nothing loaded from a CDN.
  serveGraphqlExplorer(app);
  return app;
}
