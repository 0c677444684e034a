import type { GitRepo, ObjectType } from './git-repo.js';

/** One change to a tree: `entry: null` deletes the path (and everything under it). */
export interface TreeEdit {
  path: string;
  entry: { mode: string; type: ObjectType; sha: string } | null;
}

interface Dir {
  base: string | null;
  entries: Map<string, Node> | null;
  dirty: boolean;
}
type Node =
  { kind: 'dir'; dir: Dir } | { kind: 'entry'; mode: string; type: ObjectType; sha: string };

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** Applies edits to `baseTree` (or to an empty tree) and writes only the trees that changed, with mktree. */
export async function editTree(
  repo: GitRepo,
  baseTree: string | null,
  edits: readonly TreeEdit[],
): Promise<string> {
  const root: Dir = { base: baseTree, entries: null, dirty: baseTree === null };
  for (const edit of edits) await applyEdit(repo, root, edit);
  return (await writeDir(repo, root)) ?? (await repo.mktree([]));
}

export function splitTreePath(path: string): string[] {
  const parts = path.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..' || part === '.git')) {
    throw new Error(`tree path ${JSON.stringify(path)} is not a clean relative path`);
  }
  return parts;
}

async function applyEdit(repo: GitRepo, root: Dir, edit: TreeEdit): Promise<void> {
  const parts = splitTreePath(edit.path);
  const leaf = parts.pop() as string;
  let dir = root;
  for (const name of parts) {
    const entries = await load(repo, dir);
    dir.dirty = true;
    let node = entries.get(name);
    if (node?.kind !== 'dir') {
      if (edit.entry === null) return;
      node = { kind: 'dir', dir: { base: null, entries: new Map(), dirty: true } };
      entries.set(name, node);
    }
    dir = node.dir;
  }
  const entries = await load(repo, dir);
  dir.dirty = true;
  if (edit.entry === null) entries.delete(leaf);
  else if (edit.entry.type === 'tree') {
    entries.set(leaf, { kind: 'dir', dir: { base: edit.entry.sha, entries: null, dirty: false } });
  } else entries.set(leaf, { kind: 'entry', ...edit.entry });
}

async function load(repo: GitRepo, dir: Dir): Promise<Map<string, Node>> {
  if (dir.entries) return dir.entries;
  const entries = new Map<string, Node>();
  for (const entry of dir.base ? await repo.lsTree(dir.base) : []) {
    const node: Node =
      entry.type === 'tree'
        ? { kind: 'dir', dir: { base: entry.sha, entries: null, dirty: false } }
        : { kind: 'entry', mode: entry.mode, type: entry.type, sha: entry.sha };
    entries.set(entry.path, node);
  }
  dir.entries = entries;
  return entries;
}

/** The tree's sha, or null when it ended up empty (git drops empty directories). */
async function writeDir(repo: GitRepo, dir: Dir): Promise<string | null> {
  if (!dir.dirty) return dir.base === EMPTY_TREE ? null : dir.base;
  const lines = [];
  for (const [name, node] of dir.entries ?? []) {
    if (node.kind === 'entry') {
      lines.push({ mode: node.mode, type: node.type, sha: node.sha, name });
      continue;
    }
    const sha = await writeDir(repo, node.dir);
    if (sha) lines.push({ mode: '040000', type: 'tree' as const, sha, name });
  }
  return lines.length === 0 ? null : repo.mktree(lines);
}
