export * from './ack-link.commands';
export * from './ack-link.decider';
export * from './ack-link.events';
export * from './ack-link.state';
export * from './who-may-make-links';
