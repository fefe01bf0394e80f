import { runRetention, retentionDue, type RetentionDue, type RetentionOutcome } from '@schakel/application';
import { loadConfig, openPersonalDataStore } from '@schakel/infrastructure';
import { type CliCommand, parse } from './cli-command';

/** An instant as people in the Netherlands read it: `2031-03-01 09:00 CET`. */
function amsterdam(iso: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

const whose = (d: RetentionDue) => (d.kind === 'WORKER' ? `worker of ${d.partyName}` : "zzp'er");

function line(d: RetentionDue, dryRun: boolean, erasedAs: number | null): string {
  const who = dryRun || erasedAs === null ? d.name : `erased person #${erasedAs}`;
  const head = `${who} (${whose(d)}): the period ended ${amsterdam(d.periodEndedAt)} (last entry ${amsterdam(d.lastEntryAt)}); ${d.basis}`;
  if (d.heldBy) return `  HELD   ${head}\n         kept until ${amsterdam(d.heldBy.until)}: ${d.heldBy.basis}`;
  return `  ${dryRun ? 'DUE   ' : 'ERASED'} ${head}`;
}

export const retentionCommand: CliCommand = {
  summary: 'shred the personal data whose retention period ended (--dry-run: only list it)',
  help: `schakel retention [--dry-run] [--json]
  Applies the retention policy (SCHAKEL_RETENTION_WORKER_YEARS, SCHAKEL_RETENTION_PERSON_YEARS; 0 keeps
  that kind until someone asks) to the configured log and key store: every worker and zzp'er whose
  period, counted from the last entry naming them, has ended is erased as on request — the key is
  destroyed and PersonalDataErased recorded with the basis and the date the period ended as reason.
  A person the accident register still holds (SCHAKEL_RETENTION_ACCIDENT_REGISTER_YEARS) is listed as
  HELD and kept. --dry-run lists who would be erased, on what basis and since when, and writes
  nothing. The API runs the same job daily. Exit code 0.`,
  async run(args) {
    const { values } = parse(args, { 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } });
    const config = loadConfig();
    const store = await openPersonalDataStore(config);
    try {
      const now = new Date().toISOString();
      const dryRun = values['dry-run'];
      const outcomes: RetentionOutcome[] = dryRun
        ? (await retentionDue(store, config.retention, now)).map((d) => ({ ...d, erasedAs: null }))
        : await runRetention(store, config.retention, now);
      if (values.json) {
        process.stdout.write(JSON.stringify({ dryRun, at: now, policy: config.retention, people: outcomes }, null, 2) + '\n');
        return 0;
      }
      const held = outcomes.filter((o) => o.heldBy).length;
      const acted = outcomes.length - held;
      const what = dryRun ? `${acted} to erase` : `${acted} erased`;
      process.stdout.write(`retention ${dryRun ? '(dry run, nothing written) ' : ''}at ${amsterdam(now)}: ${what}, ${held} held by a statutory record\n`);
      for (const outcome of outcomes) process.stdout.write(line(outcome, dryRun, outcome.erasedAs) + '\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
