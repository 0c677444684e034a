export { main, processIo } from './main.js';
export { CliError, type Io } from './io.js';
export { loadCommands, type Command } from './registry.js';
export { parseFlags, type FlagSpec } from './flags.js';
export { openRepository, githubFromEnv, type Repository } from './repository.js';
