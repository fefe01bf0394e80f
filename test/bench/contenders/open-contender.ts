import type { ContenderName, ContenderTarget, StoreContender } from './store-contender';

/** Loads only the contender asked for, so Emmett's process-wide pg settings never reach another one. */
export async function openContender(name: ContenderName, target: ContenderTarget): Promise<StoreContender> {
  switch (name) {
    case 'schakel-sqlite':
      return (await import('./schakel-contenders')).openSchakelSqlite(target);
    case 'schakel-postgres':
      return (await import('./schakel-contenders')).openSchakelPostgres(target);
    case 'emmett-sqlite':
      return (await import('./emmett-sqlite-contender')).openEmmettSqlite(target);
    case 'emmett-postgres':
      return (await import('./emmett-postgres-contender')).openEmmettPostgres(target);
    case 'raw-better-sqlite3':
      return (await import('./raw-sqlite-contender')).openRawSqlite(target);
    case 'raw-pg':
      return (await import('./raw-pg-contender')).openRawPg(target);
  }
}
