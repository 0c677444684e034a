export * from './model.js';
export {
  approvalKey,
  buildFleetStatus,
  setterFor,
  type Observed,
  type ObservedOverlay,
} from './build.js';
export { fluxVerdict } from './flux.js';
export { formatPin, lagBehind, pinChanges, samePin, setterOf } from './history.js';
export { GATE_MARKER, parseGateOutcome } from './approval.js';
export { parseTrailers, runIdOf } from './trailers.js';
export { gitRepositoryReader, parseLog, type RepositoryReader } from './read-git.js';
export { githubReader, type GitHubReader } from './read-github.js';
export { pinIn, readFleetStatus, type ReadOptions } from './read.js';
export { renderText } from './text.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { apiRepositoryReader } from './read-api.js';
