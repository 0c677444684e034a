import { commentOnOrAbove } from '../comments.js';
import { finding, type Rule } from '../finding.js';
import type { Permissions } from '../model.js';

/** Each granted scope says why, in a comment on its line (or the line above). */
export const permissionsComment: Rule = (file) => {
  if (file.kind !== 'workflow') return [];
  const all: Array<[string, Permissions | undefined]> = [
    ['the workflow', file.workflow.permissions],
    ...file.workflow.jobs.map((job): [string, Permissions | undefined] => [
      `job ${job.id}`,
      job.permissions,
    ]),
  ];
  return all.flatMap(([owner, permissions]) =>
    (permissions?.grants ?? [])
      .filter((grant) => grant.level !== 'none' && !commentOnOrAbove(file, grant.line))
      .map((grant) =>
        finding(
          file,
          grant.line,
          'permissions-comment',
          `${owner} grants ${grant.scope}: ${grant.level} without a comment saying why (e.g. "${grant.scope}: ${grant.level} # <what needs it>")`,
        ),
      ),
  );
};
