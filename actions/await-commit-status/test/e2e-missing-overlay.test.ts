import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  errors,
  fluxSuccess,
  newBranch,
  postStatus,
  promote,
  runAwait,
  startFixture,
  statusReads,
  type Fixture,
} from './helpers.js';

let fixture: Fixture;
let sha: string;
beforeAll(async () => {
  fixture = await startFixture();
  newBranch(fixture, 'watched');
  sha = promote(fixture, 'watched', 'v2.0.0');
});
afterAll(() => fixture?.close());

describe('await-commit-status (bundled): watch paths that do not exist at sha', () => {
  it('fails at the start when the environment names an overlay folder that is not there', async () => {
    const run = await runAwait(fixture, { sha, branch: 'watched', environment: 'prod' });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({});
    expect(errors(run).join('\n')).toBe(
      `Watch path "k8s/overlays/prod/" (the default for environment "prod") does not exist at ${sha}. k8s/overlays/ holds staging/.\n` +
        "Hint: Set environment to the name of the environment's overlay folder (k8s.overlays in infra-fleet.yaml), or set watch-paths to the paths Flux applies for it.",
    );
    expect(await statusReads(fixture, sha)).toEqual([]);
  });

  it('names a listed watch path that is missing, or a file given as a folder', async () => {
    const missing = await runAwait(fixture, {
      sha,
      branch: 'watched',
      'watch-paths': 'k8s/overlays/staging/\nk8s/clusters/staging/',
    });
    expect(missing.exitCode).toBe(1);
    expect(errors(missing).join('\n')).toContain(
      `Watch path "k8s/clusters/staging/" does not exist at ${sha}. k8s/clusters/ does not exist either.\nHint: Set watch-paths`,
    );

    const file = await runAwait(fixture, {
      sha,
      branch: 'watched',
      'watch-paths': 'k8s/overlays/staging/kustomization.yaml/',
    });
    expect(errors(file).join('\n')).toContain(
      `Watch path "k8s/overlays/staging/kustomization.yaml/" is a file, not a folder, at ${sha}. k8s/overlays/staging/ holds no folders.`,
    );

    const root = await runAwait(fixture, { sha, branch: 'watched', 'watch-paths': 'deploy/' });
    expect(errors(root).join('\n')).toContain(`Watch path "deploy/" does not exist at ${sha}.\n`);
  });

  it('accepts watch paths that exist, files included, and waits as before', async () => {
    await postStatus(fixture, sha, fixture.fluxToken, fluxSuccess);
    const run = await runAwait(fixture, {
      sha,
      branch: 'watched',
      'watch-paths': 'README.md, k8s/overlays/staging',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'verified', 'verified-sha': sha });
  });
});
