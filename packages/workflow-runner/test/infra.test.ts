import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pullRequestEvent, pushEvent, runGit } from '@infra-fleet/testkit';
import { terragruntStandIns, type TerragruntStandIns } from '../src/index.js';
import { job, logs, results } from './helpers.js';
import { startFleet, type Fleet } from './fleet.js';
import { workflowsCopy, type Source } from './known-issues.js';

let fleet: Fleet;
let source: Source;
let tools: TerragruntStandIns;
const scratch = mkdtempSync(join(tmpdir(), 'infra-pr-'));

beforeAll(async () => {
  fleet = await startFleet();
  source = workflowsCopy();
  tools = await terragruntStandIns();
});
afterAll(async () => {
  await tools.close();
  source.close();
  rmSync(scratch, { recursive: true, force: true });
  await fleet.close();
});

/** A pull request that lets staging's node group grow, as scripts/demo-infra.ts opens it. */
async function openPullRequest() {
  const checkout = join(scratch, 'checkout');
  runGit(['clone', '--quiet', fleet.emulator.gitDir, checkout], scratch);
  const base = runGit(['rev-parse', 'HEAD'], checkout);
  const file = join(checkout, 'infrastructure/environments/staging/env.hcl');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('node_max_size       = 4', 'node_max_size       = 6'),
  );
  runGit(['switch', '--quiet', '-c', 'staging-nodes'], checkout);
  runGit(
    [
      '-c',
      'user.name=dev',
      '-c',
      'user.email=dev@example.com',
      'commit',
      '--quiet',
      '-am',
      'staging: allow 6 nodes',
    ],
    checkout,
  );
  runGit(['push', '--quiet', 'origin', 'staging-nodes'], checkout);
  const head = runGit(['rev-parse', 'HEAD'], checkout);
  const response = await fetch(`${fleet.emulator.url}/repos/octo-org/infra-fleet/pulls`, {
    method: 'POST',
    headers: {
      authorization: `token ${fleet.emulator.adminToken}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ title: 'staging: allow 6 nodes', head: 'staging-nodes', base: 'main' }),
  });
  const number = ((await response.json()) as { number: number }).number;
  const event = pullRequestEvent({
    number,
    baseSha: base,
    headSha: head,
    headRef: 'staging-nodes',
    sender: 'alice',
  });
  const pull = event.payload.pull_request as { head: Record<string, unknown> };
  pull.head.repo = { full_name: 'octo-org/infra-fleet' }; // not a fork
  return { number, payload: event.payload };
}

describe('infra-plan.yml on a pull request, through infra.yml', () => {
  it('plans the affected environment in its -plan environment and comments on the pull request', async () => {
    const pr = await openPullRequest();
    const runner = fleet.runner(source.root, {
      actionInputs: tools.actionInputs,
      node: tools.node,
      env: tools.env,
    });
    const run = await runner.run({
      workflow: '.github/workflows/infra-plan.yml',
      event: 'pull_request',
      payload: pr.payload,
    });
    expect({
      conclusion: run.conclusion,
      log: run.conclusion === 'success' ? '' : logs(run),
    }).toEqual({ conclusion: 'success', log: '' });
    expect(results(run)).toEqual({
      'plan / detect': 'success',
      'plan / plan (staging)': 'success',
      'plan / apply': 'skipped',
      plan: 'success',
    });
    expect(job(run, 'plan / detect').outputs.targets).toBe('["staging"]');
    const plan = job(run, 'plan / plan (staging)');
    expect(plan).toMatchObject({
      environment: 'staging-plan',
      concurrency: `infra-plan-staging-refs/pull/${pr.number}/merge`,
      permissions: 'contents: read, id-token: write, pull-requests: write',
      outputs: { 'has-changes': 'true' },
    });
    const comments = await fetch(
      `${fleet.emulator.url}/repos/octo-org/infra-fleet/issues/${pr.number}/comments`,
      { headers: { authorization: `token ${fleet.emulator.adminToken}` } },
    );
    const bodies = ((await comments.json()) as Array<{ body: string }>).map((c) => c.body);
    expect(bodies.filter((b) => b.includes('infra-fleet:terragrunt-run:staging'))).toHaveLength(1);
  });

  it('runs a push to main through infra-apply.yml: plan, the reviewed manifest as an artifact, apply', async () => {
    const checkout = join(scratch, 'checkout');
    runGit(['switch', '--quiet', '-C', 'main', 'origin/main'], checkout);
    runGit(['merge', '--quiet', '--ff-only', 'staging-nodes'], checkout);
    const before = runGit(['rev-parse', 'origin/main'], checkout);
    runGit(['push', '--quiet', 'origin', 'main'], checkout);
    const after = runGit(['rev-parse', 'HEAD'], checkout);
    const event = pushEvent({ before, after, sender: 'alice' });
    const runner = fleet.runner(source.root, {
      actionInputs: tools.actionInputs,
      node: tools.node,
      env: tools.env,
    });
    const run = await runner.run({
      workflow: '.github/workflows/infra-apply.yml',
      event: 'push',
      payload: event.payload,
    });
    expect(results(run)).toEqual({
      'staging / detect': 'success',
      'staging / plan (staging)': 'success',
      'staging / apply': 'failure',
      staging: 'failure',
      production: 'skipped',
    });
    const plan = job(run, 'staging / plan (staging)');
    expect(plan).toMatchObject({
      environment: 'staging-plan',
      concurrency: 'infra-staging',
      outputs: { 'has-changes': 'true' },
    });
    expect(plan.steps.find((s) => s.name === 'Keep the reviewed manifest for apply')).toMatchObject(
      { conclusion: 'success', standIn: 'actions/upload-artifact' },
    );
    const apply = job(run, 'staging / apply');
    expect(apply).toMatchObject({ environment: 'staging', concurrency: 'infra-staging' });
    expect(apply.steps.map((s) => [s.name, s.conclusion])).toEqual([
      ['Run actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', 'success'],
      ["Check out infra-fleet at this workflow's commit", 'success'],
      ['Await approval', 'skipped'],
      ['Fetch the reviewed manifest', 'success'],
      ['AWS credentials (OIDC)', 'skipped'],
      ['Apply', 'failure'],
    ]);
    // The recorded stand-in plans create a whole environment: terragrunt-run refuses to apply
    // plans made on outputs their dependencies are about to change, as it should.
    expect(
      apply.steps
        .at(-1)
        ?.annotations.map((a) => a.message)
        .join('\n'),
    ).toMatch(
      /^Refusing to apply: these saved plans were made with outputs their dependencies are about to change/m,
    );
  });
});
