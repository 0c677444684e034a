export * from './harness.js';
export * from './events.js';
export * from './repos.js';
