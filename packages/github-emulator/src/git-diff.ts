import type { GitRepo } from './git-repo.js';

export interface DiffFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';
  /** Blob sha in head (in base for a removed file). */
  sha: string | null;
  additions: number;
  deletions: number;
  previous_filename?: string;
}

const STATUS: Record<string, DiffFile['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

interface RawChange {
  status: DiffFile['status'];
  sha: string | null;
  paths: string[];
}

/** Parses `git diff-tree -r -z -M --raw`: `:mode mode sha sha X\0path\0` (two paths for R/C). */
export function parseRaw(output: string): RawChange[] {
  const tokens = output.split('\0');
  const changes: RawChange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const meta = tokens[i] as string;
    if (!meta.startsWith(':')) continue;
    const [, , oldSha, newSha, code = ''] = meta.slice(1).split(' ');
    const letter = code.charAt(0);
    const pathCount = letter === 'R' || letter === 'C' ? 2 : 1;
    const paths = tokens.slice(i + 1, i + 1 + pathCount);
    i += pathCount;
    const sha = letter === 'D' ? (oldSha ?? null) : (newSha ?? null);
    changes.push({ status: STATUS[letter] ?? 'modified', sha, paths });
  }
  return changes;
}

/** Parses `git diff-tree -r -z -M --numstat`; binary files (`-`) count 0. */
export function parseNumstat(output: string): Array<{ additions: number; deletions: number }> {
  const tokens = output.split('\0');
  const counts = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(tokens[i] as string);
    if (!match) continue;
    if (match[3] === '') i += 2; // a rename: old and new paths follow as their own tokens
    const count = (value: string) => (value === '-' ? 0 : Number(value));
    counts.push({ additions: count(match[1] as string), deletions: count(match[2] as string) });
  }
  return counts;
}

export async function diffFiles(repo: GitRepo, base: string, head: string): Promise<DiffFile[]> {
  const args = ['diff-tree', '-r', '-z', '-M', '--no-commit-id'];
  const raw = parseRaw(await repo.text([...args, '--raw', base, head]));
  const numbers = parseNumstat(await repo.text([...args, '--numstat', base, head]));
  return raw.map((change, index) => {
    const counts = numbers[index] ?? { additions: 0, deletions: 0 };
    const file: DiffFile = {
      filename: change.paths[change.paths.length - 1] as string,
      status: change.status,
      sha: change.sha,
      ...counts,
    };
    if (change.paths.length === 2) file.previous_filename = change.paths[0] as string;
    return file;
  });
}
