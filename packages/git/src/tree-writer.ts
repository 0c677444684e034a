import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { GitObject } from './blob-reader.js';
import { GitError } from './errors.js';
import { parseTreeObject, type TreeEntry } from './tree.js';
import type { IndexEntry } from './writes.js';

const ARGS = ['mktree', '--batch', '-z'];

/** One `git mktree --batch -z`: trees written one at a time, each answered with its oid. */
class TreeMaker {
  private readonly waiting: Array<{ resolve(oid: string): void; reject(error: Error): void }> = [];
  private stdout = '';
  private stderr = '';
  private failure: Error | undefined;

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8').on('data', (text: string) => this.receive(text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (this.stderr += text));
    child.on('error', (error) => this.fail(error.message, null));
    child.on('close', (code) => this.fail(`exited with ${code}`, code));
    child.stdin.on('error', (error) => this.fail(error.message, null));
  }

  write(entries: readonly TreeEntry[]): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    const records = entries.map((e) => `${e.mode} ${e.type} ${e.oid}\t${e.name}\0`).join('');
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${records}\0`);
    });
  }

  end(): void {
    this.child.stdin.end();
  }

  private receive(text: string): void {
    this.stdout += text;
    for (let newline = this.stdout.indexOf('\n'); newline >= 0;) {
      const line = this.stdout.slice(0, newline).trim();
      this.stdout = this.stdout.slice(newline + 1);
      this.waiting.shift()?.resolve(line);
      newline = this.stdout.indexOf('\n');
    }
  }

  private fail(cause: string, exitCode: number | null): void {
    if (this.waiting.length === 0) return;
    const detail = this.stderr.trim() || cause;
    this.failure ??= new GitError(`git mktree failed: ${detail}`, {
      args: ARGS,
      exitCode,
      stderr: this.stderr,
    });
    for (const pending of this.waiting.splice(0)) pending.reject(this.failure);
  }
}

/** A path written twice in one commit is a caller bug. */
function assertDistinct(entries: readonly IndexEntry[]): void {
  const seen = new Set<string>();
  for (const { path } of entries) {
    if (seen.has(path))
      throw new Error(`'${path}' is listed twice; write each file once per commit`);
    seen.add(path);
  }
}

interface Objects {
  read(name: string): Promise<GitObject | undefined>;
}

/** The tree `tree` with `changes` applied (paths relative to it), written bottom-up. */
async function rewrite(
  objects: Objects,
  maker: TreeMaker,
  tree: string | undefined,
  changes: readonly IndexEntry[],
): Promise<string> {
  const current = tree === undefined ? undefined : await objects.read(tree);
  if (tree !== undefined && current?.type !== 'tree')
    throw new Error(`${tree} is not a tree object`);
  const entries = new Map<string, TreeEntry>();
  for (const entry of current ? parseTreeObject(current.bytes, current.oid.length) : [])
    entries.set(entry.name, entry);
  const below = new Map<string, IndexEntry[]>();
  for (const change of changes) {
    const slash = change.path.indexOf('/');
    if (slash < 0) {
      entries.set(change.path, {
        mode: change.mode,
        type: 'blob',
        oid: change.oid,
        name: change.path,
      });
      continue;
    }
    const folder = change.path.slice(0, slash);
    const rest = { ...change, path: change.path.slice(slash + 1) };
    below.set(folder, [...(below.get(folder) ?? []), rest]);
  }
  for (const [folder, nested] of below) {
    const existing = entries.get(folder);
    const subtree = existing?.type === 'tree' ? existing.oid : undefined;
    const oid = await rewrite(objects, maker, subtree, nested);
    entries.set(folder, { mode: '040000', type: 'tree', oid, name: folder });
  }
  return maker.write([...entries.values()]);
}

/**
 * Writes the tree `base` with `changes` through one `git mktree --batch`: only the trees on
 * the changed paths are written, without an index (the worktree and the real index are
 * untouched, and no scratch index file is needed).
 */
export async function writeTreeWith(
  spawnGit: (args: readonly string[]) => ChildProcessWithoutNullStreams,
  objects: Objects,
  base: string,
  changes: readonly IndexEntry[],
): Promise<string> {
  assertDistinct(changes);
  const maker = new TreeMaker(spawnGit(ARGS));
  try {
    return await rewrite(objects, maker, base, changes);
  } finally {
    maker.end();
  }
}
