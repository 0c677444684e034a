import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { job, results, sandbox, type Sandbox } from './helpers.js';

let box: Sandbox;
beforeAll(async () => {
  box = await sandbox();
  box.writeWorkflow(
    'callee.yml',
    `
name: callee
on:
  workflow_call:
    inputs:
      environment: { type: string, required: true }
      approve: { type: boolean, default: false }
      count: { type: number, default: 2 }
    secrets:
      key: { required: true }
    outputs:
      where:
        value: \${{ jobs.work.outputs.where }}
      token-seen:
        value: \${{ jobs.work.outputs.token-seen }}
permissions: {}
jobs:
  gate:
    if: inputs.approve
    runs-on: ubuntu-24.04
    steps:
      - run: echo approved
  work:
    needs: gate
    if: \${{ !cancelled() && needs.gate.result != 'failure' }}
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    outputs:
      where: \${{ steps.say.outputs.where }}
      token-seen: \${{ steps.say.outputs.secret }}
    steps:
      - id: say
        env:
          ENVIRONMENT: \${{ inputs.environment }}
          KEY: \${{ secrets.key }}
          COUNT: \${{ inputs.count }}
          WORKFLOW_REF: \${{ job.workflow_ref }}
        run: |
          echo "where=$ENVIRONMENT x$COUNT" >> "$GITHUB_OUTPUT"
          echo "secret=$KEY" >> "$GITHUB_OUTPUT"
          echo "key is $KEY; called from $GITHUB_WORKFLOW_REF; written in $WORKFLOW_REF"
      - run: |
          curl --silent --fail-with-body -H "Authorization: token $TOKEN" "$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/issues" -d '{"title":"x"}'
        env:
          TOKEN: \${{ github.token }}
        continue-on-error: true
`,
  );
  box.writeWorkflow(
    'caller.yml',
    `
name: caller
on: workflow_dispatch
permissions: {}
jobs:
  first:
    uses: ./.github/workflows/callee.yml
    permissions:
      contents: read
    with:
      environment: staging
    secrets:
      key: \${{ secrets.DEPLOY_KEY }}
  second:
    needs: first
    strategy:
      matrix:
        environment: [qa, production]
    uses: octo-org/infra-fleet/.github/workflows/callee.yml@v1
    permissions:
      contents: read
    with:
      environment: \${{ format('{0} after {1}', matrix.environment, needs.first.outputs.where) }}
      approve: true
    secrets: inherit
`,
  );
});
afterAll(() => box.close());

describe('reusable workflows', () => {
  it('passes typed inputs, secrets and outputs through calls, with the callee jobs named under the caller', async () => {
    const run = await box
      .runner({ secrets: { DEPLOY_KEY: 's3cr3t-value', key: 'inherited-key' } })
      .run({ workflow: '.github/workflows/caller.yml', event: 'workflow_dispatch' });
    expect(run.conclusion).toBe('success');
    expect(results(run)).toEqual({
      'first / gate': 'skipped',
      'first / work': 'success',
      first: 'success',
      'second (qa) / gate': 'success',
      'second (qa) / work': 'success',
      'second (qa)': 'success',
      'second (production) / gate': 'success',
      'second (production) / work': 'success',
      'second (production)': 'success',
    });
    expect(job(run, 'first').inputs).toEqual({ environment: 'staging', approve: false, count: 2 });
    expect(job(run, 'first').outputs.where).toBe('staging x2');
    expect(job(run, 'second (qa)').outputs.where).toBe('qa after staging x2 x2');
    const work = job(run, 'first / work');
    expect(work.steps[0]?.log).toContain(
      'key is ***; called from octo-org/infra-fleet/.github/workflows/caller.yml@refs/heads/main; written in octo-org/infra-fleet/.github/workflows/callee.yml@',
    );
    expect(work.outputs).toEqual({ where: 'staging x2' });
    expect(work.annotations.map((a) => a.message)).toContain(
      "Skip output 'token-seen' since it may contain secret.",
    );
    expect(work.steps[1]).toMatchObject({ outcome: 'failure', conclusion: 'success' });
    expect(work.steps[1]?.log).toMatch(/403/);
    expect(work.permissions).toBe('contents: read');
  });

  it('fails before any job runs when a nested job asks for more than the caller grants', async () => {
    box.writeWorkflow(
      'stingy.yml',
      `
name: stingy
on: workflow_dispatch
permissions: {}
jobs:
  call:
    uses: ./.github/workflows/callee.yml
    with: { environment: x }
    secrets: { key: k }
`,
    );
    const run = await box
      .runner()
      .run({ workflow: '.github/workflows/stingy.yml', event: 'workflow_dispatch' });
    expect(run.conclusion).toBe('startup_failure');
    expect(run.jobs).toEqual([]);
    expect(run.errors).toEqual([
      "stingy.yml job 'call': Error calling workflow './.github/workflows/callee.yml'. The nested job 'work' is requesting 'contents: read', but is only allowed 'contents: none'.".replace(
        'stingy.yml',
        '.github/workflows/stingy.yml',
      ),
    ]);
  });

  it('reports a wrong needs reference and an unknown input as GitHub does, before the run starts', async () => {
    box.writeWorkflow(
      'typo.yml',
      `
name: typo
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-24.04
    steps: [{ run: echo a }]
  b:
    needs: aa
    runs-on: ubuntu-24.04
    steps: [{ run: echo b }]
  c:
    uses: ./.github/workflows/callee.yml
    with: { environment: x, enviroment: y }
    secrets: { key: k }
`,
    );
    const run = await box
      .runner()
      .run({ workflow: '.github/workflows/typo.yml', event: 'workflow_dispatch' });
    expect(run.conclusion).toBe('startup_failure');
    expect(run.errors.join('\n')).toMatch(/Job 'b' depends on unknown job 'aa'/);
    expect(run.errors.join('\n')).toMatch(/enviroment/);
  });
});
