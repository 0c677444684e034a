import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createRepoWithOrigin,
  pushEvent,
  twoAppsRepoFiles,
  type TestRepo,
} from '@infra-fleet/testkit';
import { commitOn, detectIn, logOf, type Edit } from './helpers.js';

/** Two apps with overlays under k8s/apps/<app>/overlays/<env>: detection per app. */
let repo: TestRepo;
let seed: string;

beforeAll(() => {
  repo = createRepoWithOrigin({ files: twoAppsRepoFiles() });
  seed = repo.git(['rev-parse', 'HEAD']);
});
afterAll(() => repo?.cleanup());

async function detectChange(branch: string, edits: Record<string, Edit>, inputs = {}) {
  const head = commitOn(repo, branch, seed, edits);
  const event = pushEvent({ before: seed, after: head, ref: `refs/heads/${branch}` });
  return detectIn(repo.work, { event, inputs, sha: head });
}

const COMMENT = { append: '\n# touched\n' };

describe('detect-changed-envs on a multi-app monorepo (bundled)', () => {
  it("an app's base reaches that app in every environment", async () => {
    const result = await detectChange('api-base', { 'k8s/apps/api/base/deployment.yaml': COMMENT });
    expect(result.k8s).toEqual(['staging', 'production']);
    expect(JSON.parse(result.run.outputs.apps ?? '')).toEqual({
      staging: ['api'],
      production: ['api'],
    });
    expect(result.matrix.include.map(({ environment, app }) => `${environment}/${app}`)).toEqual([
      'staging/api',
      'production/api',
    ]);
  });

  it("an app's overlay reaches that app in that environment", async () => {
    const result = await detectChange('web-prod', {
      'k8s/apps/web/overlays/production/kustomization.yaml': COMMENT,
    });
    expect(result.k8s).toEqual(['production']);
    expect(JSON.parse(result.run.outputs.apps ?? '')).toEqual({ production: ['web'] });
  });

  it('a cluster folder concerns every app of its environment', async () => {
    const result = await detectChange('cluster', { 'k8s/clusters/staging/apps.yaml': COMMENT });
    expect(result.k8s).toEqual(['staging']);
    expect(JSON.parse(result.run.outputs.apps ?? '')).toEqual({ staging: ['api', 'web'] });
  });

  it('refuses a k8s-root typo instead of reporting nothing', async () => {
    const result = await detectChange(
      'typo',
      { 'k8s/apps/api/overlays/staging/kustomization.yaml': COMMENT },
      { 'k8s-root': 'kubernetes' },
    );
    expect(result.run.exitCode).toBe(1);
    expect(logOf(result.run)).toContain(
      'The k8s root "kubernetes" (from infra-fleet.yaml or the k8s-root input) does not exist.',
    );
  });
});
