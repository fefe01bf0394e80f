import type { DataSource } from 'typeorm';

/**
 * Every read-model table as sorted raw rows, to compare two states of one database. The
 * checkpoint's updated_at is wall-clock time of the run, not derived from events, so it is left out.
 */
export async function dumpReadModels(dataSource: DataSource): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const metadata of dataSource.entityMetadatas) {
    const rows: Record<string, unknown>[] = await dataSource.query(`SELECT * FROM "${metadata.tableName}"`);
    if (metadata.tableName === 'projection_checkpoint') for (const row of rows) delete row.updated_at;
    dump[metadata.tableName] = rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
  }
  return dump;
}
