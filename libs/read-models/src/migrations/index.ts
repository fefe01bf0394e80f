export { sqliteMigrations } from './sqlite';
export { postgresMigrations } from './postgres';
