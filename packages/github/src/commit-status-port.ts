import { orUndefinedOn404, portCall, type Loose } from './call.js';
import type { GitHubClient } from './client.js';
import { contentsReader, normalizePath, type DirectoryEntry } from './contents.js';
import { ConditionalGetCache } from './etag-cache.js';
import { portError, statusOf } from './errors.js';
import type { RepoRef } from './repo.js';

/** What await-commit-status needs from GitHub: commit statuses, a branch tip, comparisons. */

export type CommitState = 'error' | 'failure' | 'pending' | 'success';
export type ComparisonStatus = 'ahead' | 'behind' | 'identical' | 'diverged';

export interface CommitStatusEntry {
  id: number;
  /** The commit the status was posted on. */
  sha: string;
  state: CommitState;
  context: string;
  description: string;
  targetUrl?: string;
  createdAt: string;
  /** Login of the account that posted it; undefined when GitHub no longer knows it. */
  creator?: string;
}

export interface ChangedFile {
  filename: string;
  /** For a rename: where the file was before. */
  previousFilename?: string;
}

export interface Comparison {
  status: ComparisonStatus;
  aheadBy: number;
  behindBy: number;
  /** Commits reachable from head but not from base, oldest first (first page only). */
  commits: string[];
  files: ChangedFile[];
  /** false when GitHub may have cut the file list (it lists at most 300 files). */
  filesComplete: boolean;
}

export interface CommitStatusPort {
  /** false when the repository has no such commit. */
  commitExists(sha: string): Promise<boolean>;
  /** The branch's tip by a conditional request; undefined when the branch does not exist. */
  branchTip(branch: string): Promise<string | undefined>;
  /** Every status of the commit, newest first, by conditional requests (304: changed false). */
  listStatuses(sha: string): Promise<{ changed: boolean; statuses: CommitStatusEntry[] }>;
  /** `base...head`; undefined when they share no history. Full shas are compared once and remembered. */
  compare(base: string, head: string): Promise<Comparison | undefined>;
  /** Requests made so far and how many of them GitHub answered 304 (not counted). */
  stats(): { requests: number; notModified: number };
}

/** What await-commit-status reads of the tree at a commit: that its watched paths exist. */
export interface CommitTreePort {
  /** What is at `path`: 'dir', 'file', 'symlink' or 'submodule'; undefined when nothing is. */
  pathType(ref: string, path: string): Promise<string | undefined>;
  /** Entries of a directory at a commit; undefined when it does not exist. */
  listDirectory(ref: string, path: string): Promise<DirectoryEntry[] | undefined>;
  /** A regular file's text at a commit; undefined when nothing is there. */
  readFile(ref: string, path: string): Promise<string | undefined>;
}

/** GitHub's compare API lists at most this many files. */
export const COMPARE_FILE_LIMIT = 300;
const COMPARE_PAGE = 100;
const STATES: readonly CommitState[] = ['error', 'failure', 'pending', 'success'];
const FULL_SHA = /^[0-9a-f]{40}$/;

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function toCommitStatus(data: Loose, sha: string): CommitStatusEntry {
  const creator = str((data.creator as Loose | null | undefined)?.login);
  const state = STATES.find((candidate) => candidate === data.state) ?? 'error';
  return {
    id: Number(data.id),
    sha,
    state,
    context: str(data.context) || 'default',
    description: str(data.description),
    ...(str(data.target_url) && { targetUrl: str(data.target_url) }),
    createdAt: str(data.created_at),
    ...(creator && { creator }),
  };
}

export function toComparison(data: Loose): Comparison {
  const files = Array.isArray(data.files) ? (data.files as Loose[]) : [];
  const commits = Array.isArray(data.commits) ? (data.commits as Loose[]) : [];
  const status = str(data.status) as ComparisonStatus;
  return {
    status,
    aheadBy: Number(data.ahead_by ?? 0),
    behindBy: Number(data.behind_by ?? 0),
    commits: commits.map((commit) => str(commit.sha)),
    files: files.map((file) => ({
      filename: str(file.filename),
      ...(str(file.previous_filename) && { previousFilename: str(file.previous_filename) }),
    })),
    filesComplete: files.length < COMPARE_FILE_LIMIT,
  };
}

/** The CommitStatusPort over a client made by createGitHubClient. */
export function commitStatusPort(
  client: GitHubClient,
  repo: RepoRef,
): CommitStatusPort & CommitTreePort {
  const call = portCall(client, repo);
  const contents = contentsReader(call);
  const cache = new ConditionalGetCache(client);
  const slug = `${repo.owner}/${repo.repo}`;
  const comparisons = new Map<string, Promise<Comparison | undefined>>();
  let uncached = 0;

  const fetchComparison = async (base: string, head: string) => {
    uncached += 1;
    const route = 'GET /repos/{owner}/{repo}/compare/{basehead}';
    try {
      const params = { ...repo, basehead: `${base}...${head}`, per_page: COMPARE_PAGE };
      return toComparison((await client.request(route, params)).data as Loose);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw portError('compare', `${base}...${head} in ${slug}`, error);
    }
  };

  return {
    async commitExists(sha) {
      uncached += 1;
      try {
        await call('read commit', sha, 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
          commit_sha: sha,
        });
        return true;
      } catch (error) {
        if (statusOf(error) === 404 || statusOf(error) === 422) return false;
        throw error;
      }
    },
    async branchTip(branch) {
      const route = 'GET /repos/{owner}/{repo}/git/ref/{ref}';
      try {
        const { data } = await cache.get<Loose>(route, { ...repo, ref: `heads/${branch}` });
        return str((data.object as Loose | undefined)?.sha) || undefined;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw portError('read branch', `${branch} of ${slug}`, error);
      }
    },
    async listStatuses(sha) {
      const route = 'GET /repos/{owner}/{repo}/commits/{ref}/statuses';
      try {
        const page = await cache.getAllPages<Loose>(route, { ...repo, ref: sha, per_page: 100 });
        return { changed: page.changed, statuses: page.data.map((s) => toCommitStatus(s, sha)) };
      } catch (error) {
        throw portError('list the statuses of', `commit ${sha} in ${slug}`, error);
      }
    },
    async pathType(ref, path) {
      uncached += 1;
      const route = 'GET /repos/{owner}/{repo}/contents/{path}';
      const params = { path: normalizePath(path), ref };
      const data = await orUndefinedOn404(() => call('read', `"${path}" at ${ref}`, route, params));
      if (data === undefined) return undefined;
      return Array.isArray(data) ? 'dir' : str((data as Loose).type) || undefined;
    },
    listDirectory(ref, path) {
      uncached += 1;
      return contents.listDirectory(ref, path);
    },
    async readFile(ref, path) {
      uncached += 1;
      return (await contents.readFile(ref, path))?.content;
    },
    compare(base, head) {
      const key = `${base}...${head}`;
      const remembered = comparisons.get(key);
      if (remembered) return remembered;
      const pending = fetchComparison(base, head);
      // Two full shas always compare the same; anything else (a branch name) may move.
      if (FULL_SHA.test(base) && FULL_SHA.test(head)) {
        comparisons.set(key, pending);
        pending.catch(() => comparisons.delete(key));
      }
      return pending;
    },
    stats: () => ({
      requests: cache.stats.requests + uncached,
      notModified: cache.stats.notModified,
    }),
  };
}
