import { finding, type Rule } from '../finding.js';

/** The workflow starts from `permissions: {}`; jobs grant what they need. */
export const permissionsTopLevel: Rule = (file) => {
  if (file.kind !== 'workflow') return [];
  const permissions = file.workflow.permissions;
  if (!permissions) {
    return [
      finding(
        file,
        1,
        'permissions-top-level',
        'no top-level permissions: add `permissions: {}` and grant per job',
      ),
    ];
  }
  if (permissions.shorthand === undefined && permissions.grants.length === 0) return [];
  const found =
    permissions.shorthand ?? permissions.grants.map((g) => `${g.scope}: ${g.level}`).join(', ');
  return [
    finding(
      file,
      permissions.line,
      'permissions-top-level',
      `top-level permissions must be {} (found ${found || 'an empty value'}); move each grant to the job that needs it`,
    ),
  ];
};
