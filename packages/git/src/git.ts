import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ObjectReader, type GitObject } from './blob-reader.js';
import { commandFailed, GitError, stderrReason } from './errors.js';
import { writeEntries } from './export.js';
import { baseEnv, forcedEnv, hardenedArgs, type Transports } from './hardening.js';
import { mergeEnv, runProcess } from './process.js';
import { classifyPush, parsePushPorcelain } from './push-status.js';
import {
  assertBranchName,
  assertSha,
  isRemoteName,
  normalizeRepoPath,
  pathPrefixes,
} from './refs.js';
import {
  lookupPath,
  parseLsTree,
  parseTreeObject,
  SYMLINK_MODE,
  type PathLookup,
  type TreeEntry,
} from './tree.js';
import { writeTreeWith } from './tree-writer.js';
import type {
  FileAtRev,
  FileWrite,
  GitIdentity,
  GitOptions,
  PushResult,
  RunOptions,
  RunResult,
} from './types.js';
import { assertIdentity, assertWritableMode, type IndexEntry } from './writes.js';

/** How reads are named in errors: they go through one long-lived `git cat-file --batch`. */
const READ_ARGS = ['cat-file', '--batch'];
/** Reads of one operation come in quick succession; an idle reader does not outlive it long. */
const IDLE_MS = 250;

/** A refusal decided from git's answers rather than by git itself. */
function refusal(message: string, args: readonly string[]): GitError {
  return new GitError(message, { args, exitCode: 0, stderr: '' });
}

/**
 * The git CLI behind one small interface. Reads and writes go through plumbing only, and every
 * command runs hardened against the checkout (see hardening.ts).
 */
export class Git {
  private readonly cwd: string;
  private readonly env: Record<string, string | undefined>;
  private readonly gitPath: string;
  private readonly transports: Transports;
  private shallow: Promise<boolean> | undefined;
  private reader: ObjectReader | undefined;

  constructor(options: GitOptions) {
    this.cwd = options.cwd;
    this.env = options.env ?? {};
    this.gitPath = options.gitPath ?? 'git';
    this.transports = options.transports ?? {};
  }

  /** What git is started with: hardened arguments, and only the environment it needs. */
  private invocation(args: readonly string[], env?: Record<string, string>) {
    return {
      args: hardenedArgs(args, this.transports),
      env: mergeEnv(baseEnv(process.env), this.env, env, forcedEnv()),
    };
  }

  async run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const started = this.invocation(args, options.env);
    const request = { ...started, file: this.gitPath, cwd: this.cwd, input: options.input };
    const result = await runProcess(request);
    if (result.spawnError) {
      const message =
        `could not run '${this.gitPath}' in ${this.cwd}: ${result.spawnError.message}; ` +
        'install git or set gitPath, and check that the directory exists';
      throw new GitError(message, { args, exitCode: null, stderr: '' });
    }
    if (result.exitCode !== 0 && !options.allowFailure) throw commandFailed({ ...result, args });
    return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode ?? -1 };
  }

  /** A long-lived git process (e.g. `cat-file --batch`), hardened as run() is. */
  spawn(args: readonly string[]): ChildProcessWithoutNullStreams {
    const started = this.invocation(args);
    return spawn(this.gitPath, started.args, {
      cwd: this.cwd,
      env: started.env,
      windowsHide: true,
    });
  }

  async topLevel(): Promise<string> {
    return (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim();
  }

  /** Asked once per instance: fetching at depth 1 keeps a shallow clone shallow and vice versa. */
  isShallow(): Promise<boolean> {
    this.shallow ??= this.run(['rev-parse', '--is-shallow-repository']).then(
      (result) => result.stdout.trim() === 'true',
    );
    return this.shallow;
  }

  async remoteUrl(remote: string): Promise<string> {
    return (await this.run(['remote', 'get-url', '--', remote])).stdout.trim();
  }

  async fetchBranch(remote: string, branch: string): Promise<string> {
    assertBranchName(branch);
    const tracking = isRemoteName(remote) ? `refs/remotes/${remote}/${branch}` : undefined;
    const refspec = `+refs/heads/${branch}${tracking ? `:${tracking}` : ''}`;
    const depth = (await this.isShallow()) ? ['--depth=1'] : [];
    const args = ['fetch', '--quiet', '--no-tags', ...depth, '--', remote, refspec];
    const result = await this.run(args, { allowFailure: true });
    if (result.exitCode !== 0 && /couldn't find remote ref/i.test(result.stderr)) {
      const message = `branch '${branch}' does not exist on remote '${remote}'; create it first or choose an existing branch`;
      throw new GitError(message, { args, exitCode: result.exitCode, stderr: result.stderr });
    }
    if (result.exitCode !== 0) throw commandFailed({ ...result, args });
    return this.revParse(tracking ?? 'FETCH_HEAD');
  }

  async revParse(rev: string): Promise<string> {
    const commit = await this.object(`${rev}^{commit}`);
    if (commit?.type === 'commit') return commit.oid;
    const message = `'${rev}' does not name a commit in ${this.cwd}; check the name or fetch it first`;
    throw new GitError(message, { args: READ_ARGS, exitCode: 0, stderr: '' });
  }

  /** The tree of a commit (or the tree a name resolves to). */
  async treeOf(rev: string): Promise<string> {
    return (await this.treeObject(`${rev}^{tree}`)).oid;
  }

  async listTree(rev: string, dir: string): Promise<TreeEntry[] | undefined> {
    const path = normalizeRepoPath(dir);
    let name = `${rev}^{tree}`;
    if (path !== '') {
      const entry = await this.existing(rev, path, 'tree');
      if (!entry) return undefined;
      name = entry.oid;
    }
    return parseTreeObject(...(await this.tree(name)));
  }

  async readFile(rev: string, path: string): Promise<FileAtRev | undefined> {
    const normalized = normalizeRepoPath(path);
    if (normalized === '') throw new Error(`readFile needs a file path, got '${path}'`);
    const entry = await this.existing(rev, normalized, 'blob');
    if (!entry) return undefined;
    const blob = await this.object(entry.oid);
    if (blob?.type !== 'blob') throw refusal(`${entry.oid} is not a blob`, READ_ARGS);
    const content = blob.bytes.toString('utf8');
    return { path: normalized, mode: entry.mode, oid: entry.oid, content };
  }

  async writeTree(baseCommit: string, files: readonly FileWrite[]): Promise<string> {
    const base = await this.revParse(baseCommit);
    const entries: IndexEntry[] = [];
    for (const file of files) entries.push(await this.writeBlob(base, file));
    const objects = { read: (name: string) => this.object(name) };
    return writeTreeWith((args) => this.spawn(args), objects, `${base}^{tree}`, entries);
  }

  /**
   * Writes every file of a tree (or commit) under `dir`, as stored: no checkout-index, so no
   * filter, attribute or hook of the checkout runs. The worktree and real index are untouched.
   */
  exportTree(treeish: string, dir: string): Promise<void> {
    return this.exportEntries(treeish, dir, () => true);
  }

  /** Writes only `paths` of a tree (or commit) under `dir`, as exportTree does; absent ones are skipped. */
  exportFiles(treeish: string, dir: string, paths: readonly string[]): Promise<void> {
    const wanted = new Set(paths.map(normalizeRepoPath));
    return this.exportEntries(treeish, dir, (path) => wanted.has(path));
  }

  private async exportEntries(treeish: string, dir: string, keep: (path: string) => boolean) {
    const args = ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', treeish];
    const entries = parseLsTree((await this.run(args)).stdout);
    await writeEntries(
      this,
      dir,
      entries.filter((e) => e.type === 'blob' && keep(e.name)),
    );
  }

  async commitTree(
    tree: string,
    parents: readonly string[],
    message: string,
    identity: GitIdentity,
    date?: string,
  ): Promise<string> {
    assertSha(tree, 'tree');
    const parentArgs = parents.flatMap((parent) => ['-p', assertSha(parent, 'parent')]);
    const env = identityEnv(assertIdentity(identity), date);
    const result = await this.run(
      ['commit-tree', '--no-gpg-sign', tree, ...parentArgs, '-F', '-'],
      {
        env,
        input: message,
      },
    );
    return result.stdout.trim();
  }

  async push(remote: string, sha: string, branch: string): Promise<PushResult> {
    const ref = `refs/heads/${assertBranchName(branch)}`;
    const args = ['push', '--porcelain', '--', remote, `${assertSha(sha)}:${ref}`];
    const result = await this.run(args, { allowFailure: true });
    const status = parsePushPorcelain(result.stdout).find((line) =>
      line.refspec.endsWith(`:${ref}`),
    );
    const outcome = classifyPush(status, stderrReason(result.stderr));
    if (outcome.status !== 'failed') return outcome;
    const message = `git push of ${sha} to ${remote} ${ref} failed: ${outcome.reason}`;
    throw new GitError(message, { args, exitCode: result.exitCode, stderr: result.stderr });
  }

  /** The entry at rev:path when it exists and has the expected type; refuses symlinks. */
  private async existing(
    rev: string,
    path: string,
    type: 'blob' | 'tree',
  ): Promise<TreeEntry | undefined> {
    const { lookup, args } = await this.lookup(rev, path);
    if (lookup.kind === 'symlink') {
      const why = `'${lookup.link}' is a symbolic link; refusing to follow it to '${path}'`;
      throw refusal(`${why} at ${rev} - use the real path`, args);
    }
    if (lookup.kind !== 'found') return undefined;
    if (lookup.entry.type !== type) {
      const wanted = type === 'blob' ? 'a file' : 'a directory';
      throw refusal(`'${path}' is a ${describe(lookup.entry)}, not ${wanted}, at ${rev}`, args);
    }
    return lookup.entry;
  }

  /**
   * An object by any name git resolves, through one `git cat-file --batch` shared by the reads
   * of this instance; it ends when idle, and the next read starts another.
   */
  private object(name: string): Promise<GitObject | undefined> {
    if (!this.reader?.usable) this.reader = new ObjectReader(this, { closeAfterIdleMs: IDLE_MS });
    return this.reader.read(name);
  }

  private async treeObject(name: string): Promise<GitObject> {
    const tree = await this.object(name);
    if (tree?.type === 'tree') return tree;
    const message = `'${name}' does not name a tree in ${this.cwd}; check the name or fetch it first`;
    throw new GitError(message, { args: READ_ARGS, exitCode: 0, stderr: '' });
  }

  /** A tree's bytes and the length of the repository's object names, for parseTreeObject. */
  private async tree(name: string): Promise<[Buffer, number]> {
    const tree = await this.treeObject(name);
    return [tree.bytes, tree.oid.length];
  }

  /** The entries of every prefix of `path` at `rev`, walked tree by tree; symlinks are not followed. */
  private async lookup(rev: string, path: string): Promise<{ lookup: PathLookup; args: string[] }> {
    const names = path.split('/');
    const prefixes = pathPrefixes(path);
    const entries: TreeEntry[] = [];
    let tree = await this.tree(`${rev}^{tree}`);
    for (const [index, name] of names.entries()) {
      const entry = parseTreeObject(...tree).find((candidate) => candidate.name === name);
      if (!entry) break;
      entries.push({ ...entry, name: prefixes[index] ?? name });
      const last = index === names.length - 1;
      if (last || entry.type !== 'tree' || entry.mode === SYMLINK_MODE) break;
      tree = await this.tree(entry.oid);
    }
    return { lookup: lookupPath(path, entries), args: READ_ARGS };
  }

  /** Stores one file's bytes as a blob, keeping the mode it had at `base` unless told otherwise. */
  private async writeBlob(base: string, file: FileWrite): Promise<IndexEntry> {
    const path = normalizeRepoPath(file.path);
    if (path === '') throw new Error(`cannot write '${file.path}': it names no file`);
    const { lookup, args } = await this.lookup(base, path);
    const problem = writeProblem(lookup);
    if (problem) throw refusal(`cannot write '${path}': ${problem} at ${base}`, args);
    const existingMode = lookup.kind === 'found' ? lookup.entry.mode : undefined;
    const mode = assertWritableMode(file.mode ?? existingMode ?? '100644', path);
    const hash = await this.run(['hash-object', '-w', '--no-filters', '--stdin'], {
      input: file.content,
    });
    return { mode, oid: hash.stdout.trim(), path };
  }
}

function describe(entry: TreeEntry): string {
  if (entry.type === 'tree') return 'directory';
  return entry.type === 'commit' ? 'submodule' : 'file';
}

/** Why a blob cannot be written where `lookup` points, if it cannot. */
function writeProblem(lookup: PathLookup): string | undefined {
  if (lookup.kind === 'symlink') return `'${lookup.link}' is a symbolic link`;
  if (lookup.kind === 'not-a-directory') {
    return `'${lookup.blocker.name}' is a ${describe(lookup.blocker)}`;
  }
  if (lookup.kind === 'found' && lookup.entry.type !== 'blob') {
    return `it is a ${describe(lookup.entry)}`;
  }
  return undefined;
}

function identityEnv(identity: GitIdentity, date: string | undefined): Record<string, string> {
  const env: Record<string, string> = {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
  if (date !== undefined) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return env;
}
