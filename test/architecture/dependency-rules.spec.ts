import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const domainRoot = join(ROOT, 'libs', 'domain', 'src');
const isTest = (file: string) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(file);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or requires (static, dynamic and type-only). */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

function violations(folder: string, isForbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(join(ROOT, folder)).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => isForbidden(specifier, file))
      .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
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

  it('domain tests use only the domain, jest and the testing lib (given/when/then, builders)', () => {
    const testingRoot = join(ROOT, 'libs', 'testing', 'src');
    const found = violations('libs/domain', (specifier, file) => {
      if (!isTest(file)) return false;
      if (specifier.startsWith('@schakel/testing')) return false;
      if (!specifier.startsWith('.')) return true;
      const target = join(file, '..', specifier);
      return !target.startsWith(domainRoot + sep) && !target.startsWith(testingRoot + sep) && target !== testingRoot;
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

  it('apps never import TypeORM entities (they read through the read-model query services)', () => {
    const found = violations('apps', (specifier) => /\.entity$|\/entities(\/|$)/.test(specifier));
    expect(found).toEqual([]);
  });

  it('libs never import from apps, except the testing lib that starts the API', () => {
    const found = ['libs/domain', 'libs/event-store', 'libs/read-models'].flatMap((folder) =>
      violations(folder, (specifier) => specifier.includes('/apps/') || specifier.startsWith('apps/')),
    );
    expect(found).toEqual([]);
  });

  it('the rule checker sees imports (a planted violation is caught)', () => {
    const planted = ts.preProcessFile(`import { Module } from '@nestjs/common';\nconst x = require('pg');`, true, true);
    expect(planted.importedFiles.map((f) => f.fileName)).toEqual(['@nestjs/common', 'pg']);
  });
});
