import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { runAction, TEST_GIT_ENV, type ActionRun } from '@infra-fleet/testkit';
import { ACTION_DIR, IMAGE, K8S_DIR, STAGING } from './helpers.js';

/**
 * The network loses answers (SECURITY.md): the ref update applied, but the step never heard
 * so. It must neither hang nor report "unchanged" for a commit it landed itself.
 */
let emulator: RunningEmulator;
let token: string;

beforeEach(async () => {
  emulator = await startEmulator({ seed: { copy: [{ from: K8S_DIR, to: 'k8s' }] } });
  token = emulator.createToken('github-actions[bot]', { contents: 'write' });
});
afterEach(() => emulator?.close());

const git = (args: string[]) =>
  execFileSync('git', args, { cwd: emulator.gitDir, env: { ...process.env, ...TEST_GIT_ENV } })
    .toString()
    .trim();

function bumpApi(): Promise<ActionRun> {
  return runAction({
    actionDir: ACTION_DIR,
    inputs: { overlay: STAGING, image: IMAGE, tag: 'v1.2.3', validate: 'none' },
    token,
    env: { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: 'octo-org/infra-fleet' },
    timeoutMs: 150_000,
  });
}

const refUpdates = async () =>
  (await emulator.control.requests()).filter((entry) => entry.operationId === 'git/update-ref');

describe('bump-overlay-tag (api method) when the answer to its ref update is lost', () => {
  it('reports its own commit as landed when another writer built on it before the retry', async () => {
    const path = '/git/refs/heads/main$';
    await emulator.control.addFault({ method: 'PATCH', path, kind: 'drop-after-apply' });
    await emulator.control.race({ branch: 'main', skip: 1, files: { 'raced.txt': 'raced\n' } });

    const run = await bumpApi();

    expect(run.exitCode).toBe(0);
    const ours = git(['rev-parse', 'main^']);
    expect(git(['show', 'main:raced.txt'])).toBe('raced');
    expect(git(['show', `${ours}:${STAGING}/kustomization.yaml`])).toContain('newTag: v1.2.3');
    expect(run.outputs).toMatchObject({
      changed: 'true',
      'commit-sha': ours,
      revision: ours,
      attempts: '1',
    });
    expect((await refUpdates()).map((entry) => entry.status)).toEqual([200, 422]);
  });

  it('gives up on an update that never answers after the request timeout, then lands', async () => {
    const path = '/git/refs/heads/main$';
    await emulator.control.addFault({ method: 'PATCH', path, kind: 'hang-after-apply' });

    const run = await bumpApi();

    expect({ exit: run.exitCode, timedOut: run.timedOut }).toEqual({ exit: 0, timedOut: false });
    const tip = git(['rev-parse', 'main']);
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': tip, attempts: '1' });
    expect(git(['show', `main:${STAGING}/kustomization.yaml`])).toContain('newTag: v1.2.3');
    expect(await refUpdates()).toHaveLength(2);
  });
});
