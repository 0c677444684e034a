import { describe, expect, it } from '@jest/globals';
import { repoContext } from '../src/context.js';
import type { Rule } from '../src/finding.js';
import * as rules from '../src/rules/index.js';
import { RULES } from '../src/rules/index.js';
import { unscopedGit } from '../src/rules/git-commit-all.js';
import { groupPattern, namesEnvironment } from '../src/rules/deploy-concurrency.js';
import {
  isProductionLike,
  runsForTags,
  verifiesDefaultBranch,
} from '../src/rules/default-branch-check.js';
import { CURRENT_MAJORS } from '../src/rules/outdated-action.js';
import { dedent, fixtureContext, repositoryActions, yaml } from './helpers.js';
import type { LoadedFile } from '../src/model.js';

const context = fixtureContext();

function lines(rule: Rule, file: LoadedFile, ctx = context): number[] {
  return rule(file, ctx).map((item) => item.line);
}

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';

describe('the rule registry', () => {
  it('gives every rule a kebab-case id that its findings carry', () => {
    const bad = yaml(`
      on: pull_request_target
      jobs:
        a:
          permissions: write-all
          secrets: inherit
          uses: o/r/.github/workflows/x.yml@v1
    `);
    for (const [id, rule] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const item of rule(bad, context)) expect(item.rule).toBe(id);
    }
  });
});

describe('expression-in-run', () => {
  it('flags each expression on its own line of a block body, and github-script scripts', () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          steps:
            - run: |
                echo one
                echo "\${{ github.head_ref }}" "\${{ github.ref_name }}"
            - uses: actions/github-script@${SHA} # v7.0.1
              with:
                script: core.info('\${{ github.head_ref }}')
            - env:
                REF: \${{ github.head_ref }}
              run: echo "$REF"
    `);
    expect(lines(rules.expressionInRun, file)).toEqual([7, 7, 10]);
  });
});

describe('permissions', () => {
  it('wants permissions: {} at the top', () => {
    expect(lines(rules.permissionsTopLevel, yaml('on: push\njobs: {}\n'))).toEqual([1]);
    expect(lines(rules.permissionsTopLevel, yaml('on: push\npermissions: {}\njobs: {}\n'))).toEqual(
      [],
    );
    expect(lines(rules.permissionsTopLevel, yaml('on: push\npermissions: read-all\n'))).toEqual([
      2,
    ]);
  });

  it('wants a permissions mapping on every job, commented grants', () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          steps: []
        b:
          permissions:
            contents: read # checkout
            # the comment
            issues: write
            statuses: read
            actions: none
        c:
          permissions: {}
    `);
    expect(lines(rules.jobPermissions, file)).toEqual([3]);
    expect(lines(rules.permissionsComment, file)).toEqual([10]);
  });
});

describe('unpinned-action and pin-comment', () => {
  const file = yaml(`
    on: push
    jobs:
      a:
        steps:
          - uses: actions/checkout@${SHA} # v4.2.2
          - uses: actions/checkout@${SHA} # v4
          - uses: actions/checkout@${SHA.toUpperCase()} # v4.2.2
          - uses: ./actions/bump-overlay-tag
          - uses: org/infra-fleet/actions/bump-overlay-tag@v1
          - uses: docker://alpine@sha256:${'a'.repeat(64)} # 3.20
          - uses: not a reference
  `);

  it('accepts full lower-case SHAs, local paths and digests only', () => {
    expect(lines(rules.unpinnedAction, file)).toEqual([7, 9, 11]);
  });

  it('wants # vX.Y.Z after a SHA and a tag comment after a digest', () => {
    expect(lines(rules.pinComment, file)).toEqual([6]);
  });
});

describe('persist-credentials', () => {
  it('wants the literal false on every actions/checkout', () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          steps:
            - uses: actions/checkout@${SHA} # v4.2.2
              with:
                persist-credentials: \${{ false }}
            - uses: Actions/Checkout@${SHA} # v4.2.2
            - uses: actions/checkout@${SHA} # v4.2.2
              with:
                persist-credentials: false
    `);
    expect(lines(rules.persistCredentials, file)).toEqual([7, 8]);
  });
});

describe('timeout-minutes', () => {
  it('skips reusable-workflow calls, which cannot have one', () => {
    const file = yaml(`
      on: push
      jobs:
        call:
          uses: ./.github/workflows/reusable-callee.yml
        run:
          steps: []
    `);
    expect(lines(rules.timeoutMinutes, file)).toEqual([5]);
  });
});

describe('forbidden-trigger', () => {
  it('finds the triggers in every form of on:', () => {
    expect(lines(rules.forbiddenTrigger, yaml('on: pull_request_target\n'))).toEqual([1]);
    expect(lines(rules.forbiddenTrigger, yaml('on: [push, workflow_run]\n'))).toEqual([1]);
    expect(lines(rules.forbiddenTrigger, yaml('on:\n  push:\n  workflow_run:\n'))).toEqual([3]);
    expect(lines(rules.forbiddenTrigger, yaml('on:\n  pull_request:\n'))).toEqual([]);
  });
});

describe('untrusted-checkout', () => {
  it('only matters under a privileged trigger', () => {
    const body = `
      jobs:
        a:
          steps:
            - uses: actions/checkout@${SHA} # v4.2.2
              with:
                ref: refs/pull/\${{ github.event.number }}/merge
    `;
    expect(
      lines(rules.untrustedCheckout, yaml(`on: pull_request_target\n${dedent(body)}`)),
    ).toEqual([7]);
    expect(lines(rules.untrustedCheckout, yaml(`on: pull_request\n${dedent(body)}`))).toEqual([]);
  });
});

describe('deploy jobs', () => {
  it('counts environment:, bump-overlay-tag (not dry-run) and terragrunt-run (not plan/validate)', () => {
    const file = yaml(`
      on: push
      jobs:
        env:
          environment: staging
          steps: []
        bump:
          steps:
            - uses: ./actions/bump-overlay-tag
        preview:
          steps:
            - uses: ./actions/bump-overlay-tag
              with:
                mode: dry-run
        apply:
          steps:
            - uses: ./actions/terragrunt-run
              with:
                command: \${{ inputs.command }}
        plan:
          steps:
            - uses: ./actions/terragrunt-run
              with:
                command: plan
    `);
    const flagged = rules
      .deployConcurrency(file, context)
      .map((item) => item.message.split(' ')[2]);
    expect(flagged).toEqual(['env', 'bump', 'apply']);
  });

  it('matches a group to its environment', () => {
    expect(namesEnvironment('deploy-staging', 'staging')).toBe(true);
    expect(namesEnvironment('deploy-${{inputs.environment}}', '${{ inputs.environment }}')).toBe(
      true,
    );
    expect(
      namesEnvironment(
        'infra-${{ matrix.environment }}',
        "${{ format('{0}-plan', matrix.environment) }}",
      ),
    ).toBe(true);
    expect(namesEnvironment('deploy', 'staging')).toBe(false);
    expect(groupPattern('deploy-staging', 'staging')).toBe('deploy-<env>');
    expect(groupPattern('deploy-${{ inputs.environment }}', undefined)).toBe('deploy-<env>');
    expect(groupPattern('${{ a }}-${{ b }}', undefined)).toBeUndefined();
  });
});

describe('deploy-queue', () => {
  it('wants queue: max where cancel-in-progress is false or unset, on jobs with an environment', () => {
    const file = yaml(`
      on: push
      jobs:
        queued:
          environment: staging
          concurrency: { group: deploy-staging, cancel-in-progress: false, queue: max }
          steps: []
        short-form:
          environment: staging
          concurrency: deploy-staging
          steps: []
        expression:
          environment: staging
          concurrency:
            group: deploy-staging
            cancel-in-progress: \${{ github.ref != 'refs/heads/main' }}
          steps: []
        not-a-deploy:
          concurrency: { group: build, cancel-in-progress: false }
          steps: []
        call:
          uses: ./.github/workflows/reusable-callee.yml
    `);
    expect(lines(rules.deployQueue, file)).toEqual([9]);
  });
});

describe('default-branch-check', () => {
  it('knows which triggers can start a workflow for a tag', () => {
    const triggers = (on: string) => {
      const file = yaml(`on: ${on}\njobs: {}\n`);
      return file.kind === 'workflow' && runsForTags(file.workflow);
    };
    expect(triggers('push')).toBe(true);
    expect(triggers('{ push: { tags: [v*] } }')).toBe(true);
    expect(triggers('{ push: { paths: [src/**] } }')).toBe(true);
    expect(triggers('{ push: { branches: [main] } }')).toBe(false);
    expect(triggers('{ push: { branches: [main], tags-ignore: [x*] } }')).toBe(true);
    expect(triggers('[release, pull_request]')).toBe(true);
    expect(triggers('workflow_call')).toBe(true);
    expect(triggers('create')).toBe(true);
    expect(triggers('[pull_request, workflow_dispatch]')).toBe(false);
  });

  it('treats prod, production, prd, live and any expression as production-like', () => {
    for (const name of [
      'production',
      'Prod',
      'prod-eu',
      'eu.prd',
      'live',
      '${{ inputs.environment }}',
    ]) {
      expect(isProductionLike(name)).toBe(true);
    }
    for (const name of ['staging', 'staging-plan', 'preprod', 'delivery', 'products']) {
      expect(isProductionLike(name)).toBe(false);
    }
  });

  it('recognises the check only in actions/github-script, comparing with the default branch', () => {
    const file = yaml(`
      on: release
      jobs:
        a:
          steps:
            - uses: actions/github-script@${SHA} # v8.0.0
              with:
                script: |
                  const { data: r } = await github.rest.repos.get(context.repo);
                  await github.rest.repos.compareCommitsWithBasehead({ ...context.repo, basehead: r.default_branch + '...' + context.sha });
            - uses: actions/github-script@${SHA} # v8.0.0
              with:
                script: await github.rest.repos.compareCommits({ base: 'main', head: context.sha });
            - uses: some/other-action@${SHA} # v1.0.0
              with:
                script: compareCommits(default_branch)
    `);
    const steps = file.kind === 'workflow' ? (file.workflow.jobs[0]?.steps ?? []) : [];
    expect(steps.map(verifiesDefaultBranch)).toEqual([true, false, false]);
  });
});

describe('outdated-action', () => {
  it('compares the major in the version comment of a SHA pin with CURRENT_MAJORS', () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          steps:
            - uses: actions/checkout@${SHA} # v6.0.2
            - uses: Actions/Checkout@${SHA} # v${CURRENT_MAJORS['actions/checkout']?.major}.0.0
            - uses: actions/checkout@v4
            - uses: actions/cache@${SHA} # v1.0.0
            - uses: actions/download-artifact/merge@${SHA} # v4.3.0
    `);
    expect(lines(rules.outdatedAction, file)).toEqual([5, 9]);
  });
});

describe('cache-in-deploy', () => {
  it('treats every job of a release workflow as a release job', () => {
    const file = yaml(`
      on:
        release:
          types: [published]
      jobs:
        build:
          steps:
            - uses: Swatinem/rust-cache@${SHA} # v2.7.8
            - uses: actions/setup-python@${SHA} # v5.6.0
              with:
                cache: pip
            - uses: actions/setup-python@${SHA} # v5.6.0
    `);
    expect(lines(rules.cacheInDeploy, file)).toEqual([7, 8]);
  });
});

describe('secrets-inherit', () => {
  it('flags only inherit', () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          uses: ./.github/workflows/reusable-callee.yml
          secrets: inherit
        b:
          uses: ./.github/workflows/reusable-callee.yml
          secrets:
            deploy-token: x
    `);
    expect(lines(rules.secretsInherit, file)).toEqual([5]);
  });
});

describe('oidc-without-environment', () => {
  it('follows inherited workflow permissions and local reusable workflows', () => {
    const file = yaml(`
      on: push
      permissions:
        id-token: write
      jobs:
        inherits:
          steps: []
        with-environment:
          environment: staging
          steps: []
        own-permissions:
          permissions:
            contents: read
          steps: []
        local-call:
          uses: ./.github/workflows/reusable-callee.yml
    `);
    expect(lines(rules.oidcWithoutEnvironment, file)).toEqual([3]);
  });
});

describe('git-commit-all', () => {
  it.each([
    ['git commit -am msg', true],
    ['git commit -a', true],
    ['git commit --all -m x', true],
    ['GIT_TRACE=1 git -c user.name=x commit -qa', true],
    ['/usr/bin/git commit -av', true],
    ['git commit -m -a', false],
    ['git commit -ma', false],
    ['git commit -m x -- -a', false],
    ['git add -A', true],
    ['git add --all', true],
    ['git add -u', true],
    ['git add -- .', true],
    ['git add k8s/a.yaml', false],
    ['git add -- -A', false],
    ['echo git commit -a', false],
    ['git log -a', false],
  ])('%s -> %s', (command, flagged) => {
    expect(unscopedGit(command.split(' ')) !== undefined).toBe(flagged);
  });
});

describe('local-action-inputs', () => {
  it('compares input names case-insensitively and needs required inputs without a default', () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          steps:
            - uses: ./actions/await-commit-status/
              with:
                SHA: \${{ steps.bump.outputs.revision }}
                ENVIRONMENT: staging
                EXPECTED-CREATOR: flux-bot
            - uses: ./actions/await-commit-status
    `);
    // One finding per missing required input: environment, expected-creator.
    expect(lines(rules.localActionInputs, file)).toEqual([10, 10]);
  });

  it('checks composite actions steps too', () => {
    const action = yaml(
      `
      name: x
      description: x
      runs:
        using: composite
        steps:
          - uses: ./actions/await-environment-approval
            with:
              environment: production
              colour: red
      `,
      'actions/x/action.yml',
    );
    expect(lines(rules.localActionInputs, action)).toEqual([9]);
  });
});

describe('reusable-workflow-inputs', () => {
  it('checks this repository referenced by name as well', () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          uses: org/infra-fleet/.github/workflows/reusable-callee.yml@${SHA} # v1.0.0
          with:
            environment: staging
            bogus: 1
          secrets:
            deploy-token: x
        b:
          uses: org/other/.github/workflows/reusable-callee.yml@${SHA} # v1.0.0
          with:
            bogus: 1
    `);
    expect(lines(rules.reusableWorkflowInputs, file)).toEqual([7]);
  });
});

describe('step-output-exists', () => {
  it('sees only earlier steps from a step, every step from the job outputs', () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          outputs:
            late: \${{ steps.second.outputs.x }}
          steps:
            - id: first
              run: echo "\${{ steps.second.outputs.x }}"
            - id: second
              run: echo "x=1" >>"$GITHUB_OUTPUT"
            - if: \${{ steps.first.conclusion == 'success' && steps.third.outputs.y }}
              run: echo ok
    `);
    expect(lines(rules.stepOutputExists, file)).toEqual([8, 11]);
  });

  it('ignores lookalikes inside string literals and other contexts', () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          steps:
            - if: contains('steps.ghost.outputs.x', github.event.steps.ghost)
              run: echo ok
    `);
    expect(lines(rules.stepOutputExists, file)).toEqual([]);
  });
});

describe('needs-output-exists', () => {
  it('wants the job in needs: and the output declared', () => {
    const file = yaml(`
      on: push
      jobs:
        a:
          outputs:
            x: \${{ steps.s.outputs.x }}
          steps: []
        b:
          needs: a
          if: needs.a.outputs.x && needs.a.outputs.y
          steps: []
        c:
          if: needs.a.result == 'success'
          steps: []
    `);
    expect(lines(rules.needsOutputExists, file)).toEqual([9, 12]);
  });
});

describe('workflow-output-exists', () => {
  it('ignores workflows that are not reusable', () => {
    expect(rules.workflowOutputExists(yaml('on: push\njobs: {}\n'), context)).toEqual([]);
  });
});

describe('yaml-syntax', () => {
  it('reports the line of the error and still loads what it can', () => {
    const file = yaml('on: push\njobs:\n  a:\n    steps: [\n');
    expect(lines(rules.yamlSyntax, file).length).toBeGreaterThan(0);
    expect(rules.yamlSyntax(yaml('on: push\n'), repoContext(repositoryActions()))).toEqual([]);
  });
});
