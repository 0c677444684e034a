import { orUndefinedOn404, portCall, type Loose } from './call.js';
import type { GitHubClient } from './client.js';
import { contentsReader, normalizePath, type DirectoryEntry } from './contents.js';
import { GitHubPortError, failureFacts, statusOf } from './errors.js';
import type { RepoRef } from './repo.js';

/** What bump-overlay-tag's `api` commit method needs from the Git Data and contents APIs. */
export interface GitDataPort {
  /** The branch's commit sha; a missing branch is a GitHubPortError with a hint. */
  branchTip(branch: string): Promise<string>;
  /**
   * The commit a full sha, branch, tag (annotated ones peeled) or `refs/...` name points at;
   * undefined when none matches. Abbreviated shas are not resolved.
   */
  resolveCommit(ref: string): Promise<string | undefined>;
  commitTree(commitSha: string): Promise<string>;
  /** undefined when nothing is at `path`; throws when it is a file, symlink or submodule. */
  listDirectory(ref: string, path: string): Promise<DirectoryEntry[] | undefined>;
  /** UTF-8 text; undefined when nothing is at `path`; throws on a directory, symlink, submodule. */
  readFile(ref: string, path: string): Promise<{ content: string; sha: string } | undefined>;
  createBlob(content: string): Promise<string>;
  createTree(
    baseTree: string,
    files: Array<{ path: string; sha: string; mode?: '100644' | '100755' }>,
  ): Promise<string>;
  createCommit(input: { message: string; tree: string; parents: string[] }): Promise<string>;
  /** Non-forced ref update; 'stale' when the branch moved (422 not a fast forward, or 409). */
  updateBranch(branch: string, sha: string): Promise<'updated' | 'stale'>;
  /**
   * True when `sha` is the branch's tip or in its history (compare API): an update whose
   * answer was lost may have landed, and others may have built on it since.
   */
  branchContains(branch: string, sha: string): Promise<boolean>;
  /** Creates or force-moves refs/heads/{branch}: for bot-owned pull-request branches only. */
  putBranch(branch: string, sha: string): Promise<'created' | 'updated' | 'unchanged'>;
  /** Regular files of a tree under `prefix` ('' for all), from one recursive tree read. */
  listFiles(tree: string, prefix: string): Promise<TreeFile[]>;
  readBlob(sha: string): Promise<Buffer>;
}

export interface TreeFile {
  path: string;
  sha: string;
  mode: '100644' | '100755';
}

/** Symlinks and submodules are left out: rendering must not follow them out of the tree. */
function filesUnder(entries: Loose[], prefix: string): TreeFile[] {
  const base = prefix === '' ? '' : `${normalizePath(prefix)}/`;
  return entries
    .filter(
      (entry) => entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755'),
    )
    .filter((entry) => String(entry.path).startsWith(base))
    .map((entry) => ({
      path: String(entry.path),
      sha: shaOf(entry),
      mode: entry.mode as TreeFile['mode'],
    }));
}

/** A non-forced update was refused because the branch is no longer where we started from. */
export function isStaleUpdate(error: unknown): boolean {
  const status = statusOf(error);
  return status === 409 || (status === 422 && /fast[- ]forward/i.test(failureFacts(error).message));
}

function isAlreadyExists(error: unknown): boolean {
  return statusOf(error) === 422 && /already exists/i.test(failureFacts(error).message);
}

export function gitDataPort(client: GitHubClient, repo: RepoRef): GitDataPort {
  const call = portCall(client, repo);
  const create = async (kind: string, what: string, params: Loose) =>
    shaOf(await call(`create a ${kind}`, what, `POST /repos/{owner}/{repo}/git/${kind}s`, params));
  const getRef = async (branch: string) =>
    shaOf(
      await call('read branch', branch, 'GET /repos/{owner}/{repo}/git/ref/{ref}', {
        ref: `heads/${branch}`,
      }),
    );
  const moveRef = (branch: string, sha: string, force: boolean) =>
    call(force ? 'force-move branch' : 'move branch', `${branch} to ${sha}`, PATCH_REF, {
      ref: `heads/${branch}`,
      sha,
      force,
    });
  /** false when another writer created the branch first. */
  const createRef = (branch: string, sha: string) =>
    create('ref', `${branch} at ${sha}`, { ref: `refs/heads/${branch}`, sha }).then(
      () => true,
      (error: unknown) => (isAlreadyExists(error) ? false : Promise.reject(error)),
    );

  const readCommit = (sha: string) =>
    call('read commit', sha, 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
      commit_sha: sha,
    }) as Promise<{ tree: Loose }>;
  /** Follows annotated tags (a tag may point at a tag) down to what they name. */
  const peel = async (object: Loose): Promise<string | undefined> => {
    let target = object;
    for (let depth = 0; target.type === 'tag' && depth < MAX_TAG_DEPTH; depth++) {
      const route = 'GET /repos/{owner}/{repo}/git/tags/{tag_sha}';
      const tag = (await call('read tag', shaOf(target), route, {
        tag_sha: shaOf(target),
      })) as Loose;
      target = (tag.object ?? {}) as Loose;
    }
    return target.type === 'commit' ? shaOf(target) : undefined;
  };
  const readRef = (name: string) =>
    orUndefinedOn404(
      () =>
        call('read ref', name, 'GET /repos/{owner}/{repo}/git/ref/{ref}', {
          ref: name,
        }) as Promise<Loose>,
    );

  return {
    ...contentsReader(call),
    async resolveCommit(ref) {
      if (FULL_SHA.test(ref)) {
        const sha = ref.toLowerCase();
        return (await unlessMissing(() => readCommit(sha))) && sha;
      }
      const names = ref.startsWith('refs/') ? [ref.slice(5)] : [`heads/${ref}`, `tags/${ref}`];
      for (const name of names) {
        const found = await readRef(name);
        if (found) return peel((found.object ?? {}) as Loose);
      }
      return undefined;
    },
    branchTip: (branch) =>
      getRef(branch).catch((error: unknown) => {
        throw statusOf(error) === 404 ? missingBranch(branch, repo, error) : error;
      }),
    commitTree: async (commitSha) => shaOf((await readCommit(commitSha)).tree),
    createBlob: (content) =>
      create('blob', `of ${content.length} characters`, {
        content: Buffer.from(content, 'utf8').toString('base64'),
        encoding: 'base64',
      }),
    createTree(baseTree, files) {
      const tree = files.map((file) => ({
        path: normalizePath(file.path),
        mode: file.mode ?? '100644',
        type: 'blob',
        sha: file.sha,
      }));
      const paths = tree.map((entry) => entry.path).join(', ');
      return create('tree', `on ${baseTree} (${paths})`, { base_tree: baseTree, tree });
    },
    createCommit: ({ message, tree, parents }) =>
      create('commit', `of tree ${tree} on ${parents.join(', ') || 'no parent'}`, {
        message,
        tree,
        parents,
      }),
    updateBranch: (branch, sha) =>
      moveRef(branch, sha, false).then(
        () => 'updated' as const,
        (error: unknown) => (isStaleUpdate(error) ? ('stale' as const) : Promise.reject(error)),
      ),
    async branchContains(branch, sha) {
      const tip = await getRef(branch);
      if (tip === sha) return true;
      const basehead = `${sha}...${tip}`;
      const route = 'GET /repos/{owner}/{repo}/compare/{basehead}';
      const compared = (await unlessMissing(() =>
        call('compare', basehead, route, { basehead, per_page: 1 }),
      )) as Loose | undefined;
      return compared?.status === 'ahead' || compared?.status === 'identical';
    },
    async listFiles(tree, prefix) {
      const route = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
      const data = (await call('read tree', tree, route, { tree_sha: tree, recursive: '1' })) as {
        tree: Loose[];
        truncated?: boolean;
      };
      if (data.truncated) {
        throw new GitHubPortError(`Tree ${tree} is too large to read recursively through the API`, {
          hint: 'set validate: none, or use commit-method: git with a checkout',
        });
      }
      return filesUnder(data.tree, prefix);
    },
    async readBlob(sha) {
      const route = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}';
      const blob = (await call('read blob', sha, route, { file_sha: sha })) as Loose;
      return Buffer.from(
        String(blob.content ?? ''),
        blob.encoding === 'base64' ? 'base64' : 'utf8',
      );
    },
    async putBranch(branch, sha) {
      const current = await orUndefinedOn404(() => getRef(branch));
      if (current === sha) return 'unchanged';
      if (current === undefined && (await createRef(branch, sha))) return 'created';
      await moveRef(branch, sha, true);
      return 'updated';
    },
  };
}

const PATCH_REF = 'PATCH /repos/{owner}/{repo}/git/refs/{ref}';
const FULL_SHA = /^[0-9a-f]{40}$/i;
const MAX_TAG_DEPTH = 5;

/** A missing commit answers 404, or 422 for a sha GitHub cannot parse as one. */
async function unlessMissing<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (statusOf(error) === 404 || statusOf(error) === 422) return undefined;
    throw error;
  }
}

function shaOf(data: unknown): string {
  const record = (data ?? {}) as { sha?: unknown; object?: { sha?: unknown } };
  const sha = record.object?.sha ?? record.sha;
  if (typeof sha !== 'string') {
    throw new GitHubPortError(
      `GitHub answered without a sha: ${JSON.stringify(data)?.slice(0, 200)}`,
    );
  }
  return sha;
}

function missingBranch(branch: string, repo: RepoRef, cause: unknown): GitHubPortError {
  return new GitHubPortError(`Branch "${branch}" does not exist in ${repo.owner}/${repo.repo}`, {
    status: 404,
    hint: 'check the branch name; the token also needs contents: read on the repository',
    cause,
  });
}
