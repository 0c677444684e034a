import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CHECKOUT_CONFIG_TRAPS,
  plantGitTraps,
  pushEvent,
  releasePublishedEvent,
  springGitTraps,
  type GitTrap,
  type TestRepo,
} from '@infra-fleet/testkit';
import { commitOn, detectIn, fleetRepo, logOf, push } from './helpers.js';

/**
 * The checkout is untrusted (SECURITY.md): an earlier step may have written its .git, or put
 * the repository somewhere else. Each trap is planted in a fresh depth-1 clone of a release,
 * so detection fetches the tags and deepens to the previous release; nothing planted may run,
 * and plain git in the same clone afterwards must set it off (the trap was armed).
 */
const STAGING_ENV_HCL = 'infrastructure/environments/staging/env.hcl';
let repo: TestRepo;
let dir: string;
let seed: string;
let head: string;
let clones = 0;

beforeAll(() => {
  repo = fleetRepo();
  dir = mkdtempSync(join(tmpdir(), 'detect-traps-'));
  seed = repo.git(['rev-parse', 'HEAD']);
  head = commitOn(repo, 'main', seed, { [STAGING_ENV_HCL]: { append: '\n# touched\n' } });
  push(repo, 'main');
  const tags: Array<[string, string]> = [
    ['v1.0.0', seed],
    ['v1.1.0', head],
  ];
  for (const [tag, rev] of tags) {
    repo.git(['tag', tag, rev]);
    push(repo, `refs/tags/${tag}`);
  }
});
afterAll(() => {
  repo.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function armedClone(trap: GitTrap) {
  const workspace = repo.clone({ depth: 1, branch: 'v1.1.0', name: `trapped-${++clones}` });
  return { workspace, planted: plantGitTraps(workspace, join(dir, trap), [trap]) };
}

const detectRelease = (workspace: string) =>
  detectIn(workspace, { event: releasePublishedEvent({ tagName: 'v1.1.0' }), sha: head });

const detectPush = (workspace: string, inputs: Record<string, string> = {}) =>
  detectIn(workspace, { event: pushEvent({ before: seed, after: head }), sha: head, inputs });

describe('detect-changed-envs (bundled) in a clone an earlier step tampered with', () => {
  it.each<GitTrap>([...CHECKOUT_CONFIG_TRAPS])(
    '%s: fetches the base and detects, running nothing planted',
    async (trap) => {
      const { workspace, planted } = armedClone(trap);
      const detected = await detectRelease(workspace);
      expect({ exit: detected.run.exitCode, sprung: planted.sprung().map((s) => s.trap) }).toEqual({
        exit: 0,
        sprung: [],
      });
      expect(detected.run.outputs).toMatchObject({ base: seed, head, fallback: 'false' });
      expect(detected.infrastructure).toEqual(['staging']);
      springGitTraps(workspace);
      expect(planted.sprung().length).toBeGreaterThan(0);
    },
  );

  it.each<[GitTrap, RegExp]>([
    ['ssh-fetch', /transport 'ssh' not allowed/],
    ['ext-fetch', /transport 'ext' not allowed/],
  ])('%s: refuses the transport and fails closed, running nothing', async (trap, refusal) => {
    const { workspace, planted } = armedClone(trap);
    const detected = await detectRelease(workspace);
    expect({ exit: detected.run.exitCode, sprung: planted.sprung().map((s) => s.trap) }).toEqual({
      exit: 0,
      sprung: [],
    });
    expect(logOf(detected.run)).toMatch(refusal);
    expect(detected.run.outputs).toMatchObject({ fallback: 'true' });
    springGitTraps(workspace);
    expect(planted.sprung().length).toBeGreaterThan(0);
  });
});

describe('detect-changed-envs (bundled): repository-path stays in the workspace', () => {
  const refused = async (workspace: string, path: string, message: RegExp) => {
    const detected = await detectPush(workspace, path === '' ? {} : { 'repository-path': path });
    expect(detected.run.exitCode).toBe(1);
    expect(detected.run.annotations[0]?.message).toMatch(message);
    expect(detected.run.outputs).toEqual({});
  };

  it('refuses a path that leaves the workspace, by name or through a symlink', async () => {
    const outside = repo.clone({ name: 'outside' });
    const workspace = join(dir, 'workspace-paths');
    mkdirSync(workspace);
    symlinkSync(outside, join(workspace, 'linked'));
    const escaping = /^Input 'repository-path': ".*" is outside the workspace /;
    await refused(workspace, outside, escaping);
    await refused(workspace, relative(workspace, outside), escaping);
    await refused(workspace, 'linked', /"linked" is outside the workspace .* \(it resolves to /);
  });

  it('refuses a .git file whose gitdir leads to a repository elsewhere', async () => {
    const elsewhere = repo.clone({ name: 'elsewhere' });
    const workspace = join(dir, 'workspace-gitdir');
    mkdirSync(workspace);
    writeFileSync(join(workspace, '.git'), `gitdir: ${join(elsewhere, '.git')}\n`);
    await refused(
      workspace,
      '',
      /"\." uses the git directory .*elsewhere\/\.git, outside the workspace/,
    );
  });

  it('refuses to fall back to a repository above the workspace', async () => {
    const above = repo.clone({ name: 'above' });
    const workspace = join(above, 'workspace');
    mkdirSync(workspace);
    await refused(workspace, '', /"\." uses the repository .*above, outside the workspace/);
  });
});
