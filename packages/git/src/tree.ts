import { pathPrefixes } from './refs.js';

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  oid: string;
  name: string;
}

export const SYMLINK_MODE = '120000';

/** Parses `git ls-tree -z` output: `<mode> SP <type> SP <oid> TAB <name> NUL`. */
export function parseLsTree(output: string): TreeEntry[] {
  return output
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const match = /^(\d{6}) (blob|tree|commit) ([0-9a-f]+)\t([\s\S]*)$/.exec(record);
      if (!match) throw new Error(`unexpected git ls-tree output: ${JSON.stringify(record)}`);
      const [, mode = '', type = '', oid = '', name = ''] = match;
      return { mode, type: type as TreeEntry['type'], oid, name };
    });
}

export type PathLookup =
  | { kind: 'found'; entry: TreeEntry }
  | { kind: 'absent' }
  | { kind: 'symlink'; link: string }
  | { kind: 'not-a-directory'; blocker: TreeEntry };

/**
 * Given the entries `ls-tree -t` found for every prefix of `path`, finds `path` itself.
 * A symlink on the way is reported, not followed: git stores the link, not what it points to.
 */
export function lookupPath(path: string, entries: readonly TreeEntry[]): PathLookup {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const prefixes = pathPrefixes(path);
  for (const [index, prefix] of prefixes.entries()) {
    const entry = byName.get(prefix);
    if (!entry) return { kind: 'absent' };
    if (entry.mode === SYMLINK_MODE) return { kind: 'symlink', link: prefix };
    if (index === prefixes.length - 1) return { kind: 'found', entry };
    if (entry.type !== 'tree') return { kind: 'not-a-directory', blocker: entry };
  }
  return { kind: 'absent' };
}

/**
 * Parses a tree object's bytes: `<mode> SP <name> NUL <raw oid>` per entry. `oidLength` is the
 * hex length of the repository's object names (40 for SHA-1, 64 for SHA-256).
 */
export function parseTreeObject(bytes: Buffer, oidLength: number): TreeEntry[] {
  const raw = oidLength / 2;
  const entries: TreeEntry[] = [];
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(0x20, at);
    const nul = bytes.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + raw > bytes.length)
      throw new Error(`malformed tree object at byte ${at}`);
    const mode = bytes.subarray(at, space).toString('latin1').padStart(6, '0');
    const name = bytes.subarray(space + 1, nul).toString('utf8');
    const oid = bytes.subarray(nul + 1, nul + 1 + raw).toString('hex');
    entries.push({ mode, type: typeOfMode(mode), oid, name });
    at = nul + 1 + raw;
  }
  return entries;
}

function typeOfMode(mode: string): TreeEntry['type'] {
  if (mode === '040000') return 'tree';
  return mode === '160000' ? 'commit' : 'blob';
}
