import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chainEventTypes, domainErrorCatalog, eventSchemaVersions, partyEventTypes } from '@schakel/domain';

// docs/events.md is the catalogue people read; it must not drift from the types.
describe('docs/events.md', () => {
  const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'events.md'), 'utf8');

  it('describes every event type with its schema version', () => {
    for (const type of [...partyEventTypes, ...chainEventTypes]) {
      expect(doc).toContain(`### \`${type}\` (v${eventSchemaVersions[type]})`);
    }
  });

  it('lists every error code with its family and message', () => {
    for (const [code, { family, message }] of Object.entries(domainErrorCatalog)) {
      expect(doc).toContain(`| \`${code}\` | ${family} `);
      expect(doc).toContain(message.replace(/\|/g, '\\|'));
    }
  });
});
