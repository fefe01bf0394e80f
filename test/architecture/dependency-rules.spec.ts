import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as ts from 'typescript';
import { ROOT, importsOf, isTest, repoPath, sourceFiles } from './module-graph';

const domainRoot = join(ROOT, 'libs', 'domain', 'src');
const intoApps = (specifier: string) => /(^|\/)apps\//.test(specifier);
/** The API application's one public entry (docs/adr/0011-module-boundaries.md). */
const API_ENTRY = '@schakel/api';
/** The CLI commands that run the composed API itself: `demo` serves it, `invite` uses its write side and sign-in links. */
const CLI_FILES_USING_THE_API = ['apps/cli/src/commands/demo.command.ts', 'apps/cli/src/commands/invite.command.ts', 'apps/cli/src/demo/demo-sign-in.ts'];

function violations(folder: string, isForbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(join(ROOT, folder)).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => isForbidden(specifier, file))
      .map((specifier) => `${repoPath(file)} imports ${specifier}`),
  );
}

describe('dependency rules', () => {
  it('libs/domain imports nothing outside itself: no framework, driver, node built-in or other lib', () => {
    const found = violations('libs/domain', (specifier, file) => {
      if (isTest(file)) return false;
      if (!specifier.startsWith('.')) return true;
      return !join(file, '..', specifier).startsWith(domainRoot + sep);
    });
    expect(found).toEqual([]);
  });

  it('domain tests use only the domain, its fixtures (libs/domain/test), jest, fast-check and the testing lib (given/when/then, builders)', () => {
    const testingRoot = join(ROOT, 'libs', 'testing', 'src');
    const fixturesRoot = join(ROOT, 'libs', 'domain', 'test');
    const found = violations('libs/domain', (specifier, file) => {
      if (!isTest(file)) return false;
      if (specifier.startsWith('@schakel/testing') || specifier === 'fast-check') return false;
      if (!specifier.startsWith('.')) return true;
      const target = join(file, '..', specifier);
      return ![domainRoot, fixturesRoot, testingRoot].some((root) => target.startsWith(root + sep)) && target !== testingRoot;
    });
    expect(found).toEqual([]);
  });

  it('libs/evidence verifies offline: no framework, ORM, GraphQL or database driver', () => {
    const found = violations('libs/evidence', (specifier) =>
      /^(@nestjs\/|typeorm$|graphql$|@apollo\/|pg$|better-sqlite3$|@kurrent\/|@schakel\/(domain|read-models))/.test(specifier),
    ).filter((line) => !/\.(spec|int-spec)\.ts imports/.test(line));
    expect(found).toEqual([]);
  });

  it('libs/event-store depends on no framework, ORM, GraphQL, domain or app', () => {
    const found = violations('libs/event-store', (specifier) =>
      /^(@nestjs\/|typeorm$|graphql$|@apollo\/|@schakel\/(domain|read-models))/.test(specifier) || specifier.includes('apps/'),
    );
    expect(found).toEqual([]);
  });

  it('libs/application and libs/infrastructure hold no framework: no Nest, GraphQL or ORM, so the CLI loads none of them', () => {
    const found = ['libs/application', 'libs/infrastructure'].flatMap((folder) =>
      violations(folder, (specifier) => /^(@nestjs\/|typeorm$|graphql$|@apollo\/|@schakel\/read-models$)/.test(specifier)),
    );
    expect(found).toEqual([]);
  });

  it('apps never import TypeORM entities (they read through the read-model query services)', () => {
    const found = violations('apps', (specifier) => /\.entity$|\/entities(\/|$)/.test(specifier));
    expect(found).toEqual([]);
  });

  it('no lib imports an app: not by path, not through the API entry, not through the API harness', () => {
    const found = violations('libs', (specifier) => intoApps(specifier) || specifier === API_ENTRY || specifier === '@schakel/api-harness');
    expect(found).toEqual([]);
  });

  it('the CLI imports the libs, never a path into apps/api; only demo and invite reach the API, through its one entry', () => {
    const found = violations('apps/cli', (specifier, file) => {
      if (intoApps(specifier) || specifier.startsWith('../../api') || specifier.startsWith(API_ENTRY + '/')) return true;
      if (specifier === '@schakel/api-harness') return !isTest(file);
      return specifier === API_ENTRY && !CLI_FILES_USING_THE_API.includes(repoPath(file));
    });
    expect(found).toEqual([]);
  });

  it('the API entry exports only what the CLI needs to run the composed API', () => {
    const entry = readFileSync(join(ROOT, 'apps', 'api', 'src', 'index.ts'), 'utf8');
    const exported = [...entry.matchAll(/export \{ (\w+) \}/g)].map((m) => m[1]).sort();
    expect(exported).toEqual(['MembershipWrites', 'SignInMailer', 'SignInService', 'createApp']);
    expect(entry).not.toMatch(/export \*/);
  });

  it('the API does not import the CLI', () => {
    expect(violations('apps/api', (specifier) => specifier.includes('cli/'))).toEqual([]);
  });

  it('only the config reads the environment (and the CLI its own argument, tests their set-up, the web app\'s dev server where the API is)', () => {
    const mayRead = (file: string) =>
      isTest(file) ||
      repoPath(file) === 'apps/web/vite.config.mts' ||
      /^(libs\/infrastructure\/src\/config|apps\/cli\/src|libs\/testing|libs\/[^/]+\/(test|testing|tools))\//.test(repoPath(file));
    const found = ['apps', 'libs']
      .flatMap((folder) => sourceFiles(join(ROOT, folder)))
      .filter((file) => !mayRead(file) && /process\.env\b/.test(readFileSync(file, 'utf8')))
      .map(repoPath);
    expect(found).toEqual([]);
  });

  it('the rule checker sees imports (a planted violation is caught)', () => {
    const planted = ts.preProcessFile(`import { Module } from '@nestjs/common';\nconst x = require('pg');`, true, true);
    expect(planted.importedFiles.map((f) => f.fileName)).toEqual(['@nestjs/common', 'pg']);
  });
});
