import { afterEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { createRepoWithOrigin, runAction, type TestRepo } from '@infra-fleet/testkit';
import { ACTION_DIR, bump, fileAt, originTip } from './helpers.js';

/** Real-world layouts: bases in sibling top-level folders, a kustomization at the root. */
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  selector: { matchLabels: { app: app } }
  template:
    metadata: { labels: { app: app } }
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/app:latest
`;
const kustomization = (resources: string[], extra = '') =>
  `resources:\n${resources.map((r) => `  - ${r}\n`).join('')}images:\n  - name: ghcr.io/acme/app\n    newTag: v1.0.0\n${extra}`;

/** Kargo's example shape: base/ and stages/<stage>/ side by side at the top. */
const SIBLING_BASE = {
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'base/deployment.yaml': DEPLOYMENT,
  'components/probes/kustomization.yaml':
    'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nlabels:\n  - pairs: { probed: "true" }\n',
  'stages/staging/kustomization.yaml': kustomization(
    ['../../base'],
    'components:\n  - ../../components/probes\n',
  ),
};
const ROOT_KUSTOMIZATION = {
  'kustomization.yaml': kustomization(['deployment.yaml']),
  'deployment.yaml': DEPLOYMENT,
};

let emulator: RunningEmulator | undefined;
let repo: TestRepo | undefined;
afterEach(async () => {
  await emulator?.close();
  repo?.cleanup();
  emulator = undefined;
  repo = undefined;
});

async function bumpApi(files: Record<string, string>, overlay: string) {
  emulator = await startEmulator({ seed: { files } });
  const token = emulator.createToken('github-actions[bot]', { contents: 'write' });
  const run = await runAction({
    actionDir: ACTION_DIR,
    token,
    inputs: { overlay, image: 'ghcr.io/acme/app', tag: 'v1.1.0', validate: 'kustomize' },
    env: { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: 'octo-org/infra-fleet' },
  });
  const path = `${overlay === '.' ? '' : `${overlay}/`}kustomization.yaml`;
  const shown = await emulator.state.git.run(['show', `main:${path}`]);
  return { run, kustomization: shown.toString() };
}

describe('bump-overlay-tag on real-world layouts (bundled, validate: kustomize)', () => {
  it('api method: renders an overlay whose base and components are sibling top-level folders', async () => {
    const { run, kustomization: after } = await bumpApi(SIBLING_BASE, 'stages/staging');
    expect({ exit: run.exitCode, log: run.stdout.includes('evalsymlink') }).toEqual({
      exit: 0,
      log: false,
    });
    expect(after).toContain('newTag: v1.1.0');
  });

  it('api method: bumps a kustomization at the repository root (overlay: .)', async () => {
    const { run, kustomization: after } = await bumpApi(ROOT_KUSTOMIZATION, '.');
    expect(run.exitCode).toBe(0);
    expect(after).toContain('newTag: v1.1.0');
  });

  it('git method: the same two layouts', async () => {
    for (const [files, overlay] of [
      [SIBLING_BASE, 'stages/staging'],
      [ROOT_KUSTOMIZATION, '.'],
    ] as const) {
      repo = createRepoWithOrigin({ files });
      const run = await bump(repo.work, { overlay, image: 'ghcr.io/acme/app', tag: 'v1.1.0' });
      expect(run.exitCode).toBe(0);
      const path = overlay === '.' ? 'kustomization.yaml' : `${overlay}/kustomization.yaml`;
      expect(fileAt(repo, 'main', path)).toContain('newTag: v1.1.0');
      expect(run.outputs.revision).toBe(originTip(repo));
      repo.cleanup();
      repo = undefined;
    }
  });

  it('bumps one image of a file that lists another image twice; refuses the twice-listed one', async () => {
    const files = {
      'k8s/app/kustomization.yaml':
        'resources: []\nimages:\n  - name: a\n    newTag: v1\n  - name: b\n    newTag: v1\n  - name: a\n    newTag: v2\n',
    };
    repo = createRepoWithOrigin({ files });
    const ok = await bump(repo.work, {
      overlay: 'k8s/app',
      image: 'b',
      tag: 'v2',
      validate: 'none',
    });
    expect(ok.exitCode).toBe(0);
    const tip = originTip(repo);
    const refused = await bump(repo.work, {
      overlay: 'k8s/app',
      image: 'a',
      tag: 'v3',
      validate: 'none',
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      'Image "a" is listed 2 times in the images list of k8s/app/kustomization.yaml',
    );
    expect(originTip(repo)).toBe(tip);
  });
});
