// The use cases the API and the CLI share, framework-free: importing a chain's history, exporting a
// chain's evidence bundle, a person's subject access report, and the stable error codes they fail with. See docs/adr/0011.
export * from './errors/api-error-code';
export * from './events/to-domain-event';
export * from './events/provenance-of';
export * from './instructions/content-hash';
export * from './import-chain-history/import-file';
export * from './import-chain-history/import-chain-history';
export * from './evidence/export-chain-bundle';
export * from './progress/time-left';
export * from './personal-data/subject-access';
export * from './personal-data/retention-run';
