import { openReadModels } from '@schakel/read-models';
import { loadConfig, openPersonalDataStore } from '@schakel/infrastructure';
import { type CliCommand, parse } from './cli-command';

export const migrateCommand: CliCommand = {
  summary: 'create or upgrade the event store schema and the read-model tables',
  help: `schakel migrate
  Runs what the API also runs on start: the store's schema and the key store's (idempotent) and pending read-model migrations.`,
  async run(args) {
    parse(args, {});
    const config = loadConfig();
    const store = await openPersonalDataStore(config);
    const readModels = await openReadModels(config.readModels);
    const pending = await readModels.showMigrations();
    await readModels.destroy();
    await store.close();
    process.stdout.write(`ok: ${store.kind} event store and ${config.readModels.kind} read models are up to date${pending ? ' (pending migrations remain!)' : ''}\n`);
    return pending ? 1 : 0;
  },
};
