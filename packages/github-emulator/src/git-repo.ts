import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GitCommandError, gitText, runGit, type GitCall } from './git-process.js';
import { diffFiles, type DiffFile } from './git-diff.js';
import {
  parseCommit,
  parseLsTreeLine,
  type CommitData,
  type GitIdentity,
  type ObjectType,
  type TreeEntry,
} from './git-parse.js';
import { editTree, type TreeEdit } from './git-tree.js';

export type { CommitData, GitIdentity, ObjectType, TreeEntry } from './git-parse.js';

export interface NewCommit {
  tree: string;
  parents: readonly string[];
  message: string;
  author: GitIdentity;
  committer: GitIdentity;
}

export interface RefEntry {
  ref: string;
  sha: string;
  type: ObjectType;
}

export interface RepoSeed {
  files?: Record<string, string>;
  /** Real directories copied into the initial commit, `to` relative to the repository root. */
  copy?: Array<{ from: string; to: string }>;
}

export const ZERO_SHA = '0000000000000000000000000000000000000000';
const SHA = /^[0-9a-f]{40}$/;

/** The emulated repository: a real bare git repository; every object is written by git itself. */
export class GitRepo {
  private refQueue: Promise<unknown> = Promise.resolve();

  constructor(readonly dir: string) {}

  /** `git init --bare -b main`, then one initial commit on main holding the seed. */
  static async create(dir: string, seed: RepoSeed, identity: GitIdentity): Promise<GitRepo> {
    mkdirSync(dir, { recursive: true });
    await runGit(dir, ['init', '--quiet', '--bare', '-b', 'main', dir], { cwd: dirname(dir) });
    const repo = new GitRepo(dir);
    const tree = await repo.treeFromSeed(seed);
    const commit = await repo.writeCommit({
      tree,
      parents: [],
      message: 'Initial commit',
      author: identity,
      committer: identity,
    });
    await repo.casRef('refs/heads/main', commit, null);
    return repo;
  }

  run(args: readonly string[], call?: GitCall): Promise<Buffer> {
    return runGit(this.dir, args, call);
  }

  async text(args: readonly string[], call?: GitCall): Promise<string> {
    return gitText(this.dir, args, call);
  }

  /** The object a revision names (`main`, `refs/heads/x`, a sha, `sha^{tree}`), or null. */
  async resolve(revision: string): Promise<string | null> {
    if (revision === '' || revision.startsWith('-')) return null;
    try {
      const out = await this.text([
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        revision,
      ]);
      return out.trim() || null;
    } catch {
      return null;
    }
  }

  resolveCommit(commitish: string): Promise<string | null> {
    return this.resolve(`${commitish}^{commit}`);
  }

  async objectType(sha: string): Promise<ObjectType | null> {
    if (!SHA.test(sha)) return null;
    try {
      return (await this.text(['cat-file', '-t', sha])).trim() as ObjectType;
    } catch {
      return null;
    }
  }

  async listRefs(prefix = 'refs/'): Promise<RefEntry[]> {
    const format = '%(refname)%00%(objectname)%00%(objecttype)';
    const out = await this.text(['for-each-ref', `--format=${format}`, prefix]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref, sha, type] = line.split('\0') as [string, string, ObjectType];
        return { ref, sha, type };
      });
  }

  readBlob(sha: string): Promise<Buffer> {
    return this.run(['cat-file', 'blob', sha]);
  }

  async writeBlob(content: Buffer | string): Promise<string> {
    return (await this.text(['hash-object', '-w', '--stdin'], { input: content })).trim();
  }

  /** `git ls-tree -l`; recursive listings include the subtrees themselves, as GitHub's do. */
  async lsTree(
    treeish: string,
    options: { recursive?: boolean; path?: string } = {},
  ): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-z', '-l', ...(options.recursive ? ['-r', '-t'] : []), treeish];
    if (options.path !== undefined) args.push('--', options.path);
    const out = await this.text(args);
    return out.split('\0').filter(Boolean).map(parseLsTreeLine);
  }

  async mktree(
    entries: ReadonlyArray<{ mode: string; type: string; sha: string; name: string }>,
  ): Promise<string> {
    const input = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.name}\0`).join('');
    return (await this.text(['mktree', '-z'], { input })).trim();
  }

  editTree(baseTree: string | null, edits: readonly TreeEdit[]): Promise<string> {
    return editTree(this, baseTree, edits);
  }

  async readCommit(sha: string): Promise<CommitData> {
    const raw = await this.text(['cat-file', 'commit', sha]);
    return parseCommit(sha, raw);
  }

  async writeCommit(commit: NewCommit): Promise<string> {
    const args = ['commit-tree', commit.tree, ...commit.parents.flatMap((p) => ['-p', p])];
    const env = {
      GIT_AUTHOR_NAME: commit.author.name,
      GIT_AUTHOR_EMAIL: commit.author.email,
      GIT_AUTHOR_DATE: commit.author.date,
      GIT_COMMITTER_NAME: commit.committer.name,
      GIT_COMMITTER_EMAIL: commit.committer.email,
      GIT_COMMITTER_DATE: commit.committer.date,
    };
    return (await this.text(args, { input: commit.message, env })).trim();
  }

  /** Compare-and-swap: moves `ref` to `sha` only if it still holds `expected` (null: must not exist). */
  async casRef(ref: string, sha: string, expected: string | null): Promise<boolean> {
    try {
      await this.run(['update-ref', ref, sha, expected ?? ZERO_SHA]);
      return true;
    } catch (error) {
      if (error instanceof GitCommandError) return false;
      throw error;
    }
  }

  /** Runs ref updates one at a time (git's ref lock would otherwise fail concurrent ones). */
  serializeRefUpdate<T>(update: () => Promise<T>): Promise<T> {
    const result = this.refQueue.then(update, update);
    this.refQueue = result.catch(() => undefined);
    return result;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      await this.run(['merge-base', '--is-ancestor', ancestor, descendant]);
      return true;
    } catch (error) {
      if (error instanceof GitCommandError && error.exitCode === 1) return false;
      throw error;
    }
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    try {
      return (await this.text(['merge-base', a, b])).trim() || null;
    } catch {
      return null;
    }
  }

  /** Commits reachable from `head` but not from `base`, oldest first. */
  async commitsBetween(base: string, head: string): Promise<string[]> {
    const out = await this.text(['rev-list', '--reverse', head, '--not', base]);
    return out.split('\n').filter(Boolean);
  }

  /** Commits reachable from `head`, newest first; with `path`, only those that changed it (git log's simplification, as GitHub's path filter). */
  async history(head: string, path?: string): Promise<string[]> {
    const pathspec = path ? ['--', `:(literal)${path}`] : [];
    const out = await this.text(['rev-list', head, ...pathspec]);
    return out.split('\n').filter(Boolean);
  }

  /** Files changed from `base` to `head` (renames detected), as GitHub lists them. */
  diffFiles(base: string, head: string): Promise<DiffFile[]> {
    return diffFiles(this, base, head);
  }

  /** Writes files (null deletes) on top of a branch tip and moves the branch (creating it if needed). */
  async commitFiles(
    branch: string,
    files: Record<string, string | null>,
    message: string,
    identity: GitIdentity,
  ): Promise<string> {
    return this.serializeRefUpdate(async () => {
      const ref = `refs/heads/${branch}`;
      const parent = await this.resolve(ref);
      const edits: TreeEdit[] = [];
      for (const [path, content] of Object.entries(files)) {
        const entry =
          content === null
            ? null
            : { mode: '100644', type: 'blob' as const, sha: await this.writeBlob(content) };
        edits.push({ path, entry });
      }
      const tree = await this.editTree(parent ? await this.requireTree(parent) : null, edits);
      const commit = await this.writeCommit({
        tree,
        parents: parent ? [parent] : [],
        message,
        author: identity,
        committer: identity,
      });
      if (!(await this.casRef(ref, commit, parent)))
        throw new Error(`${ref} moved while committing`);
      return commit;
    });
  }

  private async requireTree(commitish: string): Promise<string> {
    const tree = await this.resolve(`${commitish}^{tree}`);
    if (!tree) throw new Error(`${commitish} has no tree`);
    return tree;
  }

  /** Stages the seed in a temp work tree and writes its tree with a temp index (modes and symlinks kept). */
  private async treeFromSeed(seed: RepoSeed): Promise<string> {
    const temp = mkdtempSync(join(tmpdir(), 'gh-emulator-seed-'));
    const work = join(temp, 'tree');
    try {
      mkdirSync(work);
      for (const { from, to } of seed.copy ?? []) {
        cpSync(from, join(work, to), { recursive: true, verbatimSymlinks: true });
      }
      for (const [path, content] of Object.entries(seed.files ?? {})) {
        mkdirSync(dirname(join(work, path)), { recursive: true });
        writeFileSync(join(work, path), content);
      }
      const env = { GIT_INDEX_FILE: join(temp, 'index'), GIT_WORK_TREE: work };
      await this.run(['add', '--all', '.'], { env, cwd: work });
      return (await this.text(['write-tree'], { env, cwd: work })).trim();
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }
}
