import { PERMANENT, type Domain, type Roots } from './model.js';

/** Documentation: `*.md`, anything under a `docs/` folder, LICENSE/COPYING files. */
export function isDocs(path: string): boolean {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  if (/\.(md|markdown)$/i.test(name)) return true;
  if (/^(LICEN[CS]E|COPYING)(\.[^/]*)?$/i.test(name)) return true;
  return parts.slice(0, -1).includes('docs');
}

/** `a/b/c` -> ['a/b', 'a']: the folders holding a path, nearest first. */
export function parentDirs(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, index) => parts.slice(0, parts.length - 1 - index).join('/'));
}

/** Folders whose contents belong to one target, whatever references them. */
const TARGET_FOLDERS: Record<Domain, (roots: Roots) => string[]> = {
  infrastructure: (roots) => [`${roots.infrastructure}/environments`],
  k8s: (roots) => [`${roots.k8s}/overlays`, `${roots.k8s}/clusters`],
};

/** The target folder a path lies in, e.g. infrastructure/environments/staging -> staging. */
export function targetFolder(
  domain: Domain,
  roots: Roots,
  path: string,
): { folder: string; target: string } | undefined {
  if (domain === 'infrastructure' && path.startsWith(`${roots.infrastructure}/${PERMANENT}/`)) {
    return { folder: `${roots.infrastructure}/${PERMANENT}`, target: PERMANENT };
  }
  for (const parent of TARGET_FOLDERS[domain](roots)) {
    if (!path.startsWith(`${parent}/`)) continue;
    const [target, ...rest] = path.slice(parent.length + 1).split('/');
    if (target && rest.length > 0) return { folder: `${parent}/${target}`, target };
  }
  return undefined;
}
