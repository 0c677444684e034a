import { posix } from 'node:path';
import { BlobReader } from './blob-reader.js';
import type { Git } from './git.js';
import { SYMLINK_MODE, parseLsTree, type TreeEntry } from './tree.js';
import type { TreeEntryKind, TreeReader } from './tree-reader.js';

/** A TreeReader over one commit; close() ends its `git cat-file --batch` process. */
export interface GitTreeReader extends TreeReader {
  readonly rev: string;
  close(): void;
}

interface Listing {
  blobs: Map<string, TreeEntry>;
  dirs: Map<string, Array<{ name: string; kind: TreeEntryKind }>>;
}

function kindOf(entry: TreeEntry): TreeEntryKind {
  if (entry.type === 'tree') return 'dir';
  if (entry.type === 'commit') return 'submodule';
  return entry.mode === SYMLINK_MODE ? 'symlink' : 'file';
}

/** 'a/./b/' -> 'a/b', '' for the root; undefined when the path is absolute or leaves the tree. */
function normalize(path: string): string | undefined {
  const normal = posix.normalize(path || '.').replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../') || normal.startsWith('/')) return undefined;
  return normal === '.' ? '' : normal;
}

/** Indexes `ls-tree -r -t` output: every blob by path, every directory's children. */
export function indexTree(entries: readonly TreeEntry[]): Listing {
  const listing: Listing = { blobs: new Map(), dirs: new Map([['', []]]) };
  for (const entry of entries) {
    const slash = entry.name.lastIndexOf('/');
    const parent = slash < 0 ? '' : entry.name.slice(0, slash);
    const children = listing.dirs.get(parent) ?? [];
    children.push({ name: entry.name.slice(slash + 1), kind: kindOf(entry) });
    listing.dirs.set(parent, children);
    if (entry.type === 'tree') listing.dirs.set(entry.name, listing.dirs.get(entry.name) ?? []);
    else if (kindOf(entry) === 'file') listing.blobs.set(entry.name, entry);
  }
  return listing;
}

/**
 * Reads a commit's tree with one `git ls-tree -r -t -z` and serves blobs from one long-lived
 * `git cat-file --batch`, so building a graph costs two processes, not one per file.
 */
export function gitTreeReader(git: Git, rev: string): GitTreeReader {
  let listing: Promise<Listing> | undefined;
  let blobs: BlobReader | undefined;
  const list = () =>
    (listing ??= git
      .run(['ls-tree', '-r', '-t', '-z', '--full-tree', '--end-of-options', `${rev}^{tree}`])
      .then((result) => indexTree(parseLsTree(result.stdout))));
  const blobReader = () => (blobs ??= new BlobReader(git));
  return {
    rev,
    async readText(path) {
      const normal = normalize(path);
      const entry = normal === undefined ? undefined : (await list()).blobs.get(normal);
      return entry ? (await blobReader().read(entry.oid)).toString('utf8') : undefined;
    },
    async listDir(dir) {
      const normal = normalize(dir);
      const children = normal === undefined ? undefined : (await list()).dirs.get(normal);
      return children?.map((child) => ({ ...child }));
    },
    close: () => blobs?.close(),
  };
}
