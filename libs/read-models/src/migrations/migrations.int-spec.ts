import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createTestDatabase, describePostgres, type TestDatabase } from '@schakel/testing';
import { openReadModels, type ReadModelLocation } from '../read-model-database';
import { readModelEntities } from '../read-model-entities';
import { postgresMigrations, sqliteMigrations } from '.';

const pendingUpQueries = async (dataSource: DataSource): Promise<string[]> =>
  (await dataSource.driver.createSchemaBuilder().log()).upQueries.map((query) => query.query);

const tableNames = (dataSource: DataSource): string[] => dataSource.entityMetadatas.map((m) => m.tableName).sort();

async function existingTables(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const tables = await runner.getTables(tableNames(dataSource));
    return tables.map((table) => table.name.replace(/^.*\./, '')).sort();
  } finally {
    await runner.release();
  }
}

/** Entities and hand-kept migrations must describe the same schema, up and down. */
function describeMigrations(dialect: string, migrations: Function[], location: () => Promise<ReadModelLocation>): void {
  describe(`${dialect} migrations`, () => {
    let dataSource: DataSource;

    beforeAll(async () => {
      dataSource = await openReadModels(await location());
    });

    afterAll(async () => {
      await dataSource?.destroy();
    });

    it('leave nothing for the entities to change', async () => {
      expect(migrations.length).toBeGreaterThan(0);
      expect(await pendingUpQueries(dataSource)).toEqual([]);
      expect(await existingTables(dataSource)).toEqual(tableNames(dataSource));
      expect(tableNames(dataSource)).toHaveLength(readModelEntities.length);
    });

    it('run once: opening the database again applies nothing', async () => {
      const again = await openReadModels(await location());
      try {
        expect(await again.showMigrations()).toBe(false);
        const applied = await again.query(`SELECT name FROM "read_model_migrations" ORDER BY id`);
        expect(applied.map((row: { name: string }) => row.name)).toEqual(migrations.map((m) => m.name));
      } finally {
        await again.destroy();
      }
    });

    it('undo to an empty schema and redo to the same one', async () => {
      for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await existingTables(dataSource)).toEqual([]);
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await pendingUpQueries(dataSource)).toEqual([]);
    });
  });
}

describe('read-model migrations', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'schakel-read-model-migrations-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describeMigrations('SQLite', sqliteMigrations, async () => ({ kind: 'sqlite', path: join(dir, 'nested', 'read-models.db') }));
});

describePostgres('read-model migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('schakel_read_model_migrations');
  });
  afterAll(async () => {
    await database?.drop();
  });

  describeMigrations('PostgreSQL', postgresMigrations, async () => ({ kind: 'postgres', url: database.url }));

  it('serialises processes that migrate one database at the same time', async () => {
    const fresh = await createTestDatabase('schakel_read_model_migrations');
    const opened: DataSource[] = [];
    try {
      opened.push(...(await Promise.all([1, 2, 3].map(() => openReadModels({ kind: 'postgres', url: fresh.url })))));
      const applied = await opened[0].query(`SELECT name FROM "read_model_migrations"`);
      expect(applied).toHaveLength(postgresMigrations.length);
      expect(await pendingUpQueries(opened[0])).toEqual([]);
    } finally {
      await Promise.all(opened.map((d) => d.destroy()));
      await fresh.drop();
    }
  });
});
