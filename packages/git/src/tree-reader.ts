import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';

export type TreeEntryKind = 'file' | 'dir' | 'symlink' | 'submodule';

/**
 * Read-only view of one tree of a repository (the working tree, or a commit), addressed by
 * repository-relative POSIX paths. Dependency graphs are built against it, so the same code
 * reads the base and the head of a change.
 */
export interface TreeReader {
  /** The file's text; undefined when there is no regular file at `path`. */
  readText(path: string): Promise<string | undefined>;
  /** The entries of a directory ('' is the root); undefined when there is no directory at `dir`. */
  listDir(dir: string): Promise<Array<{ name: string; kind: TreeEntryKind }> | undefined>;
}

/** Dependency graphs built over a TreeReader (Terragrunt units, Kustomize overlays) share these shapes. */
/** One dependency of a node: the file, and the hops from the node's own config to it. */
export interface Reference {
  file: string;
  via: string[];
}

/**
 * Something the graph could not parse or follow. 'node' affects only that node (fail closed
 * for it); 'all' means the graph cannot tell which nodes are affected.
 */
export interface GraphProblem {
  file: string;
  message: string;
  scope: 'node' | 'all';
  node?: string;
}

function kindOf(stats: { isDirectory(): boolean; isSymbolicLink(): boolean }): TreeEntryKind {
  if (stats.isSymbolicLink()) return 'symlink';
  return stats.isDirectory() ? 'dir' : 'file';
}

/** A TreeReader over a directory on disk; symlinks are reported, never followed. */
export function fsTreeReader(root: string): TreeReader {
  const absolute = (path: string) => join(root, ...posix.normalize(path || '.').split('/'));
  return {
    async readText(path) {
      const stats = await lstat(absolute(path)).catch(() => undefined);
      if (!stats?.isFile()) return undefined;
      return readFile(absolute(path), 'utf8');
    },
    async listDir(dir) {
      const stats = await lstat(absolute(dir)).catch(() => undefined);
      if (!stats?.isDirectory()) return undefined;
      const entries = await readdir(absolute(dir), { withFileTypes: true });
      return entries
        .filter((entry) => entry.name !== '.git')
        .map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
    },
  };
}

/**
 * A TreeReader over a known list of file paths (e.g. one recursive API tree listing); texts
 * are read on demand, each once.
 */
export function listedTreeReader(
  paths: readonly string[],
  read: (path: string) => Promise<string | undefined>,
): TreeReader {
  const dirs = new Map<string, Map<string, TreeEntryKind>>([['', new Map()]]);
  for (const path of paths) {
    const parts = path.split('/');
    parts.forEach((name, index) => {
      const parent = parts.slice(0, index).join('/');
      const children = dirs.get(parent) ?? new Map<string, TreeEntryKind>();
      children.set(name, index === parts.length - 1 ? 'file' : 'dir');
      dirs.set(parent, children);
    });
  }
  const files = new Set(paths);
  const texts = new Map<string, Promise<string | undefined>>();
  return {
    readText(path) {
      if (!files.has(path)) return Promise.resolve(undefined);
      const text = texts.get(path) ?? read(path);
      texts.set(path, text);
      return text;
    },
    async listDir(dir) {
      const children = dirs.get(dir);
      return children && [...children].map(([name, kind]) => ({ name, kind }));
    },
  };
}
