import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { job, results, sandbox, type Sandbox } from './helpers.js';

let box: Sandbox;
beforeAll(async () => {
  box = await sandbox();
});
afterAll(() => box.close());

const DAG = `
name: dag
on: workflow_dispatch
permissions: {}
jobs:
  detect:
    runs-on: ubuntu-24.04
    outputs:
      targets: \${{ steps.list.outputs.targets }}
      greeting: \${{ steps.env.outputs.greeting }}
    steps:
      - id: list
        run: echo 'targets=["staging","production"]' >> "$GITHUB_OUTPUT"
      - run: echo "GREETING=hello from env" >> "$GITHUB_ENV"
      - id: env
        run: echo "greeting=$GREETING" >> "$GITHUB_OUTPUT"
      - run: echo "### detected" >> "$GITHUB_STEP_SUMMARY"
  plan:
    needs: detect
    strategy:
      matrix:
        environment: \${{ fromJSON(needs.detect.outputs.targets) }}
    runs-on: ubuntu-24.04
    outputs:
      planned: \${{ steps.plan.outputs.planned }}
    steps:
      - id: plan
        env:
          ENVIRONMENT: \${{ matrix.environment }}
        run: echo "planned=$ENVIRONMENT" >> "$GITHUB_OUTPUT"
  broken:
    needs: detect
    runs-on: ubuntu-24.04
    steps:
      - run: exit 3
      - name: never
        run: echo never
      - name: cleanup
        if: always()
        run: echo cleaning
  after-broken:
    needs: broken
    runs-on: ubuntu-24.04
    steps:
      - run: echo should be skipped
  on-failure:
    needs: after-broken
    if: failure()
    runs-on: ubuntu-24.04
    steps:
      - run: echo an ancestor failed
  report:
    needs: [plan, broken]
    if: \${{ !cancelled() }}
    runs-on: ubuntu-24.04
    steps:
      - env:
          PLAN: \${{ needs.plan.result }}
          BROKEN: \${{ needs.broken.result }}
        run: echo "plan=$PLAN broken=$BROKEN"
`;

describe('jobs as a DAG on needs', () => {
  it('passes outputs, expands a matrix from another job output and evaluates if: with status functions', async () => {
    box.writeWorkflow('dag.yml', DAG);
    const run = await box
      .runner()
      .run({ workflow: '.github/workflows/dag.yml', event: 'workflow_dispatch' });
    expect(results(run)).toEqual({
      detect: 'success',
      'plan (staging)': 'success',
      'plan (production)': 'success',
      broken: 'failure',
      'after-broken': 'skipped',
      'on-failure': 'success',
      report: 'success',
    });
    expect(run.conclusion).toBe('failure');
    expect(job(run, 'detect').outputs).toEqual({
      targets: '["staging","production"]',
      greeting: 'hello from env',
    });
    expect(job(run, 'detect').summary).toBe('### detected\n');
    expect(job(run, 'broken').steps.map((s) => [s.name, s.conclusion])).toEqual([
      ['Run exit 3', 'failure'],
      ['never', 'skipped'],
      ['cleanup', 'success'],
    ]);
    expect(job(run, 'report').steps[0]?.log).toContain('plan=success broken=failure');
  });

  it('lets a job with continue-on-error fail without failing its dependents or the run', async () => {
    box.writeWorkflow(
      'tolerant.yml',
      `
name: tolerant
on: workflow_dispatch
jobs:
  flaky:
    runs-on: ubuntu-24.04
    continue-on-error: true
    steps: [{ run: exit 1 }]
  after:
    needs: flaky
    runs-on: ubuntu-24.04
    steps: [{ run: echo ran }]
`,
    );
    const run = await box
      .runner()
      .run({ workflow: '.github/workflows/tolerant.yml', event: 'workflow_dispatch' });
    expect(results(run)).toEqual({ flaky: 'failure', after: 'success' });
    expect(run.conclusion).toBe('success');
  });
});
