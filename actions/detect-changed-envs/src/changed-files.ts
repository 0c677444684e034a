import type { Git } from '@infra-fleet/git';

/** One line of `git diff --name-status`: A, M, D, T, U, X, or R/C with the old path in `from`. */
export interface Change {
  status: string;
  path: string;
  from?: string;
}

/** Parses `git diff --name-status -z`: `STATUS NUL path NUL`, or `R<score> NUL old NUL new NUL`. */
export function parseNameStatus(output: string): Change[] {
  const fields = output.split('\0');
  const changes: Change[] = [];
  for (let index = 0; index < fields.length && fields[index] !== '';) {
    const code = fields[index] ?? '';
    const status = code.charAt(0);
    if (!/^[ACDMRTUX]\d*$/.test(code)) {
      throw new Error(`unexpected git diff --name-status output: ${JSON.stringify(code)}`);
    }
    if (status === 'R' || status === 'C') {
      const [from = '', path = ''] = fields.slice(index + 1, index + 3);
      changes.push({ status, path, from });
      index += 3;
    } else {
      changes.push({ status, path: fields[index + 1] ?? '' });
      index += 2;
    }
  }
  return changes;
}

/** Every path a change touches: both sides of a rename; copies only add their new path. */
export function touchedPaths(change: Change): string[] {
  return change.status === 'R' && change.from ? [change.from, change.path] : [change.path];
}

/**
 * Whether the base tree's graph can attribute anything the head's cannot. Only when a path
 * disappears (deleted, renamed away, turned into a symlink or submodule): otherwise every base
 * reference chain to a changed file meets its first changed file at head too, in the same
 * node, so the head graph alone attributes every change, and building the base graph would
 * only cost time.
 */
export function baseGraphNeeded(changes: readonly Change[]): boolean {
  return changes.some((change) => !['A', 'M', 'C'].includes(change.status));
}

/** How a path shows in a reason chain: deletions and renames say so. */
export function pathLabel(change: Change, path: string): string {
  if (change.status === 'D') return `${path} (deleted)`;
  if (change.status === 'R') {
    return path === change.from
      ? `${path} (renamed to ${change.path})`
      : `${path} (renamed from ${change.from})`;
  }
  return path;
}

/** The files that differ between two local commits; renames detected, nothing from an API. */
export async function changedFiles(git: Git, base: string, head: string): Promise<Change[]> {
  const args = [
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
  ];
  const result = await git.run([...args, base, head, '--']);
  return parseNameStatus(result.stdout);
}
