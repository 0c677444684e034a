import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { waitFor } from '@infra-fleet/testkit';
import { job, results, sandbox, type Sandbox } from './helpers.js';
import type { WorkflowRunner } from '../src/index.js';

let box: Sandbox;
let runner: WorkflowRunner;
const barriers = mkdtempSync(join(tmpdir(), 'barriers-'));

/** A job in `group` that holds it until the file named by input `barrier` exists. */
const deploy = (queue: string) => `
name: deploy
on:
  workflow_dispatch:
    inputs:
      barrier: { type: string, required: true }
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-24.04
    concurrency:
      group: deploy-production
      cancel-in-progress: false
${queue}
    steps:
      - env:
          BARRIER: \${{ inputs.barrier }}
        run: |
          touch "$BARRIER.started"
          while [[ ! -e $BARRIER ]]; do sleep 0.02; done
`;

beforeAll(async () => {
  box = await sandbox();
  box.writeWorkflow('single.yml', deploy(''));
  box.writeWorkflow('queued.yml', deploy('      queue: max'));
  runner = box.runner();
});
afterAll(async () => {
  await box.close();
  rmSync(barriers, { recursive: true, force: true });
});

const start = (workflow: string, name: string) =>
  runner.run({
    workflow: `.github/workflows/${workflow}`,
    event: 'workflow_dispatch',
    inputs: { barrier: join(barriers, name) },
  });
const pending = (count: number) => () =>
  box.events.filter((e) => e.type === 'job-pending').length >= count;
const started = (name: string) => () => existsSync(join(barriers, `${name}.started`));
const open = (name: string) => writeFileSync(join(barriers, name), '');

describe('concurrency groups across runs', () => {
  it("keeps GitHub's default of one pending job: the newer pending one cancels the older", async () => {
    box.events.length = 0;
    const first = start('single.yml', 's1');
    await waitFor(started('s1'), { what: 'the first deploy to hold the group' });
    const second = start('single.yml', 's2');
    await waitFor(pending(1), { what: 'the second deploy to wait' });
    const third = start('single.yml', 's3');
    const replaced = await second;
    expect(job(replaced, 'deploy')).toMatchObject({
      result: 'cancelled',
      annotations: [
        {
          message:
            "Canceling since a higher priority waiting request for 'deploy-production' exists",
        },
      ],
    });
    open('s1');
    await waitFor(started('s3'), { what: 'the third deploy to start' });
    open('s3');
    expect([(await first).conclusion, replaced.conclusion, (await third).conclusion]).toEqual([
      'success',
      'failure',
      'success',
    ]);
  });

  it('with queue: max, every pending job waits its turn, in order', async () => {
    box.events.length = 0;
    const runs = [start('queued.yml', 'q1')];
    await waitFor(started('q1'), { what: 'the first deploy to hold the group' });
    for (const [index, name] of ['q2', 'q3', 'q4'].entries()) {
      runs.push(start('queued.yml', name));
      await waitFor(pending(index + 1), { what: `${name} to wait` });
    }
    for (const name of ['q1', 'q2', 'q3']) {
      open(name);
      const next = `q${Number(name.slice(1)) + 1}`;
      await waitFor(started(next), { what: `${next} to start after ${name}` });
    }
    open('q4');
    expect((await Promise.all(runs)).map((r) => r.conclusion)).toEqual([
      'success',
      'success',
      'success',
      'success',
    ]);
  });

  it('cancels a run whose called workflow asks for a group the caller holds (a deadlock)', async () => {
    box.writeWorkflow(
      'inner.yml',
      `
name: inner
on: workflow_call
jobs:
  work:
    runs-on: ubuntu-24.04
    concurrency: { group: "shared-\${{ github.ref }}" }
    steps: [{ run: echo never }]
`,
    );
    box.writeWorkflow(
      'outer.yml',
      `
name: outer
on: workflow_dispatch
concurrency: { group: "SHARED-\${{ github.ref }}", cancel-in-progress: false }
jobs:
  call:
    uses: ./.github/workflows/inner.yml
`,
    );
    const run = await runner.run({
      workflow: '.github/workflows/outer.yml',
      event: 'workflow_dispatch',
    });
    expect(run.conclusion).toBe('cancelled');
    expect(run.errors).toEqual([
      "Canceling since a deadlock was detected for concurrency group: 'shared-refs/heads/main' between a top level workflow and 'call / work'",
    ]);
    expect(results(run)).toEqual({ 'call / work': 'cancelled', call: 'cancelled' });
  });

  it('stops a job at its timeout-minutes and a step at its own', async () => {
    box.writeWorkflow(
      'slow.yml',
      `
name: slow
on: workflow_dispatch
jobs:
  step-timeout:
    runs-on: ubuntu-24.04
    steps:
      - run: sleep 600
        timeout-minutes: 0.005
      - if: always()
        run: echo after
  job-timeout:
    runs-on: ubuntu-24.04
    timeout-minutes: 0.005
    steps:
      - run: sleep 600
`,
    );
    const run = await runner.run({
      workflow: '.github/workflows/slow.yml',
      event: 'workflow_dispatch',
    });
    const step = job(run, 'step-timeout');
    expect(step.steps.map((s) => s.conclusion)).toEqual(['failure', 'success']);
    expect(step.steps[0]?.annotations).toEqual([
      { level: 'error', message: "The action 'Run sleep 600' has timed out after 0.005 minutes." },
    ]);
    expect(job(run, 'job-timeout')).toMatchObject({
      result: 'failure',
      annotations: [
        { message: 'The job has exceeded the maximum execution time of 0.005 minutes.' },
      ],
    });
  });
});
