export { buildTerragruntGraph, targetOf } from './graph.js';
export { LIMITS, Tally } from './budget.js';
export type {
  GraphProblem,
  MockOutputs,
  Reference,
  TerragruntGraph,
  TerragruntUnit,
} from './types.js';
export { PlanResultError } from './plan-errors.js';
export {
  analysePlan,
  canonicalJson,
  CHANGE_KINDS,
  countsOf,
  emptyCounts,
  hasChanges,
  isChange,
  isDestructive,
  normalisedChangesHash,
  parsePlanJson,
  summarisePlan,
  type ChangeCounts,
  type ResourceAction,
  type ResourceChangeSummary,
  type UnitChanges,
} from './plan-json.js';
export { attributeChanges, SENSITIVE, UNKNOWN, type AttributeChange } from './plan-attributes.js';
export {
  parseRunReport,
  RUN_RESULTS,
  unitPath,
  type RunReportEntry,
  type RunResult,
} from './run-report.js';
export {
  buildManifest,
  compareManifests,
  formatCounts,
  formatDifference,
  formatDifferences,
  MANIFEST_VERSION,
  parseManifest,
  serialiseManifest,
  type Manifest,
  type ManifestDifference,
  type ManifestInput,
  type ManifestSetting,
  type ManifestUnit,
  type ResourceDifference,
} from './manifest.js';
export {
  describeDestructiveChanges,
  destructiveChanges,
  type DestructiveChange,
} from './destroy-guard.js';
