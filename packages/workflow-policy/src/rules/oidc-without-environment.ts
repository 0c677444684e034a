import { calledWorkflowPath } from '../context.js';
import { finding, type Finding, type Rule } from '../finding.js';
import type { Job, Permissions, WorkflowFile } from '../model.js';

/**
 * `id-token: write` (OIDC to a cloud) only in a job that declares its `environment:`, so the
 * cloud role can be bound to that environment and its protection rules. A call to a reusable
 * workflow of this repository is checked in that workflow; of another repository, it is flagged.
 */
export const oidcWithoutEnvironment: Rule = (file, context) => {
  if (file.kind !== 'workflow') return [];
  return file.workflow.jobs.flatMap((job): Finding[] => {
    const line = oidcGrantLine(file, job);
    if (line === undefined || job.environment) return [];
    if (job.uses) {
      if (calledWorkflowPath(job, context) !== undefined) return [];
      return [
        finding(
          file,
          line,
          'oidc-without-environment',
          `job ${job.id} grants id-token: write to ${job.uses.value}, whose environments cannot be checked`,
        ),
      ];
    }
    return [
      finding(
        file,
        line,
        'oidc-without-environment',
        `job ${job.id} can mint OIDC tokens (id-token: write) but declares no environment:; add the environment the cloud role trusts`,
      ),
    ];
  });
};

/** The line granting id-token: write to the job (its own permissions, else the workflow's). */
function oidcGrantLine(file: WorkflowFile, job: Job): number | undefined {
  return grantLine(job.permissions ?? file.workflow.permissions);
}

function grantLine(permissions: Permissions | undefined): number | undefined {
  if (!permissions) return undefined;
  if (permissions.shorthand === 'write-all') return permissions.line;
  return permissions.grants.find((grant) => grant.scope === 'id-token' && grant.level === 'write')
    ?.line;
}
