import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/** One package that the API needs at run time, as package-lock.json pins it. */
export interface ProductionDependency {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  /** Subresource integrity of the tarball: what `npm ci` checks before it installs. */
  readonly integrity: string;
  /** Installed only on some platforms (a native binary for another OS or CPU). */
  readonly optional: boolean;
}

interface LockEntry {
  version?: string;
  license?: string;
  integrity?: string;
  dev?: boolean;
  optional?: boolean;
  link?: boolean;
}

// Licences the product may ship: permissive, no copyleft obligations on Schakel's own code.
export const ALLOWED_LICENSES = new Set([
  'MIT', 'MIT-0', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'Unlicense', 'CC0-1.0', 'Python-2.0', 'Zlib',
]);

/** True when an SPDX expression can be satisfied with allowed licences only. */
export function licenseAllowed(expression: string): boolean {
  const bare = expression.replace(/[()]/g, ' ').trim();
  if (/\bOR\b/.test(bare)) return bare.split(/\s+OR\s+/).some((part) => licenseAllowed(part));
  return bare.split(/\s+AND\s+/).every((part) => ALLOWED_LICENSES.has(part.trim()));
}

// A few old packages declare `licenses: [{ type }]` and the lock file then carries none.
function installedLicense(root: string, lockPath: string): string | undefined {
  const file = path.join(root, lockPath, 'package.json');
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { license?: string; licenses?: Array<{ type: string }> };
  return manifest.license ?? manifest.licenses?.map((l) => l.type).join(' OR ');
}

/** `allowScripts` of package.json: which packages may run install scripts. */
export function allowedScripts(root: string): Record<string, boolean> {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> }).allowScripts ?? {};
}

/** Every package of the production tree (dev-only ones left out), sorted by name and version. */
export function productionDependencies(root: string): ProductionDependency[] {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const seen = new Map<string, ProductionDependency>();
  for (const [lockPath, entry] of Object.entries(lock.packages)) {
    if (!lockPath.startsWith('node_modules/') || entry.dev || entry.link) continue;
    const name = lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const dependency: ProductionDependency = {
      name,
      version: entry.version ?? '?',
      license: entry.license ?? installedLicense(root, lockPath) ?? 'UNKNOWN',
      integrity: entry.integrity ?? 'none',
      optional: entry.optional === true,
    };
    seen.set(`${name}@${dependency.version}`, dependency);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** docs/dependencies.md: what ships, under which licence, and the hash npm verifies. */
export function dependenciesDocument(dependencies: readonly ProductionDependency[], allowScripts: Record<string, boolean>): string {
  const scripts = (allowed: boolean) => Object.entries(allowScripts).filter(([, a]) => a === allowed).map(([n]) => n).sort().join(', ') || 'none';
  const counts = new Map<string, number>();
  for (const d of dependencies) counts.set(d.license, (counts.get(d.license) ?? 0) + 1);
  const lines = [
    '# Production dependencies',
    '',
    'Every package the API needs at run time, as `package-lock.json` pins it (development-only packages',
    'left out). Written by `npm run dependencies`; a test fails when this file and the lock file differ, or',
    'when a licence outside the allowed list appears (`test/supply-chain/production-dependencies.ts`).',
    '',
    '**Provenance.** Every package comes from the npm registry. `npm ci` installs exactly these versions and',
    'refuses a tarball whose SHA-512 differs from the integrity below. Packages marked *optional* are',
    'native binaries for other platforms, installed only where they match. Install scripts run only for the',
    `packages that \`allowScripts\` in \`package.json\` allows (${scripts(true)}); denied: ${scripts(false)}.`,
    '',
    '## Licences',
    '',
    '| licence | packages |',
    '|---|---|',
    ...[...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([license, n]) => `| ${license} | ${n} |`),
    '',
    `## Packages (${dependencies.length})`,
    '',
    '| package | version | licence | integrity |',
    '|---|---|---|---|',
    ...dependencies.map((d) => `| ${d.name}${d.optional ? ' *(optional)*' : ''} | ${d.version} | ${d.license} | \`${d.integrity}\` |`),
    '',
  ];
  return lines.join('\n');
}
