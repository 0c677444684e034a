import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { posix } from 'node:path';
import { GitError } from './errors.js';
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
  let blobs: Promise<BlobReader> | undefined;
  const list = () =>
    (listing ??= git
      .run(['ls-tree', '-r', '-t', '-z', '--full-tree', '--end-of-options', `${rev}^{tree}`])
      .then((result) => indexTree(parseLsTree(result.stdout))));
  const blobReader = () =>
    (blobs ??= git
      .run(['rev-parse', '--absolute-git-dir'])
      .then((result) => new BlobReader(result.stdout.trim())));
  return {
    rev,
    async readText(path) {
      const normal = normalize(path);
      const entry = normal === undefined ? undefined : (await list()).blobs.get(normal);
      return entry ? (await blobReader()).read(entry.oid) : undefined;
    },
    async listDir(dir) {
      const normal = normalize(dir);
      const children = normal === undefined ? undefined : (await list()).dirs.get(normal);
      return children?.map((child) => ({ ...child }));
    },
    close: () => void blobs?.then((reader) => reader.close()),
  };
}

interface Pending {
  oid: string;
  resolve(text: string): void;
  reject(error: Error): void;
}

/** One `git cat-file --batch`: requests answered in order; referenced only while busy. */
class BlobReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private readonly unsent: string[] = [];
  private chunks: Buffer[] = [];
  private length = 0;
  /** Bytes the answer at the front needs, once its header is known. */
  private needed = 0;
  private failure: Error | undefined;

  constructor(gitDir: string) {
    const env = { ...process.env, GIT_DIR: gitDir, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' };
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: gitDir, env, windowsHide: true });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.on('error', (error) => this.fail(error));
    this.child.on('close', (code) => this.fail(new Error(`exited with ${code}`)));
    this.child.stdin.on('error', (error) => this.fail(error));
    this.idle(true);
  }

  read(oid: string): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ oid, resolve, reject });
      if (this.queue.length === 1) this.idle(false);
      this.request(oid);
    });
  }

  /** Requests made in one tick go to git in one write: a write per blob costs more than git. */
  private request(oid: string): void {
    this.unsent.push(oid);
    if (this.unsent.length > 1) return;
    process.nextTick(() => {
      const lines = this.unsent.splice(0).map((line) => `${line}\n`);
      this.child.stdin.write(lines.join(''));
    });
  }

  close(): void {
    this.child.stdin.end();
    this.idle(true);
  }

  /** An idle reader must not keep Node alive; a busy one must. */
  private idle(idle: boolean): void {
    const handles = [this.child, this.child.stdout, this.child.stdin] as Array<{
      ref(): void;
      unref(): void;
    }>;
    for (const handle of handles)
      if (idle) handle.unref();
      else handle.ref();
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (this.length < this.needed) return;
    for (let answer = this.next(); answer !== undefined; answer = this.next()) {
      const pending = this.queue.shift();
      if (typeof answer === 'string') pending?.resolve(answer);
      else pending?.reject(answer);
      if (this.queue.length === 0) this.idle(true);
    }
  }

  /** Joins the received chunks only when an answer may be complete: no quadratic copying. */
  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private consume(bytes: number): void {
    const rest = this.joined().subarray(bytes);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
  }

  /** Takes one complete answer off the buffer: the blob's text, or an error for a bad object. */
  private next(): string | Error | undefined {
    const buffer = this.joined();
    const newline = buffer.indexOf(0x0a);
    if (newline < 0 || this.queue.length === 0) return undefined;
    const header = buffer.subarray(0, newline).toString('utf8');
    const match = /^(\S+) (\S+) (\d+)$/.exec(header);
    if (!match) {
      this.consume(newline + 1);
      return new Error(`git cat-file --batch: ${header}`);
    }
    const end = newline + 1 + Number(match[3]);
    this.needed = end + 1;
    if (buffer.length < this.needed) return undefined;
    const text = buffer.subarray(newline + 1, end).toString('utf8');
    this.needed = 0;
    this.consume(end + 1);
    return match[2] === 'blob' ? text : new Error(`${match[1]} is a ${match[2]}, not a blob`);
  }

  private fail(cause: Error): void {
    const args = ['cat-file', '--batch'];
    const message = `git cat-file --batch failed: ${cause.message}`;
    this.failure ??= new GitError(message, { args, exitCode: null, stderr: '' });
    for (const pending of this.queue.splice(0)) pending.reject(this.failure);
    this.idle(true);
  }
}
