import { posix } from 'node:path';

/** Forms kustomize (and Flux) fetch instead of reading from the tree. */
const REMOTE = [
  /^[a-z][a-z0-9+.-]*:\/\//i, // https://, http://, ssh://, file://, oci://
  /^[a-z0-9]+::/i, // git::, s3::, hg::
  /^[\w.-]+@[\w.-]+:/, // git@github.com:org/repo
  /^(?:github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com)\//i,
  /[?&](?:ref|version|timeout|submodules)=/,
];

export function isRemote(path: string): boolean {
  return REMOTE.some((pattern) => pattern.test(path));
}

/** A reference resolved against the directory that names it, or why it cannot be. */
export type Resolved = { path: string } | { error: string };

/** `ref` resolved against `dir` ('' is the repository root), kept inside the repository. */
export function resolveLocal(dir: string, ref: string): Resolved {
  if (ref.startsWith('/')) {
    return { error: 'is an absolute path; write it relative to the file that names it' };
  }
  const joined = posix.normalize(posix.join(dir, ref)).replace(/\/+$/, '');
  if (joined === '..' || joined.startsWith('../')) {
    return { error: 'points outside the repository; keep references inside it' };
  }
  return { path: joined === '.' ? '' : joined };
}

/** A Flux spec.path is relative to the source root; Flux accepts './x', 'x' and '/x'. */
export function resolveFluxPath(path: string): Resolved {
  return resolveLocal('', path.replace(/^\/+/, ''));
}

export function parentDir(path: string): string {
  const parent = posix.dirname(path);
  return parent === '.' ? '' : parent;
}

export function baseName(path: string): string {
  return posix.basename(path);
}
