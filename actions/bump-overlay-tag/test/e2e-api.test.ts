import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { runAction, TEST_GIT_ENV, type ActionRun } from '@infra-fleet/testkit';
import { ACTION_DIR, IMAGE, K8S_DIR, PRODUCTION, STAGING } from './helpers.js';

const WRITERS = 4;
const SHARED = 'k8s/overlays/shared';
let emulator: RunningEmulator;
let token: string;

function sharedOverlay(): string {
  const images = Array.from(
    { length: WRITERS },
    (_, index) =>
      `  - name: app-${index}\n    newName: registry.example/app-${index}\n    newTag: v1.0.0\n`,
  );
  return `resources: []\nimages:\n${images.join('')}`;
}

// Every test gets its own emulator and repository: one test's failure never changes another's.
beforeEach(async () => {
  emulator = await startEmulator({
    seed: {
      copy: [{ from: K8S_DIR, to: 'k8s' }],
      files: {
        [`${SHARED}/kustomization.yaml`]: sharedOverlay(),
        'k8s/overlays/broken/kustomization.yaml':
          'resources:\n  - missing.yaml\nimages:\n  - name: app\n    newTag: v1\n',
      },
    },
  });
  token = emulator.createToken('github-actions[bot]', {
    contents: 'write',
    pull_requests: 'write',
  });
});
afterEach(() => emulator?.close());

const git = (args: string[]) =>
  execFileSync('git', args, { cwd: emulator.gitDir, env: { ...process.env, ...TEST_GIT_ENV } })
    .toString()
    .trim();

/** The api method needs no checkout: the workspace is an empty folder. */
function bumpApi(inputs: Record<string, string>, apiToken = token): Promise<ActionRun> {
  return runAction({
    actionDir: ACTION_DIR,
    inputs,
    token: apiToken,
    env: { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: 'octo-org/infra-fleet' },
  });
}

describe('bump-overlay-tag, commit-method: api (emulator)', () => {
  it('lands a one-line commit through the Git Data API without a checkout', async () => {
    const before = git(['rev-parse', 'main']);
    const run = await bumpApi({ overlay: STAGING, image: IMAGE, tag: 'v1.2.3' });
    expect(run.exitCode).toBe(0);
    const tip = git(['rev-parse', 'main']);
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': tip });
    expect(git(['rev-parse', `${tip}^`])).toBe(before);
    const diff = git(['show', '--format=', '--unified=0', tip])
      .split('\n')
      .filter((l) => /^[-+][^-+]/.test(l));
    expect(diff).toEqual(['-    newTag: v1.0.0', '+    newTag: v1.2.3']);
    expect(git(['log', '-1', '--format=%B', tip])).toContain(
      `Image: ${IMAGE}=v1.2.3\nPrevious: ${IMAGE}=v1.0.0\n`,
    );
    for (const text of [run.stdout, run.stderr, run.summary]) {
      expect(text.replace(`::add-mask::${token}\n`, '')).not.toContain(token);
    }
  });

  it(`lands ${WRITERS} concurrent bumps of one overlay, linear and complete`, async () => {
    const base = git(['rev-parse', 'main']);
    // Every first update-ref waits until all writers sent theirs: all but one must lose and retry.
    const path = '/git/refs/heads/main$';
    await emulator.control.addBarrier({ method: 'PATCH', path, count: WRITERS });
    const runs = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        bumpApi({
          overlay: SHARED,
          image: `app-${index}`,
          tag: `v2.0.${index}`,
          validate: 'none',
          'max-attempts': '30',
        }),
      ),
    );
    for (const run of runs) expect(run.exitCode).toBe(0);
    expect(git(['rev-list', `${base}..main`]).split('\n')).toHaveLength(WRITERS);
    expect(git(['rev-list', '--merges', 'main'])).toBe('');
    const final = `${git(['show', `main:${SHARED}/kustomization.yaml`])}\n`;
    for (let index = 0; index < WRITERS; index += 1)
      expect(final).toContain(`newTag: v2.0.${index}\n`);
    expect((await emulator.control.barriers())[0]?.status).toBe('open');
    const retried = runs.filter((run) => Number(run.outputs.attempts) > 1);
    expect(retried).toHaveLength(WRITERS - 1);
  });

  it('recomputes after a racing ref update and keeps both changes', async () => {
    await emulator.control.race({ branch: 'main', files: { 'README.race.md': 'raced\n' } });
    const run = await bumpApi({ overlay: PRODUCTION, image: IMAGE, tag: 'v1.2.3' });
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs.attempts)).toBe(2);
    expect(git(['show', 'main:README.race.md'])).toBe('raced');
    expect(git(['show', `main:${PRODUCTION}/kustomization.yaml`])).toContain('newTag: v1.2.3');
  });

  it('refuses to land an overlay that does not render, and says why', async () => {
    const tip = git(['rev-parse', 'main']);
    const run = await bumpApi({ overlay: 'k8s/overlays/broken', image: 'app', tag: 'v2' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('missing.yaml');
    expect(git(['rev-parse', 'main'])).toBe(tip);
  });

  it('previews (dry-run, validated) with a read-only token, writing nothing to GitHub', async () => {
    const readOnly = emulator.createToken('github-actions[bot]', { contents: 'read' });
    await emulator.control.resetLog();
    const run = await bumpApi(
      { overlay: STAGING, image: IMAGE, tag: 'v1.2.3', mode: 'dry-run' },
      readOnly,
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': '', revision: '' });
    expect(run.outputs.diff).toContain('+    newTag: v1.2.3');
    const writes = (await emulator.control.requests()).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([]);
  });

  it('names the missing permission when the token cannot write contents', async () => {
    const readOnly = emulator.createToken('github-actions[bot]', { contents: 'read' });
    const tip = git(['rev-parse', 'main']);
    const run = await bumpApi({ overlay: STAGING, image: IMAGE, tag: 'v3.0.0' }, readOnly);
    expect(run.exitCode).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toMatch(/Hint: the token needs contents: write/);
    expect(git(['rev-parse', 'main'])).toBe(tip);
  });
});

describe('bump-overlay-tag, mode: pull-request (emulator)', () => {
  it('opens one pull request and updates it in place on re-runs', async () => {
    const first = await bumpApi({
      overlay: PRODUCTION,
      image: IMAGE,
      tag: 'v4.0.0',
      mode: 'pull-request',
    });
    expect(first.exitCode).toBe(0);
    const number = first.outputs['pull-request-number'];
    expect(number).toMatch(/^\d+$/);
    expect(first.outputs['pull-request-url']).toContain(`/pull/${number}`);
    const branch = 'bump-overlay-tag/k8s-overlays-production/ecr_placeholder';
    expect(git(['show', `${branch}:${PRODUCTION}/kustomization.yaml`])).toContain('newTag: v4.0.0');
    expect(git(['show', `main:${PRODUCTION}/kustomization.yaml`])).not.toContain('v4.0.0');

    const again = await bumpApi({
      overlay: PRODUCTION,
      image: IMAGE,
      tag: 'v4.0.0',
      mode: 'pull-request',
    });
    expect(again.outputs['pull-request-number']).toBe(number);
    expect(again.outputs['commit-sha']).toBe(first.outputs['commit-sha']);

    const newer = await bumpApi({
      overlay: PRODUCTION,
      image: IMAGE,
      tag: 'v4.1.0',
      mode: 'pull-request',
    });
    expect(newer.outputs['pull-request-number']).toBe(number);
    expect(git(['show', `${branch}:${PRODUCTION}/kustomization.yaml`])).toContain('newTag: v4.1.0');
    const response = await fetch(`${emulator.url}/repos/octo-org/infra-fleet/pulls?state=all`, {
      headers: { authorization: `token ${token}` },
    });
    const pulls = (await response.json()) as Array<{ number: number; title: string }>;
    expect(pulls).toHaveLength(1);
    expect(pulls[0]?.title).toBe('deploy(production): ECR_PLACEHOLDER v4.1.0');
  });

  it('refuses pull-request mode with the git method before doing anything', async () => {
    const run = await bumpApi({
      overlay: PRODUCTION,
      image: IMAGE,
      tag: 'v5.0.0',
      mode: 'pull-request',
      'commit-method': 'git',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("Input 'commit-method': must be api with mode: pull-request");
  });
});
