import { describe, expect, it } from '@jest/globals';
import { lintFiles } from '../src/lint.js';
import { fixture, fixtureContext, sites } from './helpers.js';

/** Own rules only (external checkers are covered in external.test.ts), suppressions applied. */
async function ownFindings(name: string, as?: string) {
  const file = fixture(name, as);
  return lintFiles([file], fixtureContext(file), { external: false });
}

const EXPECTED: Record<string, Array<[number, string]>> = {
  'seed-release.yml': [
    [1, 'permissions-top-level'],
    [12, 'deploy-concurrency'],
    [12, 'job-permissions'],
    [12, 'timeout-minutes'],
    [18, 'expression-in-run'],
    [21, 'expression-in-run'],
    [21, 'git-commit-all'],
    [23, 'deploy-concurrency'],
    [23, 'job-permissions'],
    [23, 'timeout-minutes'],
    [25, 'default-branch-check'],
    [30, 'expression-in-run'],
    [33, 'expression-in-run'],
    [33, 'git-commit-all'],
  ],
  'pull-request-target.yml': [
    [4, 'forbidden-trigger'],
    [16, 'untrusted-checkout'],
  ],
  'workflow-run.yml': [
    [3, 'forbidden-trigger'],
    [16, 'untrusted-checkout'],
  ],
  'unpinned-action.yml': [
    [11, 'unpinned-action'],
    [14, 'unpinned-action'],
    [15, 'unpinned-action'],
    [16, 'unpinned-action'],
    [18, 'unpinned-action'],
  ],
  'oidc-without-environment.yml': [
    [15, 'oidc-without-environment'],
    [24, 'oidc-without-environment'],
    [28, 'job-permissions'],
    [28, 'oidc-without-environment'],
  ],
  'expression-in-run.yml': [
    [12, 'expression-in-run'],
    [16, 'expression-in-run'],
    [17, 'expression-in-run'],
    [20, 'expression-in-run'],
  ],
  'permissions.yml': [
    [3, 'permissions-top-level'],
    [4, 'permissions-comment'],
    [6, 'job-permissions'],
    [14, 'job-permissions'],
    [21, 'permissions-comment'],
  ],
  'pin-comment.yml': [
    [10, 'pin-comment'],
    [13, 'pin-comment'],
    [15, 'pin-comment'],
  ],
  'persist-credentials.yml': [
    [11, 'persist-credentials'],
    [14, 'persist-credentials'],
  ],
  'timeout-minutes.yml': [
    [5, 'timeout-minutes'],
    [12, 'timeout-minutes'],
  ],
  'deploy-concurrency.yml': [
    [10, 'deploy-concurrency'],
    [23, 'deploy-concurrency'],
    [31, 'deploy-concurrency'],
    [31, 'deploy-queue'],
    [40, 'deploy-concurrency'],
    [41, 'deploy-queue'],
    [51, 'deploy-queue'],
    [80, 'deploy-concurrency'],
    [81, 'deploy-queue'],
  ],
  'deploy-queue.yml': [
    [7, 'deploy-queue'],
    [15, 'deploy-queue'],
    [23, 'deploy-concurrency'],
    [23, 'deploy-queue'],
    [41, 'deploy-concurrency'],
  ],
  'deploy-queue-clean.yml': [],
  'default-branch-check.yml': [
    [29, 'default-branch-check'],
    [40, 'default-branch-check'],
    [51, 'default-branch-check'],
    [69, 'default-branch-check'],
    [82, 'default-branch-check'],
  ],
  'default-branch-check-clean.yml': [],
  'outdated-action.yml': [
    [12, 'outdated-action'],
    [15, 'outdated-action'],
    [19, 'outdated-action'],
    [22, 'outdated-action'],
    [27, 'pin-comment'],
  ],
  'outdated-action-clean.yml': [],
  'cache-in-deploy.yml': [
    [19, 'deploy-queue'],
    [22, 'cache-in-deploy'],
    [26, 'cache-in-deploy'],
    [29, 'cache-in-deploy'],
  ],
  'cache-in-release.yml': [[12, 'cache-in-deploy']],
  'secrets-inherit.yml': [[10, 'secrets-inherit']],
  'git-commit-all.yml': [
    [11, 'git-commit-all'],
    [13, 'git-commit-all'],
    [16, 'git-commit-all'],
    [17, 'git-commit-all'],
    [20, 'git-commit-all'],
  ],
  'local-action-inputs.yml': [
    [16, 'local-action-inputs'],
    [17, 'local-action-inputs'],
    [17, 'local-action-inputs'],
    [20, 'local-action-inputs'],
    [32, 'local-action-inputs'],
    [36, 'local-action-inputs'],
  ],
  'reusable-workflow-inputs.yml': [
    [18, 'reusable-workflow-inputs'],
    [21, 'reusable-workflow-inputs'],
    [23, 'reusable-workflow-inputs'],
    [23, 'reusable-workflow-inputs'],
    [28, 'reusable-workflow-inputs'],
    [31, 'reusable-workflow-inputs'],
  ],
  'step-output-exists.yml': [
    [11, 'step-output-exists'],
    [12, 'step-output-exists'],
    [15, 'step-output-exists'],
    [32, 'step-output-exists'],
  ],
  'needs-output-exists.yml': [
    [30, 'needs-output-exists'],
    [32, 'needs-output-exists'],
    [33, 'needs-output-exists'],
  ],
  'yaml-syntax.yml': [[7, 'yaml-syntax']],
  'suppression.yml': [
    [10, 'persist-credentials'],
    [12, 'invalid-suppression'],
    [13, 'invalid-suppression'],
    [14, 'unused-suppression'],
    [21, 'invalid-suppression'],
  ],
  'composite/action.yml': [
    [13, 'step-output-exists'],
    [17, 'persist-credentials'],
    [17, 'unpinned-action'],
    [20, 'expression-in-run'],
    [22, 'git-commit-all'],
  ],
  'clean.yml': [],
};

describe('fixtures', () => {
  it.each(Object.entries(EXPECTED))(
    '%s is flagged exactly where expected',
    async (name, expected) => {
      expect(sites(await ownFindings(name))).toEqual(expected);
    },
  );

  it('checks the reusable workflow where callers find it', async () => {
    const findings = await ownFindings(
      'reusable-callee.yml',
      '.github/workflows/reusable-callee.yml',
    );
    expect(sites(findings)).toEqual([
      [27, 'workflow-output-exists'],
      [29, 'workflow-output-exists'],
      // A reusable workflow may be called on a tag: its environment is an expression.
      [35, 'default-branch-check'],
      [38, 'deploy-queue'],
    ]);
  });

  it('prints file:line rule message with the path given', async () => {
    const [first] = await ownFindings('secrets-inherit.yml');
    expect(first).toEqual({
      file: 'packages/workflow-policy/test/fixtures/secrets-inherit.yml',
      line: 10,
      rule: 'secrets-inherit',
      message: expect.stringContaining('secrets: inherit'),
    });
  });
});
