import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Makes git behave the same on any machine: fixed identity and dates, no system/global config. */
export const TEST_GIT_ENV: Record<string, string> = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.com',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};

/** Variables from an enclosing git process (e.g. a hook) that would redirect our commands. */
const INHERITED_REPO_VARS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY'];

export function testGitEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !INHERITED_REPO_VARS.includes(key)) env[key] = value;
  }
  return { ...env, ...TEST_GIT_ENV, ...extra };
}

/** Runs git synchronously with TEST_GIT_ENV; throws with git's stderr on failure. */
export function runGit(args: readonly string[], cwd: string): string {
  const result = spawnSync('git', args, { cwd, env: testGitEnv(), encoding: 'utf8' });
  if (result.error) throw new Error(`could not run git in ${cwd}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `git ${args.join(' ')} (in ${cwd}) exited with ${result.status}: ${result.stderr.trim()}`,
    );
  }
  return result.stdout.trim();
}

export interface TestRepo {
  /** Temp folder holding origin and work (and any clones). */
  root: string;
  /** Bare repository acting as origin; default branch main. */
  origin: string;
  /** A clone of origin with main checked out. */
  work: string;
  git(args: readonly string[], cwd?: string): string;
  commitFiles(files: Record<string, string | null>, message: string, cwd?: string): string;
  clone(options?: CloneOptions): string;
  cleanup(): void;
}

export interface CloneOptions {
  depth?: number;
  branch?: string;
  name?: string;
}

export interface RepoOptions {
  files?: Record<string, string>;
  /** Real directory trees copied into the initial commit, `to` relative to the repo root. */
  copy?: Array<{ from: string; to: string }>;
}

function writeFiles(dir: string, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    if (content === null) {
      rmSync(target, { force: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

function stage(dir: string, files: Record<string, string | null>): void {
  const written = Object.keys(files).filter((path) => files[path] !== null);
  const deleted = Object.keys(files).filter((path) => files[path] === null);
  if (written.length > 0) runGit(['add', '--all', '--', ...written], dir);
  if (deleted.length > 0)
    runGit(['rm', '--quiet', '--cached', '--ignore-unmatch', '--', ...deleted], dir);
}

function commitAndPush(dir: string, message: string): string {
  runGit(['commit', '--quiet', '--allow-empty', '-m', message], dir);
  runGit(['push', '--quiet', 'origin', 'HEAD:refs/heads/main'], dir);
  return runGit(['rev-parse', 'HEAD'], dir);
}

function cloneOrigin(root: string, origin: string, options: CloneOptions, name: string): string {
  const target = join(root, options.name ?? name);
  // --depth is ignored for plain local paths; a file:// URL makes git honour it.
  const source = options.depth === undefined ? origin : pathToFileURL(origin).href;
  const args = ['clone', '--quiet'];
  if (options.depth !== undefined) args.push(`--depth=${options.depth}`);
  if (options.branch !== undefined) args.push('--branch', options.branch);
  runGit([...args, '--', source, target], root);
  return target;
}

/** A bare origin (root/origin.git, branch main) and a work clone with an initial commit pushed. */
export function createRepoWithOrigin(options: RepoOptions = {}): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'infra-fleet-repo-'));
  const origin = join(root, 'origin.git');
  const work = join(root, 'work');
  try {
    runGit(['init', '--quiet', '--bare', '--initial-branch=main', origin], root);
    runGit(['init', '--quiet', '--initial-branch=main', work], root);
    runGit(['remote', 'add', 'origin', origin], work);
    writeFiles(work, options.files ?? { 'README.md': '# test repository\n' });
    for (const { from, to } of options.copy ?? []) {
      cpSync(from, join(work, to), { recursive: true, verbatimSymlinks: true });
    }
    runGit(['add', '--all'], work);
    commitAndPush(work, 'initial commit');
    runGit(['branch', '--quiet', '--set-upstream-to=origin/main', 'main'], work);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  let clones = 0;
  return {
    root,
    origin,
    work,
    git: (args, cwd = work) => runGit(args, cwd),
    commitFiles: (files, message, cwd = work) => {
      writeFiles(cwd, files);
      stage(cwd, files);
      return commitAndPush(cwd, message);
    },
    clone: (cloneOptions = {}) => cloneOrigin(root, origin, cloneOptions, `clone-${++clones}`),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * What an earlier step (or a persistent runner) can plant in a checkout's .git to make git run
 * its code: hooks, a hooks path into the worktree, an fsmonitor, filter and textconv drivers
 * named by attributes, transport commands, an alternate-refs command, helpers, a signing
 * program; and remotes that make git start a program (ssh, ext::) or push into a local
 * repository whose own hooks then run with the pusher's environment.
 */
/** The traps planted in .git's config and hooks alone: the remote stays the real one. */
export const CHECKOUT_CONFIG_TRAPS = [
  'hooks',
  'hooks-path',
  'fsmonitor',
  'filter',
  'textconv',
  'upload-pack',
  'alternate-refs',
  'helpers',
] as const;

export const GIT_TRAPS = [
  ...CHECKOUT_CONFIG_TRAPS,
  'ssh-push',
  'ext-push',
  'file-push',
  'ssh-fetch',
  'ext-fetch',
] as const;
export type GitTrap = (typeof GIT_TRAPS)[number];

/** Hooks git runs for the commands a bump or a detection could use, and for many others. */
export const TRAPPED_HOOKS = [
  'pre-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit', 'pre-push',
  'reference-transaction', 'post-index-change', 'post-checkout', 'post-merge', 'pre-auto-gc',
  'post-rewrite', 'push-to-checkout', 'pre-receive', 'update', 'post-receive', 'post-update',
]; // prettier-ignore

export interface SprungTrap {
  trap: string;
  /** The environment the planted program saw. */
  env: string;
}

export interface PlantedTraps {
  /** Everything planted that has run so far. */
  sprung(): SprungTrap[];
}

/** An executable that records its name and environment under `dir`/sprung, then succeeds. */
function trapScript(dir: string, name: string, path = join(dir, 'bin', name)): string {
  mkdirSync(dirname(path), { recursive: true });
  const record = JSON.stringify(join(dir, 'sprung', name));
  writeFileSync(path, `#!/bin/sh\nenv > ${record}.$$\nexit 0\n`, { mode: 0o755 });
  return path;
}

function plantHooks(dir: string, hooksDir: string, prefix = 'hook'): void {
  for (const hook of TRAPPED_HOOKS) trapScript(dir, `${prefix}-${hook}`, join(hooksDir, hook));
}

/** A bare repository under `dir` whose hooks record themselves: pushing there runs them. */
function decoyRepository(dir: string): string {
  const decoy = join(dir, 'decoy.git');
  runGit(['init', '--quiet', '--bare', '--initial-branch=main', decoy], dir);
  plantHooks(dir, join(decoy, 'hooks'), 'decoy-hook');
  return decoy;
}

/** The objects folder of the checkout's local origin, to plant as an alternate object store. */
function originObjects(checkout: string): string {
  const url = runGit(['remote', 'get-url', 'origin'], checkout);
  return join(url.startsWith('file:') ? fileURLToPath(url) : url, 'objects');
}

function gitDirOf(checkout: string): string {
  return runGit(['rev-parse', '--absolute-git-dir'], checkout);
}

function plantAttributes(checkout: string, line: string): void {
  const info = join(gitDirOf(checkout), 'info');
  mkdirSync(info, { recursive: true });
  writeFileSync(join(info, 'attributes'), `${line}\n`, { flag: 'a' });
  writeFileSync(join(checkout, '.gitattributes'), `${line}\n`, { flag: 'a' });
}

function plantTrap(checkout: string, dir: string, trap: GitTrap): void {
  const script = (name: string) => trapScript(dir, name);
  const config = (key: string, value: string) => runGit(['config', key, value], checkout);
  switch (trap) {
    case 'hooks':
      return plantHooks(dir, join(gitDirOf(checkout), 'hooks'));
    case 'hooks-path':
      plantHooks(dir, join(checkout, '.githooks'));
      return void config('core.hooksPath', join(checkout, '.githooks'));
    case 'fsmonitor':
      return void config('core.fsmonitor', script('fsmonitor'));
    case 'filter':
      plantAttributes(checkout, '* filter=trap');
      config('filter.trap.smudge', script('filter-smudge'));
      return void config('filter.trap.clean', script('filter-clean'));
    case 'textconv':
      plantAttributes(checkout, '* diff=trap');
      config('diff.trap.textconv', script('textconv'));
      config('diff.trap.command', script('diff-command'));
      return void config('diff.external', script('diff-external'));
    case 'upload-pack':
      config('remote.origin.uploadpack', `${script('upload-pack')}; git-upload-pack`);
      return void config(
        'remote.origin.receivepack',
        `${script('receive-pack')}; git-receive-pack`,
      );
    case 'alternate-refs': {
      const alternates = join(gitDirOf(checkout), 'objects', 'info', 'alternates');
      writeFileSync(alternates, `${originObjects(checkout)}\n`, { flag: 'a' });
      return void config('core.alternateRefsCommand', script('alternate-refs'));
    }
    case 'helpers':
      config('credential.helper', `!${script('credential-helper')}`);
      config('core.askPass', script('askpass'));
      config('commit.gpgSign', 'true');
      return void config('gpg.program', script('gpg'));
    case 'ssh-push':
      config('core.sshCommand', script('ssh-command'));
      return void config('remote.origin.pushurl', 'ssh://git@example.invalid/octo-org/repo.git');
    case 'ext-push':
      config('protocol.ext.allow', 'always');
      return void config('remote.origin.pushurl', `ext::${script('ext-remote')} %S`);
    case 'file-push':
      return void config('remote.origin.pushurl', decoyRepository(dir));
    case 'ssh-fetch':
      config('core.sshCommand', script('ssh-command'));
      return void config('remote.origin.url', 'ssh://git@example.invalid/octo-org/repo.git');
    case 'ext-fetch':
      config('protocol.ext.allow', 'always');
      return void config('remote.origin.url', `ext::${script('ext-remote')} %S`);
  }
}

/** Plants `traps` in `checkout` (and its .git); whatever runs records itself under `dir`. */
export function plantGitTraps(
  checkout: string,
  dir: string,
  traps: readonly GitTrap[] = GIT_TRAPS,
): PlantedTraps {
  mkdirSync(join(dir, 'sprung'), { recursive: true });
  for (const trap of traps) plantTrap(checkout, dir, trap);
  return {
    sprung: () =>
      readdirSync(join(dir, 'sprung')).map((file) => ({
        trap: file.replace(/\.\d+$/, ''),
        env: readFileSync(join(dir, 'sprung', file), 'utf8'),
      })),
  };
}

/**
 * The control: plain git commands in `checkout` (status, fetch, commit, checkout-index, textconv,
 * credential fill, push), which set off every planted trap; failures are ignored.
 */
export function springGitTraps(checkout: string): void {
  const scratch = mkdtempSync(join(tmpdir(), 'spring-'));
  const git = (args: string[], input?: string) =>
    spawnSync('git', args, { cwd: checkout, env: testGitEnv(), input, timeout: 60_000 });
  try {
    git(['status']);
    git(['fetch', 'origin']);
    git(['commit', '--allow-empty', '-m', 'control']);
    git(['checkout-index', '--all', '--force', `--prefix=${scratch}/`]);
    git(['cat-file', '--textconv', 'HEAD:README.md']);
    git(['credential', 'fill'], 'protocol=https\nhost=example.com\n\n');
    git(['push', 'origin', 'HEAD:refs/heads/control']);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
