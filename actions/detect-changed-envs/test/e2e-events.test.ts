import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  pushEvent,
  releasePublishedEvent,
  workflowDispatchEvent,
  type TestRepo,
} from '@infra-fleet/testkit';
import {
  commitOn,
  detectIn,
  fleetRepo,
  logOf,
  mergeGroupEvent,
  pullRequestEvent,
  push,
} from './helpers.js';

/**
 * The base rule of each event, through the bundle, on one origin holding:
 *   seed (v0.1.0, v1.0.0) - staging (v1.1.0-rc.1) - production (v1.1.0) = main
 *   seed - side (v1.0.5, never merged)
 *   seed - feature: staging env.hcl, then two doc commits
 *   main - forced-old: production patch, force-replaced by seed - forced-new: staging unit
 */
const STAGING_ENV_HCL = 'infrastructure/environments/staging/env.hcl';
const PRODUCTION_PATCH = 'k8s/overlays/production/patches/deployment-patch.yaml';
const STAGING_UNIT = 'infrastructure/environments/staging/vpc/terragrunt.hcl';
const COMMENT = { append: '\n# touched\n' };
const ALL = {
  infrastructure: ['production', 'staging', 'permanent'],
  k8s: ['production', 'staging'],
};

let repo: TestRepo;
const sha: Record<string, string> = {};

function tag(name: string, rev: string): void {
  repo.git(['tag', name, rev]);
  push(repo, `refs/tags/${name}`);
}

beforeAll(() => {
  repo = fleetRepo();
  sha.seed = repo.git(['rev-parse', 'HEAD']);
  tag('v0.1.0', sha.seed);
  tag('v1.0.0', sha.seed);
  sha.side = commitOn(repo, 'side', sha.seed, { [PRODUCTION_PATCH]: COMMENT });
  tag('v1.0.5', sha.side);
  sha.staging = commitOn(repo, 'main', sha.seed, { [STAGING_ENV_HCL]: COMMENT });
  tag('v1.1.0-rc.1', sha.staging);
  sha.main = commitOn(repo, 'main', sha.staging, { [PRODUCTION_PATCH]: COMMENT });
  tag('v1.1.0', sha.main);
  push(repo, 'main');
  commitOn(repo, 'feature', sha.seed, { [STAGING_ENV_HCL]: COMMENT });
  commitOn(repo, 'feature', 'feature', { 'docs/a.md': '# a\n' });
  sha.feature = commitOn(repo, 'feature', 'feature', { 'docs/b.md': '# b\n' });
  push(repo, 'feature');
  sha.forcedOld = commitOn(repo, 'forced', sha.seed, { [PRODUCTION_PATCH]: COMMENT });
  push(repo, 'forced');
  sha.forcedNew = commitOn(repo, 'forced', sha.seed, { [STAGING_UNIT]: COMMENT });
  push(repo, 'forced', true);
});
afterAll(() => repo.cleanup());

describe('detect-changed-envs (bundled): the base of each event', () => {
  it('pull request in a depth-1 clone: deepens to the merge base, ignores the target branch', async () => {
    const workspace = repo.clone({ depth: 1, branch: 'feature', name: 'pr' });
    const event = pullRequestEvent({
      baseSha: sha.main!,
      headSha: sha.feature!,
      headRef: 'feature',
    });
    const detected = await detectIn(workspace, { event, sha: sha.feature });
    expect(detected.run.exitCode).toBe(0);
    expect(logOf(detected.run)).toContain('shallow clone: fetching --deepen=50');
    expect(detected.run.outputs).toMatchObject({
      base: sha.seed,
      head: sha.feature,
      fallback: 'false',
    });
    expect(detected.infrastructure).toEqual(['staging']);
    expect(detected.k8s).toEqual([]);
  });

  it('push in a depth-1 clone: fetches the missing before commit by sha', async () => {
    const workspace = repo.clone({ depth: 1, name: 'push' });
    const event = pushEvent({ before: sha.staging!, after: sha.main! });
    const detected = await detectIn(workspace, { event, sha: sha.main });
    expect(logOf(detected.run)).toContain(`fetching ${sha.staging} from origin`);
    expect(detected.run.outputs).toMatchObject({ base: sha.staging, fallback: 'false' });
    expect(detected.infrastructure).toEqual([]);
    expect(detected.k8s).toEqual(['production']);
  });

  it('release: compares with the previous stable release that head contains', async () => {
    const workspace = repo.clone({ depth: 1, branch: 'v1.1.0', name: 'release' });
    const event = releasePublishedEvent({ tagName: 'v1.1.0' });
    const detected = await detectIn(workspace, { event, sha: sha.main });
    expect(detected.run.exitCode).toBe(0);
    // Not v1.1.0-rc.1 (a prerelease) and not v1.0.5 (not in head's history).
    expect(detected.run.outputs).toMatchObject({ base: sha.seed, fallback: 'false' });
    expect(detected.infrastructure).toEqual(['staging']);
    expect(detected.k8s).toEqual(['production']);
    expect(detected.run.summary).toContain('previous release v1.0.0');
  });

  it('first release: everything, as a fallback with the reason', async () => {
    const event = releasePublishedEvent({ tagName: 'v0.1.0' });
    const detected = await detectIn(repo.clone({ name: 'first' }), { event, sha: sha.seed });
    expect(detected.run.exitCode).toBe(0);
    expect(detected.run.outputs).toMatchObject({ base: '', fallback: 'true', any: 'true' });
    expect(detected.run.outputs['fallback-reason']).toMatch(
      /^first release: no earlier tag matching 'v\*'/,
    );
    expect({ infrastructure: detected.infrastructure, k8s: detected.k8s }).toEqual(ALL);
  });

  it('forced push to a feature branch: merge base with main, not the overwritten commit', async () => {
    const event = pushEvent({
      before: sha.forcedOld!,
      after: sha.forcedNew!,
      ref: 'refs/heads/forced',
      forced: true,
    });
    const detected = await detectIn(repo.clone({ depth: 1, branch: 'forced', name: 'forced' }), {
      event,
      sha: sha.forcedNew,
    });
    expect(detected.run.outputs).toMatchObject({ base: sha.seed, fallback: 'false' });
    expect(detected.infrastructure).toEqual(['staging']);
    expect(detected.k8s).toEqual([]);
  });

  it('new branch (before is all zeros): merge base with the default branch', async () => {
    const event = pushEvent({
      before: '0'.repeat(40),
      after: sha.feature!,
      ref: 'refs/heads/feature',
    });
    const detected = await detectIn(repo.work, { event, sha: sha.feature });
    expect(detected.run.outputs.base).toBe(sha.seed);
    expect(detected.infrastructure).toEqual(['staging']);
  });

  it('merge group: base_sha', async () => {
    const event = mergeGroupEvent({ baseSha: sha.staging!, headSha: sha.main! });
    const detected = await detectIn(repo.work, { event });
    expect(detected.run.outputs).toMatchObject({ base: sha.staging, head: sha.main });
    expect(detected.k8s).toEqual(['production']);
  });

  it('workflow_dispatch: explicit inputs, else everything', async () => {
    const inputs = { base: sha.seed!, head: sha.staging! };
    const explicit = await detectIn(repo.work, { event: workflowDispatchEvent(), inputs });
    expect(explicit.infrastructure).toEqual(['staging']);
    expect(explicit.run.outputs.fallback).toBe('false');
    const bare = await detectIn(repo.work, { event: workflowDispatchEvent(), sha: sha.main });
    expect(bare.run.outputs.fallback).toBe('true');
    expect(bare.run.outputs['fallback-reason']).toContain('workflow_dispatch without a base input');
    expect({ infrastructure: bare.infrastructure, k8s: bare.k8s }).toEqual(ALL);
  });

  it('a base that cannot be found: everything, or a failed step with fail-closed: false', async () => {
    const missing = 'f'.repeat(40);
    const event = pushEvent({ before: missing, after: sha.main! });
    const closed = await detectIn(repo.work, { event, sha: sha.main });
    expect(closed.run.exitCode).toBe(0);
    expect(closed.run.outputs).toMatchObject({ fallback: 'true', base: '', any: 'true' });
    expect(closed.run.outputs['fallback-reason']).toContain(`base ${missing} is not in the clone`);
    expect({ infrastructure: closed.infrastructure, k8s: closed.k8s }).toEqual(ALL);
    expect(closed.run.outputs.staging).toBe('true');

    const open = await detectIn(repo.work, {
      event,
      sha: sha.main,
      inputs: { 'fail-closed': 'false' },
    });
    expect(open.run.exitCode).toBe(1);
    expect(open.run.outputs).toEqual({});
    expect(open.run.annotations[0]?.message).toMatch(
      /base f{40} is not in the clone[\s\S]*Hint: Fetch more history/,
    );
  });

  it('narrows to the environments input and writes the job summary table', async () => {
    const event = pushEvent({ before: sha.seed!, after: sha.main! });
    const inputs = { environments: 'staging' };
    const detected = await detectIn(repo.work, { event, sha: sha.main, inputs });
    expect(detected.infrastructure).toEqual(['staging']);
    expect(detected.k8s).toEqual([]);
    expect(detected.run.outputs).toMatchObject({
      staging: 'true',
      production: 'false',
      permanent: 'false',
    });
    expect(detected.run.summary).toContain('| Target | Domain | Triggering files | Chains |');
    expect(detected.run.summary).toContain(
      `| \`staging\` | infrastructure | \`${STAGING_ENV_HCL}\` | \`${STAGING_ENV_HCL} -> read_terragrunt_config`,
    );
    expect(detected.reasons.staging).toContain(
      `${STAGING_ENV_HCL} -> read_terragrunt_config ${STAGING_ENV_HCL} -> infrastructure/environments/staging/vpc -> staging`,
    );
  });

  it('fails with a clear message outside a git checkout', async () => {
    const detected = await detectIn(repo.root, { event: workflowDispatchEvent() });
    expect(detected.run.exitCode).toBe(1);
    expect(detected.run.annotations[0]?.message).toMatch(
      /is not a git checkout[\s\S]*actions\/checkout/,
    );
  });
});
