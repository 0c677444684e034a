import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

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
