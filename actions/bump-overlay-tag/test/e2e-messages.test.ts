import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  commitBody,
  k8sRepo,
  originTip,
} from './helpers.js';

const DIGEST = `sha256:${'b'.repeat(64)}`;
let emulator: RunningEmulator;
let token: string;
let repo: TestRepo;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: {
      copy: [{ from: K8S_DIR, to: 'k8s' }],
      files: {
        'k8s/overlays/broken/kustomization.yaml':
          'resources:\n  - missing.yaml\nimages:\n  - name: app\n    newTag: v1\n',
      },
    },
  });
  token = emulator.createToken('github-actions[bot]', { contents: 'write' });
  repo = k8sRepo();
});

afterAll(async () => {
  await emulator?.close();
  repo?.cleanup();
});

const git = (args: string[]) =>
  execFileSync('git', args, { cwd: emulator.gitDir, env: { ...process.env, ...TEST_GIT_ENV } })
    .toString()
    .trim();

function bumpApi(inputs: Record<string, string>, apiToken = token): Promise<ActionRun> {
  return runAction({
    actionDir: ACTION_DIR,
    inputs,
    token: apiToken,
    env: { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: 'octo-org/infra-fleet' },
  });
}

/** The step's failure as the runner shows it: the message, then `Hint: ...`. */
function failure(run: ActionRun): string {
  expect(run.exitCode).toBe(1);
  return run.annotations
    .filter((annotation) => annotation.command === 'error')
    .map((annotation) => annotation.message)
    .join('\n');
}

describe('commit-method: git without a checkout', () => {
  it('says the repository-path is not a git checkout and how to fix it', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'bump-no-checkout-'));
    try {
      const run = await bump(workspace, { overlay: STAGING, image: IMAGE, tag: 'v1.2.3' });
      expect(failure(run)).toBe(
        `repository-path ${JSON.stringify(workspace)} is not a git checkout: no git repository there or in a parent folder.\n` +
          'Hint: commit-method: git commits from a checkout of the repository: add actions/checkout (with persist-credentials: false) before this step, or use commit-method: api, which needs no checkout.',
      );
      const missing = await bump(workspace, {
        overlay: STAGING,
        image: IMAGE,
        tag: 'v1.2.3',
        'repository-path': 'infra',
      });
      expect(failure(missing)).toContain(
        `repository-path ${JSON.stringify(join(workspace, 'infra'))} is not a git checkout: the folder does not exist.`,
      );
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});

describe('promote-from-ref that matches nothing', () => {
  const promotion = { overlay: PRODUCTION, 'promote-from': STAGING, image: IMAGE };

  it('api: says no commit, branch or tag matches, and that short shas need the full sha', async () => {
    const run = await bumpApi({ ...promotion, 'promote-from-ref': 'deadbeef' });
    expect(failure(run)).toBe(
      'promote-from-ref "deadbeef": no commit, branch or tag matches it in octo-org/infra-fleet.\n' +
        'Hint: Pass the commit the previous stage verified (its verified-sha output), or an existing branch or tag. An abbreviated sha is not resolved through the API: pass the full 40-character sha.',
    );
    const unknown = await bumpApi({ ...promotion, 'promote-from-ref': 'f'.repeat(40) });
    expect(failure(unknown)).toContain(`promote-from-ref "${'f'.repeat(40)}": no commit, branch`);
  });

  it('git: says the same, naming where it looked', async () => {
    const run = await bump(repo.clone(), { ...promotion, 'promote-from-ref': 'deadbeef' });
    expect(failure(run)).toBe(
      'promote-from-ref "deadbeef": no commit, branch or tag matches it in the checkout or on remote "origin".\n' +
        'Hint: Pass the commit the previous stage verified (its verified-sha output), or an existing branch or tag.',
    );
  });

  it('api: resolves a tag (the api method used to take only shas and branches)', async () => {
    const staged = await bumpApi({ overlay: STAGING, image: IMAGE, tag: 'v1.7.0' });
    expect(staged.exitCode).toBe(0);
    const stagingSha = staged.outputs['commit-sha'] ?? '';
    git(['tag', 'staging-verified', stagingSha]);
    const run = await bumpApi({ ...promotion, 'promote-from-ref': 'staging-verified' });
    expect(run.exitCode).toBe(0);
    expect(git(['log', '-1', '--format=%B', 'main'])).toContain(
      `Promoted-From: staging@${stagingSha}\n`,
    );
  });
});

describe('image written as a docker reference', () => {
  it.each([
    [
      { image: 'ghcr.io/acme/api:v1.2.3' },
      `Input 'image': "ghcr.io/acme/api:v1.2.3" is a full image reference with a tag, not an image name.\nHint: Give the name and the value separately: image: ghcr.io/acme/api and tag: v1.2.3.`,
    ],
    [
      { image: `ghcr.io/acme/api@${DIGEST}` },
      `Hint: Give the name and the value separately: image: ghcr.io/acme/api and digest: ${DIGEST}.`,
    ],
    [
      { images: 'ghcr.io/acme/api:v1.2.3' },
      `Input 'images': "ghcr.io/acme/api:v1.2.3" is a full image reference with a tag, not an image name.\nHint: Write it as NAME=TAG: ghcr.io/acme/api=v1.2.3.`,
    ],
    [
      { images: `${IMAGE}=v1\nlocalhost:5000/app:v2@${DIGEST}` },
      `Hint: Write it as NAME=TAG: localhost:5000/app=v2@${DIGEST}.`,
    ],
    [
      { image: 'ghcr.io/acme/api:v1', 'promote-from': STAGING },
      `Input 'image': "ghcr.io/acme/api:v1" holds a tag; with promote-from the values come from the other overlay.\nHint: Name the image alone: ghcr.io/acme/api.`,
    ],
    // A registry port is not a tag: this is a name without a value.
    [
      { images: 'localhost:5000/app' },
      `Input 'images': no tag or digest given for "localhost:5000/app".`,
    ],
  ])('%j suggests the split', async (inputs, expected) => {
    expect(failure(await bumpApi({ overlay: STAGING, ...inputs }))).toContain(expected);
  });
});

describe('permission hints name what the step needs', () => {
  it('mode: pull-request asks for pull-requests: write, and moves no branch first', async () => {
    const run = await bumpApi({
      overlay: PRODUCTION,
      image: IMAGE,
      tag: 'v8.0.0',
      mode: 'pull-request',
    });
    expect(failure(run)).toContain(
      'Hint: the token needs pull_requests: write (in a workflow: permissions: { pull-requests: write }; for a GitHub App, grant it on the app): the call that failed only reads, but mode: pull-request then opens or updates the pull request',
    );
    expect(git(['for-each-ref', 'refs/heads/bump-overlay-tag/'])).toBe('');
  });

  it('a push asks for contents: write, a dry run for contents: read', async () => {
    const none = emulator.createToken('github-actions[bot]', { statuses: 'read' });
    const push = await bumpApi({ overlay: STAGING, image: IMAGE, tag: 'v8.0.0' }, none);
    expect(failure(push)).toContain('Hint: the token needs contents: write (');
    const dryRun = await bumpApi(
      { overlay: STAGING, image: IMAGE, tag: 'v8.0.0', mode: 'dry-run' },
      none,
    );
    expect(failure(dryRun)).toContain('Hint: the token needs contents: read (');
  });
});

describe('validate: kustomize', () => {
  it('names the overlay, not a temporary copy, and says it was broken before the edit', async () => {
    const tip = git(['rev-parse', 'main']);
    const run = await bumpApi({ overlay: 'k8s/overlays/broken', image: 'app', tag: 'v2' });
    const text = failure(run);
    expect(text).toMatch(
      /^Overlay "k8s\/overlays\/broken" does not render with the edit \(kubectl kustomize\): .*'k8s\/overlays\/broken\/missing\.yaml'/,
    );
    expect(text).toContain(
      `Hint: Without the edit it does not render on main (${tip.slice(0, 12)}) either (the same error), so the overlay on main is broken, not the edit. Fix it there first, or set validate: none to skip this check.`,
    );
    expect(`${run.stdout}${run.stderr}`).not.toContain(tmpdir());
    expect(git(['rev-parse', 'main'])).toBe(tip);
  });

  it('git method: the same words, and nothing pushed', async () => {
    const broken = k8sRepo();
    try {
      broken.commitFiles(
        {
          'k8s/overlays/broken/kustomization.yaml':
            'resources:\n  - missing.yaml\nimages:\n  - name: app\n    newTag: v1\n',
        },
        'a broken overlay',
      );
      const tip = originTip(broken);
      const run = await bump(broken.clone(), {
        overlay: 'k8s/overlays/broken',
        image: 'app',
        tag: 'v2',
      });
      expect(failure(run)).toMatch(
        /^Overlay "k8s\/overlays\/broken" does not render with the edit/,
      );
      expect(`${run.stdout}${run.stderr}`).not.toContain(tmpdir());
      expect(originTip(broken)).toBe(tip);
      expect(commitBody(broken, 'main')).toBe('a broken overlay');
    } finally {
      broken.cleanup();
    }
  });
});
