import { writeFileSync } from 'node:fs';
import { isUuid } from '@schakel/event-store';
import { subjectAccessReport } from '@schakel/application';
import { loadConfig, openPersonalDataStore } from '@schakel/infrastructure';
import { UsageError } from '../usage-error';
import { type CliCommand, parse } from './cli-command';

export const subjectAccessCommand: CliCommand = {
  summary: 'export everything Schakel holds about one person as JSON (GDPR art. 15)',
  help: `schakel subject-access SUBJECT_ID [--out FILE]
  SUBJECT_ID is the worker's id (or a zzp'er's person party id). Reads the whole configured log with
  the key store (SCHAKEL_KEY_STORE_PATH / DATABASE_URL) and writes one JSON document: the person's
  personal fields opened with their key, every entry that names them (type, both clocks, chain
  name), the messages sent to them, and their links, passes and memberships (never a secret). An
  erased person's fields read "erased" and "erasure" says when and why. To stdout unless --out.
  Exit code 0; 1 when no entry names the person.`,
  async run(args) {
    const { values, positionals } = parse(args, { out: { type: 'string' } }, true);
    const [subjectId, ...rest] = positionals;
    if (!subjectId || rest.length > 0 || !isUuid(subjectId)) throw new UsageError('subject-access needs one SUBJECT_ID (a UUID)');
    const store = await openPersonalDataStore(loadConfig());
    try {
      const report = await subjectAccessReport(store, subjectId.toLowerCase(), new Date().toISOString());
      if (report.entries.length === 0) {
        process.stderr.write(`schakel: no entry of this log names ${subjectId}\n`);
        return 1;
      }
      const json = JSON.stringify(report, null, 2) + '\n';
      if (values.out) {
        writeFileSync(values.out, json, { mode: 0o600 });
        process.stdout.write(`wrote ${values.out}: ${report.entries.length} entries, ${report.personalData.length} personal fields about ${report.shownAs}\n`);
      } else {
        process.stdout.write(json);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
