/** What a `uses:` value points at. */
export type UsesTarget =
  | { kind: 'local'; path: string }
  | { kind: 'docker'; image: string }
  | { kind: 'remote'; owner: string; repo: string; path: string; ref: string }
  | { kind: 'invalid' };

const REMOTE = /^([^/@\s]+)\/([^/@\s]+)((?:\/[^@\s]+)?)@(\S+)$/;
const FULL_SHA = /^[0-9a-f]{40}$/;
const DIGEST = /@sha256:[0-9a-f]{64}$/;

export function parseUses(value: string): UsesTarget {
  // `$/path` is the validator's spelling of "this repository at the running commit".
  if (value.startsWith('./') || value.startsWith('$/')) {
    return { kind: 'local', path: normalisePath(value.slice(2)) };
  }
  if (value.startsWith('docker://'))
    return { kind: 'docker', image: value.slice('docker://'.length) };
  const match = REMOTE.exec(value);
  if (!match) return { kind: 'invalid' };
  const [, owner = '', repo = '', subPath = '', ref = ''] = match;
  return { kind: 'remote', owner, repo, path: normalisePath(subPath), ref };
}

/** `owner/repo` of a remote target, e.g. `actions/checkout`. */
export function remoteName(target: UsesTarget): string | undefined {
  return target.kind === 'remote' ? `${target.owner}/${target.repo}`.toLowerCase() : undefined;
}

export function isPinned(target: UsesTarget): boolean {
  if (target.kind === 'remote') return FULL_SHA.test(target.ref);
  if (target.kind === 'docker') return DIGEST.test(target.image);
  return true;
}

/**
 * The repository-relative path a `uses:` resolves to inside this repository: `./x`, or
 * `<any owner>/<repositoryName>/x@ref` (this repository referenced from outside; its contract is
 * read from the working tree, which only ever adds inputs).
 */
export function pathInRepository(value: string, repositoryName: string): string | undefined {
  const target = parseUses(value);
  if (target.kind === 'local') return target.path;
  if (target.kind !== 'remote' || target.path === '') return undefined;
  return target.repo.toLowerCase() === repositoryName.toLowerCase() ? target.path : undefined;
}

/** `./actions/x/` -> `actions/x`. */
export function normalisePath(value: string): string {
  const parts = value.split('/').filter((part) => part !== '' && part !== '.');
  return parts.join('/');
}

export function isWorkflowPath(repoPath: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(repoPath);
}
