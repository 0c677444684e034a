export {
  DEFAULT_CONFIG_FILE,
  DEFAULTS,
  defaultFleetConfig,
  FleetConfigError,
  parseFleetConfig,
  type AppConfig,
  type ExplicitKey,
  type FleetConfig,
} from './config.js';
export { discoverFolders, type Discovery } from './discover.js';
export { readGitHubEnvironments, type GitHubEnvironmentSpec } from './github-environments.js';
export { CONFIG_MAX_BYTES, loadFleetConfig, type ConfigSource } from './load.js';
export { didYouMean, isHiddenFolder, isName, NAME_GRAMMAR, NAME_RULE } from './names.js';
export {
  belowRoot,
  compilePattern,
  expandPattern,
  hasApp,
  joinRoot,
  matchFolder,
  patternProblem,
  type FolderMatch,
  type FolderPattern,
  type Segment,
} from './pattern.js';
export {
  DEFAULT_STATUS_CONTEXT,
  environmentOrder,
  findApp,
  overlayFolder,
  overlayPattern,
  statusContexts,
} from './resolve.js';
