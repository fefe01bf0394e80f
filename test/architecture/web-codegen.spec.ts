import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Runs GraphQL Code Generator with the web app's config in its own Node process and prints what it would write. */
const GENERATE = `
require('ts-node/register/transpile-only');
const { generate } = require('@graphql-codegen/cli');
const config = require('./apps/web/codegen.ts').default;
generate({ ...config, silent: true }, false).then(
  (outputs) => process.stdout.write(JSON.stringify(outputs.map((o) => ({ filename: o.filename, content: o.content })))),
  (error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); },
);`;

// The web app's typed operations are committed (the build needs no generator, and a change of the
// schema shows in review as a change of the types the app sees); they must match schema.gql and the
// app's queries: npm run web:codegen rewrites them.
describe("the web app's generated GraphQL types", () => {
  it('match schema.gql and the queries of apps/web (npm run web:codegen)', () => {
    const run = spawnSync(process.execPath, ['-e', GENERATE], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    const outputs = JSON.parse(run.stdout) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThanOrEqual(3);
    const stale = outputs.filter((o) => readFileSync(join(ROOT, o.filename), 'utf8') !== o.content).map((o) => o.filename);
    expect(stale).toEqual([]);
  }, 60_000);
});
