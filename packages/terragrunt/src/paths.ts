import { posix } from 'node:path';

/**
 * Terragrunt functions return absolute paths. We evaluate against a virtual absolute root so
 * that string manipulation (dirname, basename, "${get_terragrunt_dir()}/../x") behaves as in
 * Terragrunt, and map results back to repository-relative paths.
 */
export const REPO_ROOT = '/__repo__';

export function toVirtual(repoPath: string): string {
  return repoPath ? `${REPO_ROOT}/${repoPath}` : REPO_ROOT;
}

/** The repository-relative form of a virtual absolute path; undefined when outside the repo. */
export function fromVirtual(absolute: string): string | undefined {
  const normal = posix.normalize(absolute).replace(/\/+$/, '');
  if (normal === REPO_ROOT) return '';
  return normal.startsWith(`${REPO_ROOT}/`) ? normal.slice(REPO_ROOT.length + 1) : undefined;
}

/** Resolves `path` (absolute, or relative to the repo-relative `baseDir`) to a virtual path. */
export function resolveVirtual(baseDir: string, path: string): string {
  if (posix.isAbsolute(path)) return posix.normalize(path);
  return posix.normalize(posix.join(toVirtual(baseDir), path));
}

/** Resolves to a repository-relative path, or undefined when it leaves the repository. */
export function resolveRepo(baseDir: string, path: string): string | undefined {
  return fromVirtual(resolveVirtual(baseDir, path));
}

export function dirOf(repoPath: string): string {
  const dir = posix.dirname(repoPath);
  return dir === '.' ? '' : dir;
}

export function joinRepo(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** Terragrunt's GetPathRelativeTo: "." for the same dir, POSIX separators. */
export function relativePath(fromDir: string, toDir: string): string {
  return posix.relative(toVirtual(fromDir), toVirtual(toDir)) || '.';
}

/** Where a terragrunt.stack.hcl generates its units and stacks. */
export const STACK_DIR = '.terragrunt-stack';

/**
 * The dir a stack's `unit`/`stack` block generates into (Terragrunt's resolveDestPath):
 * <stack>/.terragrunt-stack/<path>, or <stack>/<path> with no_dot_terragrunt_stack. Undefined
 * for a path that is absolute or leaves that dir, which Terragrunt refuses.
 */
export function generatedDir(stackDir: string, path: string, noStack: boolean): string | undefined {
  const base = noStack ? stackDir : joinRepo(stackDir, STACK_DIR);
  if (posix.isAbsolute(path)) return undefined;
  const inside = posix.relative(toVirtual(base), resolveVirtual(base, path));
  return inside === '' || inside.startsWith('..') ? undefined : joinRepo(base, inside);
}
