import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

// Verification must run where there is no server and no database: the library may use the event
// store's pure parts and node built-ins, nothing else.
const ALLOWED = new Set(['@schakel/event-store', 'node:crypto', 'node:fs', 'node:path']);

it('libs/evidence imports only @schakel/event-store and node built-ins', () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
  expect(files).toContain('verify-bundle.ts');
  const found = files.flatMap((file) =>
    ts
      .preProcessFile(readFileSync(join(__dirname, file), 'utf8'), true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((specifier) => !specifier.startsWith('./') && !ALLOWED.has(specifier))
      .map((specifier) => `${file} imports ${specifier}`),
  );
  expect(found).toEqual([]);
});
