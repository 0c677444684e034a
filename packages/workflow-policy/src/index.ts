export { loadFile, kindOf } from './model.js';
export type {
  Action,
  ActionFile,
  CallInterface,
  Concurrency,
  Expression,
  FileKind,
  Job,
  LoadedFile,
  Located,
  Output,
  Parameter,
  PermissionGrant,
  Permissions,
  RunScript,
  Step,
  Trigger,
  Workflow,
  WorkflowFile,
} from './model.js';
export { repoContext, actionAt, workflowAt, type RepoContext } from './context.js';
export { isDeployJob, isDeployingStep, isReleaseWorkflow } from './deploy.js';
export { compareFindings, formatFinding, type Finding, type Rule } from './finding.js';
export { RULES } from './rules/index.js';
export { readSuppressions, applySuppressions, type Suppression } from './suppress.js';
export { externalFindings, isExternalRule, type ExternalOptions } from './external.js';
export { checkFile, lintFiles, type LintOptions } from './lint.js';
export { discoverFiles, loadRepository, type Repository } from './repository.js';
