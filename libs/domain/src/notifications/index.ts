export * from './notice.events';
export * from './notice-drafts';
