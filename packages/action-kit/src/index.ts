export { ActionError, InputError } from './errors.js';
export {
  branchInput,
  hasControlCharacter,
  isBranchName,
  repositoryFileInput,
  statusPosterInput,
} from './common-inputs.js';
export { createInputReader, inputVariable, type InputReader } from './inputs.js';
export { formatOutput, writeOutputs, type OutputValue } from './outputs.js';
export {
  appendSummary,
  codeBlock,
  codeSpan,
  details,
  escapeMarkdown,
  markdownTable,
  SUMMARY_LIMIT_BYTES,
} from './summary.js';
export { maskSecret } from './secrets.js';
export { debug, endGroup, group, info, notice, startGroup, warning } from './log.js';
export { failureMessage, runAction } from './run.js';
export {
  DOCS_BLOCKS,
  parseActionMetadata,
  renderInputsTable,
  renderOutputsTable,
  updateActionReadme,
  type ActionInput,
  type ActionMetadata,
  type DocsBlock,
  type DocsUpdate,
} from './action-docs.js';
export { isoSeconds, systemClock, type Clock } from './clock.js';
export {
  createHeartbeat,
  formatDuration,
  HEARTBEAT_INTERVAL_MS,
  type Heartbeat,
  type HeartbeatOptions,
} from './heartbeat.js';
export { withCancellation } from './signals.js';
