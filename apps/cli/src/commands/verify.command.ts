import { verifyEventStore } from '@schakel/event-store';
import { loadConfig } from '../../../api/src/config/app-config';
import { openEventStore } from '../../../api/src/infrastructure/open-event-store';
import { type CliCommand, parse } from './cli-command';

export const verifyCommand: CliCommand = {
  summary: 'recompute every hash of the event log; names the first broken position',
  help: `schakel verify [--json]
  Reads the configured store (SCHAKEL_STORE, SQLITE_PATH / DATABASE_URL / KURRENTDB_URL) in global
  order and checks each event's version, prevHash and SHA-256. Exit code 0 when intact, 1 when not.`,
  async run(args) {
    const { values } = parse(args, { json: { type: 'boolean', default: false } });
    const store = await openEventStore(loadConfig());
    try {
      const report = await verifyEventStore(store);
      if (values.json) {
        process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      } else if (report.ok) {
        process.stdout.write(`ok: ${report.eventsChecked} events in ${report.streamsChecked} streams verified (${store.kind})\n`);
      } else {
        const f = report.firstFailure!;
        process.stdout.write(
          `BROKEN at global position ${f.globalPosition}: ${f.reason} in ${f.streamId} version ${f.streamVersion} (event ${f.eventId})\n` +
            `  ${f.detail}\n  ${report.eventsChecked} events before it verified.\n`,
        );
      }
      return report.ok ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
