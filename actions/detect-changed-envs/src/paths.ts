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
