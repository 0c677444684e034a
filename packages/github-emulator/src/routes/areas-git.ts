import { execFile } from 'node:child_process';
import type { EmulatorState } from '../state.js';

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

export interface FileChange {
  filename: string;
  previous_filename?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';
  sha: string | null;
  additions: number;
  deletions: number;
  patch?: string;
}

const STATUS: Record<string, FileChange['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/** Files changed between two commits with rename detection, as the pull request files list shows them. */
export async function diffFiles(
  state: EmulatorState,
  from: string,
  to: string,
): Promise<FileChange[]> {
  const [raw, numstat, patch] = await Promise.all([
    run(state, ['diff', '--raw', '-M', '-z', from, to]),
    run(state, ['diff', '--numstat', '-M', '-z', from, to]),
    run(state, ['diff', '-M', '--no-color', '--no-ext-diff', from, to]),
  ]);
  const changes = parseRaw(raw);
  const counts = parseNumstat(numstat);
  const patches = splitPatches(patch);
  return changes.map((change, index) => ({
    ...change,
    additions: counts[index]?.additions ?? 0,
    deletions: counts[index]?.deletions ?? 0,
    ...(patches[index] !== undefined && { patch: patches[index] }),
  }));
}

type RawChange = Omit<FileChange, 'additions' | 'deletions' | 'patch'>;

/** Parses `git diff --raw -z`: ":mode mode sha sha STATUS\0path\0[path\0]". */
export function parseRaw(output: string): RawChange[] {
  const fields = output.split('\0');
  const changes: RawChange[] = [];
  for (let i = 0; i + 1 < fields.length;) {
    const [, , oldSha = '', newSha = '', code = ''] = (fields[i] ?? '').split(' ');
    const letter = code.charAt(0);
    const status = STATUS[letter] ?? 'modified';
    const twoPaths = letter === 'R' || letter === 'C';
    const first = fields[i + 1] ?? '';
    const filename = twoPaths ? (fields[i + 2] ?? '') : first;
    const sha = letter === 'D' ? oldSha : newSha;
    changes.push({ filename, status, sha, ...(twoPaths && { previous_filename: first }) });
    i += twoPaths ? 3 : 2;
  }
  return changes;
}

/** Parses `git diff --numstat -z`; binary files count as 0/0 as on GitHub. */
export function parseNumstat(output: string): Array<{ additions: number; deletions: number }> {
  const fields = output.split('\0');
  const counts: Array<{ additions: number; deletions: number }> = [];
  for (let i = 0; i < fields.length; i += 1) {
    const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[i] ?? '');
    if (!match) continue;
    counts.push({ additions: Number(match[1]) || 0, deletions: Number(match[2]) || 0 });
    if (match[3] === '') i += 2; // a rename: the two paths follow as separate fields
  }
  return counts;
}

/** Splits a unified diff per file and keeps only the hunks (GitHub's `patch` field). */
export function splitPatches(output: string): Array<string | undefined> {
  const sections = output.split(/^diff --git /m).slice(1);
  return sections.map((section) => {
    const start = section.search(/^@@ /m);
    return start < 0 ? undefined : section.slice(start).replace(/\n$/, '');
  });
}
