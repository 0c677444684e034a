import type { Rule } from '../finding.js';
import { cacheInDeploy } from './cache-in-deploy.js';
import { defaultBranchCheck } from './default-branch-check.js';
import { deployConcurrency } from './deploy-concurrency.js';
import { deployQueue } from './deploy-queue.js';
import { expressionInRun } from './expression-in-run.js';
import { forbiddenTrigger } from './forbidden-trigger.js';
import { gitCommitAll } from './git-commit-all.js';
import { jobPermissions } from './job-permissions.js';
import { localActionInputs } from './local-action-inputs.js';
import { needsOutputExists } from './needs-output-exists.js';
import { oidcWithoutEnvironment } from './oidc-without-environment.js';
import { outdatedAction } from './outdated-action.js';
import { permissionsComment } from './permissions-comment.js';
import { permissionsTopLevel } from './permissions-top-level.js';
import { persistCredentials } from './persist-credentials.js';
import { pinComment } from './pin-comment.js';
import { reusableWorkflowInputs } from './reusable-workflow-inputs.js';
import { secretsInherit } from './secrets-inherit.js';
import { stepOutputExists } from './step-output-exists.js';
import { timeoutMinutes } from './timeout-minutes.js';
import { unpinnedAction } from './unpinned-action.js';
import { untrustedCheckout } from './untrusted-checkout.js';
import { workflowOutputExists } from './workflow-output-exists.js';
import { yamlSyntax } from './yaml-syntax.js';

/** Our own rules by id; each reports only findings carrying its own id. */
export const RULES: Readonly<Record<string, Rule>> = {
  'yaml-syntax': yamlSyntax,
  'expression-in-run': expressionInRun,
  'permissions-top-level': permissionsTopLevel,
  'job-permissions': jobPermissions,
  'permissions-comment': permissionsComment,
  'unpinned-action': unpinnedAction,
  'pin-comment': pinComment,
  'outdated-action': outdatedAction,
  'persist-credentials': persistCredentials,
  'timeout-minutes': timeoutMinutes,
  'deploy-concurrency': deployConcurrency,
  'deploy-queue': deployQueue,
  'default-branch-check': defaultBranchCheck,
  'forbidden-trigger': forbiddenTrigger,
  'untrusted-checkout': untrustedCheckout,
  'cache-in-deploy': cacheInDeploy,
  'secrets-inherit': secretsInherit,
  'oidc-without-environment': oidcWithoutEnvironment,
  'git-commit-all': gitCommitAll,
  'local-action-inputs': localActionInputs,
  'reusable-workflow-inputs': reusableWorkflowInputs,
  'step-output-exists': stepOutputExists,
  'needs-output-exists': needsOutputExists,
  'workflow-output-exists': workflowOutputExists,
};

export {
  cacheInDeploy,
  defaultBranchCheck,
  deployConcurrency,
  deployQueue,
  expressionInRun,
  forbiddenTrigger,
  gitCommitAll,
  jobPermissions,
  localActionInputs,
  needsOutputExists,
  oidcWithoutEnvironment,
  outdatedAction,
  permissionsComment,
  permissionsTopLevel,
  persistCredentials,
  pinComment,
  reusableWorkflowInputs,
  secretsInherit,
  stepOutputExists,
  timeoutMinutes,
  unpinnedAction,
  untrustedCheckout,
  workflowOutputExists,
  yamlSyntax,
};
