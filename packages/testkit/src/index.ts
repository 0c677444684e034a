export * from './harness.js';
export * from './events.js';
export * from './repos.js';
export * from './tool-releases.js';
export * from './terragrunt-stand-in.js';
export * from './git-http.js';
export * from './wait-for.js';
export * from './memory-tree.js';
