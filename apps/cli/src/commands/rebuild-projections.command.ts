import { ProjectionHaltedError, ProjectionRunner, leaseFor, openReadModels, readModelProjections } from '@schakel/read-models';
import { loadConfig, openPersonalDataStore } from '@schakel/infrastructure';
import { UsageError } from '../usage-error';
import { type CliCommand, parse } from './cli-command';
import { progressFor } from '../progress/progress-line';

export const rebuildProjectionsCommand: CliCommand = {
  summary: 'empty the read models and rebuild them from the event log',
  help: `schakel rebuild-projections [--progress]
  Read models are caches of "now": this empties them and replays the whole log. Safe while an API
  runs: batches take the same checkpoint lock as the API's own projection runner. Progress (events
  applied, share done, time left) goes to standard error on a terminal, or always with --progress.`,
  async run(args) {
    const { values } = parse(args, { progress: { type: 'boolean', default: false } });
    const config = loadConfig();
    const store = await openPersonalDataStore(config);
    const readModels = await openReadModels(config.readModels);
    const lease = leaseFor(config.readModels);
    try {
      if (!(await lease.acquire())) {
        throw new UsageError('another process runs the projections on this database; stop it or retry when it has finished');
      }
      const started = Date.now();
      const runner = new ProjectionRunner(readModels, store, readModelProjections());
      const progress = await progressFor('rebuild-projections', store, values.progress);
      const applied = await runner.rebuild((n) => progress?.update(n));
      progress?.finish();
      process.stdout.write(`rebuilt read models from ${applied} events in ${Date.now() - started} ms\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof ProjectionHaltedError)) throw error;
      // Everything before the event is applied; say which event stops the rest and how to move on.
      process.stdout.write(
        `${error.message}\nthe read models hold every event before it; to leave it out: ` +
          `schakel skip-poison-event --position ${error.poison.position} --reason "…", then rebuild again\n`,
      );
      return 1;
    } finally {
      await lease.release();
      await readModels.destroy();
      await store.close();
    }
  },
};
