import { finding, type Finding, type Rule } from '../finding.js';
import type { Job, LoadedFile } from '../model.js';

/** Every job states its permissions as a mapping (`{}` when it needs none), never `*-all`. */
export const jobPermissions: Rule = (file) =>
  file.kind === 'workflow' ? file.workflow.jobs.flatMap((job) => checkJob(file, job)) : [];

function checkJob(file: LoadedFile, job: Job): Finding[] {
  const permissions = job.permissions;
  if (!permissions) {
    return [
      finding(
        file,
        job.line,
        'job-permissions',
        `job ${job.id} declares no permissions; add \`permissions: {}\` or the scopes it needs, each with a comment`,
      ),
    ];
  }
  if (permissions.shorthand === undefined) return [];
  return [
    finding(
      file,
      permissions.line,
      'job-permissions',
      `job ${job.id} grants "${permissions.shorthand}"; list only the scopes it needs (e.g. contents: read)`,
    ),
  ];
}
