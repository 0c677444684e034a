import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runGit } from '@infra-fleet/testkit';
import { job, logs, results } from './helpers.js';
import { startFleet, type Fleet } from './fleet.js';
import { workflowsCopy, type Source } from './known-issues.js';

let fleet: Fleet;
let source: Source;
beforeAll(async () => {
  fleet = await startFleet();
  source = workflowsCopy();
});
afterAll(async () => {
  source.close();
  await fleet.close();
});

describe('release.yml, run from the workflow file', () => {
  it('promotes a release to staging, waits for the production review, promotes what staging verified', async () => {
    const run = await fleet.release('v1.2.3', { source: source.root });
    expect({
      conclusion: run.conclusion,
      errors: run.errors,
      log: run.conclusion === 'success' ? '' : logs(run),
    }).toEqual({ conclusion: 'success', errors: [], log: '' });
    expect(results(run)).toMatchObject({
      'staging / approve': 'skipped',
      'staging / promote': 'success',
      'production / approve': 'success',
      'production / promote': 'success',
    });
    const staging = job(run, 'staging');
    const production = job(run, 'production');
    expect(staging.outputs['verified-sha']).toMatch(/^[0-9a-f]{40}$/);
    expect(production.inputs).toMatchObject({
      'promote-from-environment': 'staging',
      'promote-from-ref': staging.outputs['verified-sha'],
      'require-approval': true,
    });
    expect(fleet.reviews).toEqual(['production']);
    // The promote job's own permissions, not the caller's union (issues, actions, …).
    expect(job(run, 'staging / promote').permissions).toMatch(
      /^contents: write, (deployments: write, )?statuses: read$/,
    );
    const message = runGit(['log', '-1', '--format=%B', 'main'], fleet.emulator.gitDir);
    expect(message).toContain('Promoted-From: staging@');
    // After each stage, what runs where; the step may fail without failing the stage, so its
    // summary is the proof it ran.
    expect(job(run, 'staging / status').summary).toMatch(
      /\| `staging` \| `v1\.2\.3` \| ✅ verified \|/,
    );
    expect(job(run, 'production / status').summary).toMatch(
      /\| `production` \| `v1\.2\.3` \| ✅ verified \| .*\| maria/,
    );
  });

  it('rolls production back through rollback.yml: the same approval, the reason on the commit', async () => {
    const run = await fleet.runner(source.root).run({
      workflow: '.github/workflows/rollback.yml',
      event: 'workflow_dispatch',
      actor: 'alice',
      inputs: {
        environment: 'production',
        app: 'load-harness',
        version: 'v1.2.2',
        reason: 'v1.2.3 leaks memory',
      },
    });
    expect({
      conclusion: run.conclusion,
      log: run.conclusion === 'success' ? '' : logs(run),
    }).toEqual({ conclusion: 'success', log: '' });
    expect(job(run, 'rollback').inputs).toMatchObject({
      'allow-downgrade': true,
      'require-approval': true,
      reason: 'v1.2.3 leaks memory',
    });
    expect(fleet.reviews).toEqual(['production', 'production']);
    const message = runGit(['log', '-1', '--format=%B', 'main'], fleet.emulator.gitDir);
    expect(message).toContain('Reason: v1.2.3 leaks memory');
  });

  it("skips a rollback dispatched from another branch (if: github.ref == 'refs/heads/main')", async () => {
    const run = await fleet.runner(source.root).run({
      workflow: '.github/workflows/rollback.yml',
      event: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: runGit(['rev-parse', 'main'], fleet.emulator.gitDir),
      actor: 'alice',
      inputs: { environment: 'staging', app: 'load-harness', version: 'v1.2.2', reason: 'again' },
    });
    expect(run.conclusion).toBe('success');
    runGit(['branch', 'feature', 'main'], fleet.emulator.gitDir);
    const elsewhere = await fleet.runner(source.root).run({
      workflow: '.github/workflows/rollback.yml',
      event: 'workflow_dispatch',
      ref: 'refs/heads/feature',
      actor: 'alice',
      inputs: { environment: 'staging', app: 'load-harness', version: 'v1.2.2', reason: 'x' },
    });
    expect(results(elsewhere)).toEqual({ rollback: 'skipped' });
  });
});
