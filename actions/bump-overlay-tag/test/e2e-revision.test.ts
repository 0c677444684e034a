import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { runAction, TEST_GIT_ENV, type ActionRun, type TestRepo } from '@infra-fleet/testkit';
import {
  ACTION_DIR,
  IMAGE,
  K8S_DIR,
  PRODUCTION,
  STAGING,
  bump,
  k8sRepo,
  originTip,
} from './helpers.js';

let emulator: RunningEmulator;
let token: string;
let repo: TestRepo;

beforeAll(async () => {
  emulator = await startEmulator({ seed: { copy: [{ from: K8S_DIR, to: 'k8s' }] } });
  token = emulator.createToken('github-actions[bot]', {
    contents: 'write',
    pull_requests: 'write',
  });
  repo = k8sRepo();
});

afterAll(async () => {
  await emulator?.close();
  repo?.cleanup();
});

const emulatorTip = (branch = 'main') =>
  execFileSync('git', ['rev-parse', branch], {
    cwd: emulator.gitDir,
    env: { ...process.env, ...TEST_GIT_ENV },
  })
    .toString()
    .trim();

function bumpApi(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    actionDir: ACTION_DIR,
    inputs,
    token,
    env: { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: 'octo-org/infra-fleet' },
  });
}

const methods: Array<
  [string, (inputs: Record<string, string>) => Promise<ActionRun>, () => string]
> = [
  ['api', bumpApi, () => emulatorTip()],
  ['git', (inputs) => bump(repo.clone(), inputs), () => originTip(repo)],
];

describe.each(methods)('revision output, commit-method: %s', (_method, run, tip) => {
  it('is the new commit when one lands, the same as commit-sha', async () => {
    const landed = await run({ overlay: STAGING, image: IMAGE, tag: 'v3.1.0' });
    expect(landed.exitCode).toBe(0);
    expect(landed.outputs).toMatchObject({ changed: 'true', 'commit-sha': tip(), revision: tip() });
  });

  it('is the branch tip when the overlay already holds the values', async () => {
    const before = tip();
    const again = await run({ overlay: STAGING, image: IMAGE, tag: 'v3.1.0' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ changed: 'false', 'commit-sha': '', revision: before });
    expect(tip()).toBe(before);
  });

  it('is empty in dry-run', async () => {
    const preview = await run({ overlay: STAGING, image: IMAGE, tag: 'v3.2.0', mode: 'dry-run' });
    expect(preview.exitCode).toBe(0);
    expect(preview.outputs).toMatchObject({ changed: 'true', revision: '' });
  });
});

describe('revision output, mode: pull-request', () => {
  it('is the pull request head commit, or the base tip when nothing would change', async () => {
    const proposed = await bumpApi({
      overlay: PRODUCTION,
      image: IMAGE,
      tag: 'v9.0.0',
      mode: 'pull-request',
    });
    expect(proposed.exitCode).toBe(0);
    const head = emulatorTip('bump-overlay-tag/k8s-overlays-production/ecr_placeholder');
    expect(proposed.outputs).toMatchObject({ 'commit-sha': head, revision: head });

    const unchanged = await bumpApi({
      overlay: PRODUCTION,
      image: IMAGE,
      tag: 'v1.0.0',
      mode: 'pull-request',
    });
    expect(unchanged.exitCode).toBe(0);
    expect(unchanged.outputs).toMatchObject({ changed: 'false', revision: emulatorTip() });
  });
});
