import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** Whether `path` is `root` or below it (both absolute, compared as given). */
export function isWithin(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** The real path (symbolic links resolved), or undefined when it does not exist. */
export function realPathOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return undefined;
    throw error;
  }
}

/**
 * The real path of `path`, which need not exist yet: its nearest existing ancestor resolved,
 * the missing rest appended (the action creates it). Undefined when a component is a link to
 * nothing: creating the path would create its target, wherever that is.
 */
export function realPathAllowingMissing(path: string): string | undefined {
  const missing: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    const real = realPathOf(current);
    if (real !== undefined) return join(real, ...missing.reverse());
    if (exists(current) || dirname(current) === current) return undefined;
    missing.push(basename(current));
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
