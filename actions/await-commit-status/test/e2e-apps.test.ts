import { afterEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { runAction, twoAppsRepoFiles, type ActionRun } from '@infra-fleet/testkit';
import { ACTION_DIR, errors, FLUX, logText, OWNER, REPO } from './helpers.js';

/** Two apps in infra-fleet.yaml: the wait uses the named app's contexts and overlay. */
let emulator: RunningEmulator | undefined;
afterEach(() => emulator?.close());

async function fleet() {
  emulator = await startEmulator({ owner: OWNER, repo: REPO, seed: { files: twoAppsRepoFiles() } });
  const running = emulator;
  await running.control.addAccount({ login: FLUX, type: 'Bot' });
  const token = running.createToken('github-actions[bot]', {
    statuses: 'read',
    contents: 'read',
    deployments: 'write',
  });
  const fluxToken = running.createToken(FLUX, { statuses: 'write' });
  const sha = (await running.state.git.run(['rev-parse', 'main'])).toString().trim();
  const post = async (context: string, state = 'success') => {
    const response = await fetch(`${running.url}/repos/${OWNER}/${REPO}/statuses/${sha}`, {
      method: 'POST',
      headers: { authorization: `token ${fluxToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        state,
        context,
        description: state === 'success' ? 'reconciliation succeeded' : 'health check failed',
        target_url: 'https://flux.example/staging/web',
      }),
    });
    if (response.status !== 201) throw new Error(await response.text());
  };
  const wait = (inputs: Record<string, string>): Promise<ActionRun> =>
    runAction({
      actionDir: ACTION_DIR,
      token,
      inputs: {
        sha,
        environment: 'staging',
        'expected-creator': FLUX,
        'poll-interval-seconds': '1',
        'timeout-seconds': '600',
        ...inputs,
      },
      env: { GITHUB_API_URL: running.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
    });
  const deployments = async () => {
    const get = async (path: string) =>
      (await fetch(`${running.url}/repos/${OWNER}/${REPO}${path}`, {
        headers: { authorization: `token ${running.adminToken}` },
      }).then((response) => response.json())) as Array<Record<string, unknown>>;
    const list = await get('/deployments?environment=staging');
    return Promise.all(
      list.map(async (deployment) => ({
        sha: deployment.sha,
        description: deployment.description,
        statuses: (await get(`/deployments/${deployment.id}/statuses`)).map((status) => ({
          state: status.state,
          environment_url: status.environment_url,
        })),
      })),
    );
  };
  return { post, wait, sha, deployments };
}

describe('await-commit-status with app (infra-fleet.yaml, bundled)', () => {
  it("waits on the app's own context and watches the app's overlay", async () => {
    const { post, wait } = await fleet();
    await post('flux/staging/kustomization/web');
    const run = await wait({ app: 'web' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('verified');
    expect(logText(run)).toContain('for flux/staging/kustomization/web from flux-bot');
    expect(logText(run)).toContain('leaves k8s/apps/web/overlays/staging/ alone');
  });

  it('says at once, and in the timeout error, that Flux reported another context', async () => {
    const { post, wait } = await fleet();
    await post('flux/staging/kustomization/web');
    const run = await wait({ app: 'api', 'timeout-seconds': '2' });
    expect(run.outputs.result).toBe('timeout');
    const warnings = run.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
    expect(warnings).toContainEqual(
      expect.stringContaining('flux-bot reported "flux/staging/kustomization/web" (success) on'),
    );
    expect(errors(run).join('\n')).toContain(
      'flux-bot did report flux/staging/kustomization/web, which this step does not wait for',
    );
  });

  it('asks for app or contexts when several apps are declared, before waiting', async () => {
    const { wait } = await fleet();
    const run = await wait({});
    expect(run.exitCode).toBe(1);
    expect(errors(run).join('\n')).toContain(
      'No status context to wait for: contexts is empty and no app is named (infra-fleet.yaml declares api, web).',
    );
  });

  it('names an unknown app with a did-you-mean', async () => {
    const { wait } = await fleet();
    const run = await wait({ app: 'wep' });
    expect(errors(run).join('\n')).toContain('App "wep" is not declared in infra-fleet.yaml');
    expect(errors(run).join('\n')).toContain('Did you mean "web"?');
  });
});

describe('await-commit-status mode: validate (preflight, bundled)', () => {
  it('resolves contexts and watch paths at the branch tip, without a sha, and waits for nothing', async () => {
    const { wait } = await fleet();
    const run = await wait({ mode: 'validate', sha: '', app: 'web' });
    expect(run.exitCode).toBe(0);
    expect(logText(run)).toContain(
      'Inputs valid: the wait would be for flux/staging/kustomization/web from flux-bot, watching k8s/apps/web/overlays/staging/ on main.',
    );
    expect(run.outputs).toEqual({});
  });

  it('fails the preflight on what the wait would fail on: an unknown app, a missing creator', async () => {
    const { wait } = await fleet();
    const unknown = await wait({ mode: 'validate', sha: '', app: 'nope' });
    expect(errors(unknown).join('\n')).toContain('App "nope" is not declared in infra-fleet.yaml');
    const creator = await wait({ mode: 'validate', sha: '', app: 'web', 'expected-creator': '' });
    expect(creator.exitCode).toBe(1);
    expect(errors(creator).join('\n')).toContain("Input 'expected-creator'");
  });
});

describe('await-commit-status deployment: true (bundled)', () => {
  it('records the rollout: in_progress while waiting, success with the Flux link once verified', async () => {
    const { post, wait, sha, deployments } = await fleet();
    await post('flux/staging/kustomization/web');
    const run = await wait({
      app: 'web',
      deployment: 'true',
      'deployment-description': 'web v2.0.0',
    });
    expect(run.exitCode).toBe(0);
    expect(await deployments()).toEqual([
      {
        sha,
        description: 'web v2.0.0',
        statuses: [
          { state: 'success', environment_url: 'https://flux.example/staging/web' },
          { state: 'in_progress', environment_url: '' },
        ],
      },
    ]);
  });

  it('records a failure when Flux reports one, and nothing when not asked', async () => {
    const { post, wait, deployments } = await fleet();
    await post('flux/staging/kustomization/web', 'failure');
    const failed = await wait({ app: 'web', deployment: 'true' });
    expect(failed.exitCode).toBe(1);
    const [record] = await deployments();
    expect(record?.statuses.map((status) => status.state)).toEqual(['failure', 'in_progress']);
    expect(record?.description).toBe(`web ${String(record?.sha).slice(0, 7)}`);
    const plain = await wait({ app: 'web' });
    expect(plain.exitCode).toBe(1);
    expect(await deployments()).toHaveLength(1);
  });
});
