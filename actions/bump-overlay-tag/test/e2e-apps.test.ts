import { afterEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import {
  createRepoWithOrigin,
  runAction,
  twoAppsRepoFiles,
  type TestRepo,
} from '@infra-fleet/testkit';
import { ACTION_DIR, bump, fileAt, logText, originTip } from './helpers.js';

/** Two apps, overlays under k8s/apps/<app>/overlays/<env>: bump by app and environment. */
let emulator: RunningEmulator | undefined;
let repo: TestRepo | undefined;
afterEach(async () => {
  await emulator?.close();
  repo?.cleanup();
  emulator = undefined;
  repo = undefined;
});

async function apiFleet() {
  emulator = await startEmulator({ seed: { files: twoAppsRepoFiles() } });
  const running = emulator;
  const token = running.createToken('github-actions[bot]', { contents: 'write' });
  const show = async (path: string) =>
    (await running.state.git.run(['show', `main:${path}`])).toString();
  const tip = async () => (await running.state.git.run(['rev-parse', 'main'])).toString().trim();
  const bumpApi = (inputs: Record<string, string>) =>
    runAction({
      actionDir: ACTION_DIR,
      token,
      inputs,
      env: { GITHUB_API_URL: running.url, GITHUB_REPOSITORY: 'octo-org/infra-fleet' },
    });
  return { show, tip, bumpApi };
}

const overlayOf = (app: string, env: string) =>
  `k8s/apps/${app}/overlays/${env}/kustomization.yaml`;

describe('bump-overlay-tag by app and environment (infra-fleet.yaml, bundled)', () => {
  it("api method: finds the app's overlay and image, then promotes it to the next environment", async () => {
    const fleet = await apiFleet();
    const staged = await fleet.bumpApi({ app: 'api', environment: 'staging', tag: 'v1.2.0' });
    expect(staged.exitCode).toBe(0);
    expect(await fleet.show(overlayOf('api', 'staging'))).toContain(
      '  - name: ghcr.io/acme/api\n    newTag: v1.2.0\n',
    );
    expect(await fleet.show(overlayOf('web', 'staging'))).toContain('newTag: v1.0.0');

    const promoted = await fleet.bumpApi({
      app: 'api',
      environment: 'production',
      'promote-from-environment': 'staging',
      'promote-from-ref': staged.outputs.revision ?? '',
    });
    expect(promoted.exitCode).toBe(0);
    expect(await fleet.show(overlayOf('api', 'production'))).toContain('newTag: v1.2.0');
    expect(promoted.outputs.revision).toBe(await fleet.tip());
    expect(JSON.parse(promoted.outputs.current ?? '')).toEqual({
      'ghcr.io/acme/api': { tag: 'v1.2.0', digest: null },
    });
  });

  it('names the declared apps when the app is unknown, and changes nothing', async () => {
    const fleet = await apiFleet();
    const before = await fleet.tip();
    const run = await fleet.bumpApi({ app: 'apii', environment: 'staging', tag: 'v1.2.0' });
    expect(run.exitCode).toBe(1);
    expect(logText(run)).toContain(
      'App "apii" is not declared in infra-fleet.yaml (apps: api, web).',
    );
    expect(logText(run)).toContain('Did you mean "api"?');
    expect(await fleet.tip()).toBe(before);
  });

  it('git method: bumps an app in an environment from a checkout', async () => {
    repo = createRepoWithOrigin({ files: twoAppsRepoFiles() });
    const run = await bump(repo.work, { app: 'web', environment: 'production', tag: 'v2.0.0' });
    expect(run.exitCode).toBe(0);
    expect(fileAt(repo, 'main', overlayOf('web', 'production'))).toContain(
      '  - name: ghcr.io/acme/web\n    newTag: v2.0.0',
    );
    expect(run.outputs.revision).toBe(originTip(repo));
  });

  it('refuses overlay and environment together, and neither, before anything is read', async () => {
    repo = createRepoWithOrigin({ files: twoAppsRepoFiles() });
    const both = await bump(repo.work, {
      overlay: 'k8s/apps/api/overlays/staging',
      environment: 'staging',
      image: 'ghcr.io/acme/api',
      tag: 'v1',
    });
    expect(logText(both)).toContain("Input 'environment': cannot be combined with overlay.");
    const neither = await bump(repo.work, { image: 'ghcr.io/acme/api', tag: 'v1' });
    expect(logText(neither)).toContain("Input 'overlay': is required, or environment");
  });
});
