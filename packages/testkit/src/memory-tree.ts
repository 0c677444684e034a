import type { TreeEntryKind, TreeReader } from '@infra-fleet/git';

/** A TreeReader over an in-memory map of repository-relative file paths to their text. */
export function memoryTree(files: Record<string, string>): TreeReader {
  const paths = Object.keys(files);
  return {
    readText: async (path) => files[path],
    listDir: async (dir) => {
      const prefix = dir === '' ? '' : `${dir}/`;
      const below = paths.filter((path) => path.startsWith(prefix));
      if (below.length === 0 && dir !== '') return undefined;
      const entries = new Map<string, TreeEntryKind>();
      for (const path of below) {
        const [name, ...rest] = path.slice(prefix.length).split('/');
        if (name) entries.set(name, rest.length > 0 ? 'dir' : 'file');
      }
      return [...entries].map(([name, kind]) => ({ name, kind }));
    },
  };
}
