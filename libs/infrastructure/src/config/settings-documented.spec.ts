import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const configFolder = __dirname;

/** Every variable name the config code reads: `env.NAME`, `env['NAME']` or a quoted name passed to a reader. */
function variablesRead(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(configFolder).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))) {
    const text = readFileSync(join(configFolder, file), 'utf8');
    for (const m of text.matchAll(/env\.([A-Z][A-Z0-9_]+)|\(env, '([A-Z][A-Z0-9_]+)'/g)) names.add(m[1] ?? m[2]);
  }
  return [...names].sort();
}

describe('settings', () => {
  it('every variable the config reads has a row in the settings table of docs/operations.md', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'operations.md'), 'utf8');
    const read = variablesRead();
    expect(read.length).toBeGreaterThan(30);
    expect(read.filter((name) => !docs.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
