import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runGit } from '@infra-fleet/testkit';
import {
  CONTEXT,
  FLUX,
  commitLocally,
  details,
  errors,
  fluxSuccess,
  logText,
  newBranch,
  polled,
  postStatus,
  promote,
  push,
  runAwait,
  startFixture,
  statusReads,
  type Fixture,
} from './helpers.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture?.close());

describe('await-commit-status (bundled) against the emulator', () => {
  it('verifies when Flux reports success on the commit, polling with conditional requests meanwhile', async () => {
    newBranch(fixture, 'verified');
    const sha = promote(fixture, 'verified', 'v1.1.0');
    const running = runAwait(fixture, { sha, branch: 'verified' });
    await polled(fixture, sha, 2);
    await postStatus(fixture, sha, fixture.fluxToken, {
      state: 'pending',
      description: 'progressing',
    });
    await polled(fixture, sha, 4);
    await postStatus(fixture, sha, fixture.fluxToken, fluxSuccess);
    const run = await running;

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'verified', 'verified-sha': sha });
    expect(details(run)).toEqual([
      {
        context: CONTEXT,
        verdict: 'verified',
        state: 'success',
        description: 'reconciliation succeeded',
        sha,
        creator: FLUX,
        'target-url': 'https://flux.example/staging/load-harness',
      },
    ]);
    expect(Number(run.outputs['waited-seconds'])).toBeGreaterThanOrEqual(2);
    const reads = await statusReads(fixture, sha);
    expect(reads[0]).toBe(200);
    expect(reads[1]).toBe(304);
    expect(reads.at(-1)).toBe(200);
    expect(run.summary).toContain('Flux commit status for staging: verified');
    expect(run.summary).toContain(
      '| `flux/staging/kustomization/load-harness` | verified | success |',
    );
    expect(run.summary).toContain('[link](https://flux.example/staging/load-harness)');
    expect(run.summary).toMatch(/answered 304/);
  });

  it('fails the step when Flux reports a failure, and still writes the outputs', async () => {
    newBranch(fixture, 'failed');
    const sha = promote(fixture, 'failed', 'v1.2.0');
    await postStatus(fixture, sha, fixture.fluxToken, {
      state: 'failure',
      description: 'health check failed',
    });
    const run = await runAwait(fixture, { sha, branch: 'failed' });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'failed', 'verified-sha': '' });
    expect(details(run)[0]).toMatchObject({
      verdict: 'failed',
      description: 'health check failed',
    });
    expect(errors(run).join('\n')).toContain(
      `Flux did not verify ${sha.slice(0, 7)} in staging: failed. Flux reported a failure for ${CONTEXT}.`,
    );
  });

  it('times out when no status arrives', async () => {
    newBranch(fixture, 'timeout');
    const sha = promote(fixture, 'timeout', 'v1.3.0');
    const run = await runAwait(fixture, { sha, branch: 'timeout', 'timeout-seconds': '3' });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'timeout', 'verified-sha': '' });
    expect(Number(run.outputs['waited-seconds'])).toBeGreaterThanOrEqual(3);
    expect(details(run)).toEqual([
      {
        context: CONTEXT,
        verdict: 'waiting',
        state: null,
        description: null,
        sha: null,
        creator: null,
        'target-url': null,
      },
    ]);
    expect(errors(run).join('\n')).toContain('timeout. No decision within 3 s.');
  });

  it('is superseded when another promotion changed the overlay and Flux reported on that', async () => {
    newBranch(fixture, 'superseded');
    const sha = promote(fixture, 'superseded', 'v1.4.0');
    const next = promote(fixture, 'superseded', 'v1.5.0');
    await postStatus(fixture, next, fixture.fluxToken, fluxSuccess);
    const run = await runAwait(fixture, { sha, branch: 'superseded' });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'superseded', 'verified-sha': '' });
    expect(details(run)[0]).toMatchObject({ verdict: 'superseded', sha: next });
    expect(errors(run).join('\n')).toContain(`Flux moved on to ${next.slice(0, 7)}`);
  });

  it('is diverged when the branch is force-pushed away from the commit', async () => {
    newBranch(fixture, 'diverged');
    const sha = promote(fixture, 'diverged', 'v1.6.0');
    const running = runAwait(fixture, { sha, branch: 'diverged' });
    await polled(fixture, sha, 1);
    runGit(['reset', '--quiet', '--hard', `${sha}~1`], fixture.work);
    const other = commitLocally(fixture, { 'README.md': '# elsewhere\n' }, 'another line');
    push(fixture, 'diverged', { force: true });
    const run = await running;

    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('diverged');
    expect(errors(run).join('\n')).toContain(
      `diverged (at ${other.slice(0, 7)}) has diverged from ${sha.slice(0, 7)}: the branch no longer contains ${sha.slice(0, 7)}`,
    );
  });

  it('ignores a status from another account with the right context: alone it never verifies', async () => {
    newBranch(fixture, 'forged');
    const sha = promote(fixture, 'forged', 'v1.7.0');
    await postStatus(fixture, sha, fixture.malloryToken, fluxSuccess);
    const run = await runAwait(fixture, { sha, branch: 'forged', 'timeout-seconds': '2' });

    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('timeout');
    expect(logText(run)).toContain(
      `Not counted: ${CONTEXT} success on ${sha.slice(0, 7)}, posted by mallory, not by expected-creator ${FLUX}.`,
    );
    expect(run.summary).toContain('Statuses not counted (1)');
    expect(run.summary).toContain('`mallory`');
  });

  it('keeps waiting past a forged status until Flux itself reports', async () => {
    newBranch(fixture, 'forged-then-flux');
    const sha = promote(fixture, 'forged-then-flux', 'v1.8.0');
    await postStatus(fixture, sha, fixture.malloryToken, fluxSuccess);
    let settled = false;
    const running = runAwait(fixture, { sha, branch: 'forged-then-flux' }).finally(() => {
      settled = true;
    });
    await polled(fixture, sha, 2);
    expect(settled).toBe(false);
    await postStatus(fixture, sha, fixture.fluxToken, fluxSuccess);
    const run = await running;

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'verified', 'verified-sha': sha });
    expect(details(run)[0]?.creator).toBe(FLUX);
    expect(logText(run)).toContain('posted by mallory, not by expected-creator');
  });

  it('verifies through a batched descendant that left the overlay alone', async () => {
    newBranch(fixture, 'batched');
    const sha = commitLocally(
      fixture,
      { 'k8s/overlays/staging/kustomization.yaml': 'images: [v1.9.0]\n' },
      'staging: v1.9.0',
    );
    const descendant = commitLocally(fixture, { 'docs/notes.md': 'notes\n' }, 'docs');
    push(fixture, 'batched');
    await postStatus(fixture, descendant, fixture.fluxToken, fluxSuccess);
    const run = await runAwait(fixture, { sha, branch: 'batched' });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'verified', 'verified-sha': descendant });
    expect(details(run)[0]).toMatchObject({ verdict: 'verified', sha: descendant });
    expect(run.summary).toContain('a later commit; nothing under `k8s/overlays/staging/` changed');
  });
});

describe('await-commit-status (bundled): input, secrets and cancellation', () => {
  it('refuses a short sha before any request, naming the value, and writes no outputs', async () => {
    const before = (await fixture.emulator.control.requests()).length;
    const run = await runAwait(fixture, { sha: 'abc1234' });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({});
    expect(errors(run).join('\n')).toContain(
      `Input 'sha': "abc1234" is not a full 40-hex commit sha.`,
    );
    expect((await fixture.emulator.control.requests()).length).toBe(before);
  });

  it('fails clearly for a commit the repository does not have', async () => {
    const run = await runAwait(fixture, { sha: 'f'.repeat(40) });
    expect(run.exitCode).toBe(1);
    expect(errors(run).join('\n')).toContain(`Commit ${'f'.repeat(40)} does not exist`);
  });

  it('masks the token and never prints it', async () => {
    newBranch(fixture, 'masked');
    const sha = promote(fixture, 'masked', 'v2.0.0');
    await postStatus(fixture, sha, fixture.fluxToken, fluxSuccess);
    const run = await runAwait(fixture, { sha, branch: 'masked' });

    expect(run.exitCode).toBe(0);
    expect(run.masked).toContain(fixture.token);
    const printed = logText(run).replaceAll(`::add-mask::${fixture.token}`, '');
    expect(printed).not.toContain(fixture.token);
    expect(run.summary).not.toContain(fixture.token);
  });

  it('stops on SIGTERM between polls, writing no outputs', async () => {
    newBranch(fixture, 'cancelled');
    const sha = promote(fixture, 'cancelled', 'v2.1.0');
    const run = await runAwait(
      fixture,
      { sha, branch: 'cancelled' },
      {
        signalWhen: {
          signal: 'SIGTERM',
          when: async () => (await statusReads(fixture, sha)).length >= 1,
        },
      },
    );

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({});
    expect(logText(run)).toContain('Received SIGTERM: stopping the wait.');
    expect(errors(run).join('\n')).toContain('cancelled. The job was cancelled before a decision.');
    expect(run.summary).toContain('Flux commit status for staging: cancelled');
  });
});
