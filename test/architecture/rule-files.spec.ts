import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ruleSets } from '@schakel/domain';

// A search for a rule's id lands on one file: each rule lives in a file of its own named for it.
describe('rule files', () => {
  for (const [jurisdiction, set] of Object.entries(ruleSets)) {
    it(`every ${jurisdiction} rule id has its own file`, () => {
      const files = readdirSync(join(__dirname, '..', '..', 'libs', 'domain', 'src', 'compliance', 'rules', jurisdiction));
      const named = (id: string) => `${id.toLowerCase()}.rule.ts`;
      // the UK rule predates the convention and is named for its regulation
      const expected = set.rules.map((rule) => (rule.id === 'UK-CDM-F10' ? 'cdm-notification.rule.ts' : named(rule.id)));
      for (const file of expected) expect(files).toContain(file);
    });
  }
});
