import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allowedScripts, dependenciesDocument, licenseAllowed, productionDependencies } from './production-dependencies';

const root = path.resolve(__dirname, '../..');

describe('production dependencies', () => {
  const dependencies = productionDependencies(root);

  it('docs/dependencies.md lists exactly what package-lock.json pins (run `npm run dependencies` after a change)', () => {
    expect(readFileSync(path.join(root, 'docs/dependencies.md'), 'utf8')).toBe(dependenciesDocument(dependencies, allowedScripts(root)));
  });

  it('every production package has an allowed licence and an integrity hash', () => {
    expect(dependencies.length).toBeGreaterThan(50);
    expect(dependencies.filter((d) => !licenseAllowed(d.license)).map((d) => `${d.name}@${d.version}: ${d.license}`)).toEqual([]);
    expect(dependencies.filter((d) => !/^sha(256|384|512)-/.test(d.integrity)).map((d) => d.name)).toEqual([]);
  });

  it.each([
    ['MIT', true],
    ['(MIT OR WTFPL)', true],
    ['(BSD-3-Clause AND Apache-2.0)', true],
    ['GPL-3.0', false],
    ['(MIT AND GPL-2.0)', false],
    ['AGPL-3.0-only OR SSPL-1.0', false],
    ['UNKNOWN', false],
  ])('licence %s allowed: %s', (expression, allowed) => {
    expect(licenseAllowed(expression)).toBe(allowed);
  });

  it('the lock file pins every platform binary, so `npm ci` needs no resolution on any machine', () => {
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; integrity?: string; link?: boolean }> };
    const unpinned = Object.entries(lock.packages)
      .filter(([p, e]) => p.startsWith('node_modules/') && !e.link && (!e.version || !e.integrity))
      .map(([p]) => p);
    expect(unpinned).toEqual([]);
  });
});
