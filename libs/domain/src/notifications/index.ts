export * from './notice.events';
export * from './notice-drafts';
export * from './finding-notices';
