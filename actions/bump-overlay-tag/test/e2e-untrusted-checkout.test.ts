import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  CHECKOUT_CONFIG_TRAPS,
  plantGitTraps,
  springGitTraps,
  type GitTrap,
  type TestRepo,
} from '@infra-fleet/testkit';
import { bump, IMAGE, k8sRepo, logText, originTip, STAGING, TOKEN } from './helpers.js';

/**
 * The checkout is untrusted (SECURITY.md): an earlier step may have written its .git. Each trap
 * is planted in a fresh checkout; the bundle must land its commit without running any of them,
 * and plain git in the same checkout afterwards must set it off (the trap was armed).
 */
let repo: TestRepo | undefined;
let dir: string | undefined;
afterEach(() => {
  repo?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
  repo = dir = undefined;
});

function armedCheckout(traps: GitTrap[]) {
  repo = k8sRepo();
  dir = mkdtempSync(join(tmpdir(), 'bump-traps-'));
  const workspace = repo.clone();
  return { workspace, planted: plantGitTraps(workspace, dir, traps), repo };
}

const INPUTS = { overlay: STAGING, image: IMAGE, tag: 'v1.2.3' };

describe('bump-overlay-tag (git method) in a checkout an earlier step tampered with', () => {
  it.each<GitTrap>([...CHECKOUT_CONFIG_TRAPS])(
    '%s: lands the commit and runs nothing planted',
    async (trap) => {
      const { workspace, planted, repo: origin } = armedCheckout([trap]);
      const run = await bump(workspace, INPUTS);
      expect({ exit: run.exitCode, sprung: planted.sprung().map((s) => s.trap) }).toEqual({
        exit: 0,
        sprung: [],
      });
      expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': originTip(origin) });
      springGitTraps(workspace);
      expect(planted.sprung().length).toBeGreaterThan(0);
    },
  );

  it.each<[GitTrap, RegExp]>([
    ['ssh-push', /transport 'ssh' not allowed/],
    ['ext-push', /transport 'ext' not allowed/],
    ['file-push', /transport 'file' not allowed/],
  ])('%s: refuses the transport, runs nothing and lands nowhere', async (trap, refusal) => {
    const { workspace, planted, repo: origin } = armedCheckout([trap]);
    const tip = originTip(origin);
    const run = await bump(workspace, INPUTS);
    expect({ exit: run.exitCode, sprung: planted.sprung().map((s) => s.trap) }).toEqual({
      exit: 1,
      sprung: [],
    });
    expect(logText(run)).toMatch(refusal);
    expect(originTip(origin)).toBe(tip);
    springGitTraps(workspace);
    expect(planted.sprung().length).toBeGreaterThan(0);
  });
});

/** A `git` first on PATH that records each call's arguments, environment and HOME, then runs git. */
function recordingGit(log: string): string {
  const bin = join(log, 'bin');
  const real = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
  mkdirSync(join(log, 'calls'), { recursive: true });
  mkdirSync(bin);
  const call = `${join(log, 'calls')}/$$`;
  const script = [
    '#!/bin/sh',
    `printf '%s\\n' "$@" > "${call}.args"`,
    `env > "${call}.env"`,
    `ls -A "$HOME" > "${call}.home"`,
    `exec "${real}" "$@"`,
  ];
  writeFileSync(join(bin, 'git'), `${script.join('\n')}\n`, { mode: 0o755 });
  return bin;
}

function calls(log: string) {
  const dir = join(log, 'calls');
  const ids = readdirSync(dir)
    .filter((file) => file.endsWith('.args'))
    .map((file) => file.slice(0, -'.args'.length));
  const read = (id: string, kind: string) => readFileSync(join(dir, `${id}.${kind}`), 'utf8');
  return ids.map((id) => ({
    args: read(id, 'args').split('\n').filter(Boolean),
    env: read(id, 'env'),
    home: read(id, 'home'),
  }));
}

describe('bump-overlay-tag (git method): what every git it starts is given', () => {
  it('hardening config, an empty HOME, and of the job only the token, as an extraheader', async () => {
    const { workspace, planted } = armedCheckout(['hooks']);
    const log = mkdtempSync(join(tmpdir(), 'bump-git-calls-'));
    try {
      const path = `${recordingGit(log)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
      const secrets = { GITHUB_TOKEN: TOKEN, ACTIONS_RUNTIME_TOKEN: 'runtime-secret-0123' };
      const run = await bump(workspace, INPUTS, { PATH: path, ...secrets });
      expect(run.exitCode).toBe(0);
      expect(planted.sprung()).toEqual([]);
      const seen = calls(log);
      expect(
        seen.map((c) => c.args.find((arg) => !arg.startsWith('-') && !arg.includes('='))),
      ).toEqual(
        expect.arrayContaining([
          'fetch',
          'cat-file',
          'hash-object',
          'mktree',
          'commit-tree',
          'push',
        ]),
      );
      const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
      for (const call of seen) {
        expect(call.args).toEqual(
          expect.arrayContaining(['core.hooksPath=/dev/null', 'core.fsmonitor=false']),
        );
        expect(call.args).toContain('protocol.allow=never');
        expect(call.env).not.toMatch(/^(INPUT_|GITHUB_|ACTIONS_|RUNNER_)/m);
        expect(call.env).not.toContain(TOKEN);
        expect(call.env).not.toContain('runtime-secret-0123');
        expect(call.env).toMatch(/^GIT_CONFIG_GLOBAL=\/dev\/null$/m);
        expect(call.env).toMatch(/^GIT_CONFIG_NOSYSTEM=1$/m);
        expect(call.home).toBe('');
      }
      const push = seen.find((call) => call.args.includes('push'));
      expect(push?.args).toContain('protocol.file.allow=never');
      expect(push?.env).toContain(`=${header}\n`);
    } finally {
      rmSync(log, { recursive: true, force: true });
    }
  });
});

describe('bump-overlay-tag (git method): repository-path stays in the workspace', () => {
  /** A clone of origin outside the workspace: what the step must never push from. */
  function outsideCheckout() {
    repo = k8sRepo();
    dir = mkdtempSync(join(tmpdir(), 'bump-paths-'));
    const workspace = join(dir, 'workspace');
    mkdirSync(workspace);
    return { workspace, elsewhere: repo.clone({ name: 'elsewhere' }), origin: repo };
  }

  async function refused(workspace: string, path: string | undefined, message: RegExp) {
    const origin = repo as TestRepo;
    const tip = originTip(origin);
    const inputs = path === undefined ? INPUTS : { ...INPUTS, 'repository-path': path };
    const run = await bump(workspace, inputs);
    expect({ exit: run.exitCode, tip: originTip(origin) }).toEqual({ exit: 1, tip });
    expect(run.annotations[0]?.message).toMatch(message);
  }

  it('refuses a path outside the workspace, by name or through a symlink', async () => {
    const { workspace, elsewhere } = outsideCheckout();
    symlinkSync(elsewhere, join(workspace, 'linked'));
    const escaping = /^Input 'repository-path': ".*" is outside the workspace /;
    await refused(workspace, elsewhere, escaping);
    await refused(workspace, relative(workspace, elsewhere), escaping);
    await refused(workspace, 'linked', /"linked" is outside the workspace .* \(it resolves to /);
  });

  it('refuses a .git file whose gitdir leads to a repository elsewhere', async () => {
    const { workspace, elsewhere } = outsideCheckout();
    writeFileSync(join(workspace, '.git'), `gitdir: ${join(elsewhere, '.git')}\n`);
    await refused(
      workspace,
      undefined,
      /^repository-path ".*workspace" uses the git directory .*elsewhere\/\.git, outside the workspace /,
    );
  });

  it('refuses the repository of a folder above the workspace', async () => {
    const { elsewhere } = outsideCheckout();
    const workspace = join(elsewhere, 'workspace');
    mkdirSync(workspace);
    await refused(workspace, undefined, /uses the git directory .*elsewhere\/\.git, outside/);
  });
});
