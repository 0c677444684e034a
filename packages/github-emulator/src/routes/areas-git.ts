import { execFile } from 'node:child_process';
import type { EmulatorState } from '../state.js';
import type { DiffFile } from '../git-diff.js';

/** Read-only git queries on the emulator's bare repository for pulls, runs, deployments and releases. */

function gitDir(state: EmulatorState): string {
  return state.git.dir;
}

function run(state: EmulatorState, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd: gitDir(state), maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

/** The commit a ref name or sha points at, or undefined when there is none. */
export async function resolveCommit(
  state: EmulatorState,
  ref: string,
): Promise<string | undefined> {
  if (ref === '' || ref.startsWith('-')) return undefined;
  try {
    return (await run(state, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    return undefined;
  }
}

export function branchTip(state: EmulatorState, branch: string): Promise<string | undefined> {
  return resolveCommit(state, `refs/heads/${branch}`);
}

export async function mergeBase(state: EmulatorState, a: string, b: string): Promise<string> {
  return (await run(state, ['merge-base', a, b])).trim();
}

export async function countCommits(
  state: EmulatorState,
  from: string,
  to: string,
): Promise<number> {
  return Number((await run(state, ['rev-list', '--count', `${from}..${to}`])).trim());
}

/** Creates a lightweight tag when it does not exist yet (GitHub tags the target on publish). */
export async function ensureTag(state: EmulatorState, tag: string, sha: string): Promise<void> {
  if (await resolveCommit(state, `refs/tags/${tag}`)) return;
  await run(state, ['update-ref', `refs/tags/${tag}`, sha, '']);
}

export interface CommitSummary {
  id: string;
  tree_id: string;
  message: string;
  timestamp: string;
  author: { name: string; email: string };
  committer: { name: string; email: string };
}

export async function commitSummary(
  state: EmulatorState,
  sha: string,
): Promise<CommitSummary | null> {
  if (!(await resolveCommit(state, sha))) return null;
  const format = ['%H', '%T', '%an', '%ae', '%cn', '%ce', '%cI', '%B'].join('%x00');
  const out = await run(state, ['show', '-s', `--format=${format}`, sha]);
  const [id = '', tree = '', an = '', ae = '', cn = '', ce = '', date = '', message = ''] =
    out.split('\0');
  const timestamp = new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    id,
    tree_id: tree,
    message: message.replace(/\n+$/, ''),
    timestamp,
    author: { name: an, email: ae },
    committer: { name: cn, email: ce },
  };
}

/** A changed file as the pull request files list shows it: git-diff's entry plus the hunks. */
export interface FileChange extends DiffFile {
  patch?: string;
}

/** Files changed between two commits with rename detection, as the pull request files list shows them. */
export async function diffFiles(
  state: EmulatorState,
  from: string,
  to: string,
): Promise<FileChange[]> {
  const [files, patch] = await Promise.all([
    state.git.diffFiles(from, to),
    run(state, ['diff', '-M', '--no-color', '--no-ext-diff', from, to]),
  ]);
  const patches = splitPatches(patch);
  return files.map((file, index) => ({
    ...file,
    ...(patches[index] !== undefined && { patch: patches[index] }),
  }));
}

/** Splits a unified diff per file and keeps only the hunks (GitHub's `patch` field). */
export function splitPatches(output: string): Array<string | undefined> {
  const sections = output.split(/^diff --git /m).slice(1);
  return sections.map((section) => {
    const start = section.search(/^@@ /m);
    return start < 0 ? undefined : section.slice(start).replace(/\n$/, '');
  });
}
