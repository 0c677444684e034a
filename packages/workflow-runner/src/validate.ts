import { find, literal, type Token } from './template.js';
import type { JobDef, WorkflowDef } from './model.js';
import { exceeding, nestedJobMessage, parsePermissions, type Permissions } from './permissions.js';

/**
 * What GitHub checks before a run starts, over the whole call tree: every nested job's
 * permissions against its caller's grant (whether it will run or not), the depth of calls, and
 * concurrency settings that cannot be combined.
 */

export interface CallTree {
  load(path: string): Promise<WorkflowDef>;
  workflowPath(uses: string): string;
  defaults: Permissions;
}

const MAX_DEPTH = 10;

function concurrencyErrors(where: string, token: Token | undefined): string[] {
  if (
    literal(find(token, 'queue')) === 'max' &&
    literal(find(token, 'cancel-in-progress')) === true
  ) {
    return [`${where}: The combination of queue: max and cancel-in-progress: true is not allowed.`];
  }
  return [];
}

function own(job: JobDef, workflow: WorkflowDef, inherited: Permissions): Permissions {
  return parsePermissions(job.permissions) ?? parsePermissions(workflow.permissions) ?? inherited;
}

export async function startupErrors(
  tree: CallTree,
  workflow: WorkflowDef,
  inherited = tree.defaults,
  depth = 1,
): Promise<string[]> {
  const errors = concurrencyErrors(workflow.path, workflow.concurrency);
  if (depth > MAX_DEPTH)
    return [`${workflow.path}: calls nest deeper than GitHub's limit of ${MAX_DEPTH} workflows.`];
  for (const job of workflow.jobs) {
    errors.push(...concurrencyErrors(`${workflow.path} job '${job.id}'`, job.concurrency));
    if (job.kind !== 'call') continue;
    const grant = own(job, workflow, inherited);
    const callee = await tree.load(tree.workflowPath(job.uses));
    for (const nested of callee.jobs) {
      const requested = own(nested, callee, grant);
      for (const violation of exceeding(requested, grant)) {
        errors.push(
          `${workflow.path} job '${job.id}': Error calling workflow '${job.uses}'. ${nestedJobMessage(nested.id, violation)}`,
        );
      }
    }
    errors.push(...(await startupErrors(tree, callee, grant, depth + 1)));
  }
  return errors;
}
