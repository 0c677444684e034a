/** Pure validation of the names and paths this adapter hands to git. */

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function assertSha(value: string, what = 'commit'): string {
  if (!FULL_SHA.test(value)) {
    throw new Error(`${what} '${value}' is not a full object id (40 or 64 lowercase hex digits)`);
  }
  return value;
}

function refNameProblem(name: string): string | undefined {
  if (name === '' || name === '@') return 'it is empty or "@"';
  if (name.startsWith('-')) return 'it starts with "-"';
  const control = [...name].some((char) => char.charCodeAt(0) <= 0x20 || char === '\x7f');
  if (control || /[~^:?*[\\]/.test(name)) {
    return 'it contains a space, control character or one of ~^:?*[\\';
  }
  if (name.includes('..') || name.includes('@{')) return 'it contains ".." or "@{"';
  const parts = name.split('/');
  if (parts.some((part) => part === '' || part.startsWith('.') || part.endsWith('.lock'))) {
    return 'a component is empty, starts with "." or ends with ".lock"';
  }
  if (name.endsWith('.')) return 'it ends with "."';
  return undefined;
}

/** A branch name as git check-ref-format would accept it (short form, without refs/heads/). */
export function assertBranchName(branch: string): string {
  const problem = refNameProblem(branch);
  if (problem) throw new Error(`branch name '${branch}' is not a valid git branch: ${problem}`);
  if (branch.startsWith('refs/')) {
    throw new Error(`branch name '${branch}' must be the short name, e.g. 'main', not a full ref`);
  }
  return branch;
}

/** True when `remote` can be a remote's name (so refs/remotes/<remote>/... is a valid ref). */
export function isRemoteName(remote: string): boolean {
  return !remote.includes('/') && !remote.includes(':') && refNameProblem(remote) === undefined;
}

/**
 * A repository-relative path in git's form: forward slashes, no leading "./" or "/", no "..".
 * '' and '.' mean the root.
 */
export function normalizeRepoPath(path: string): string {
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (path.startsWith('/'))
    throw new Error(`path '${path}' must be relative to the repository root`);
  if (parts.includes('..') || path.includes('\\') || path.includes('\0')) {
    throw new Error(
      `path '${path}' must stay inside the repository and use forward slashes (no "..", "\\" or NUL)`,
    );
  }
  return parts.join('/');
}

/** 'a/b/c' -> ['a', 'a/b', 'a/b/c'] */
export function pathPrefixes(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}
