import {
  commitStatusPort,
  portCall,
  type GitHubClient,
  type Loose,
  type RepoRef,
} from '@infra-fleet/github';
import type { TreeEntryKind } from '@infra-fleet/git';
import type { CommitInfo } from './model.js';
import type { RepositoryReader } from './read-git.js';
import { parseTrailers, utcDate } from './trailers.js';

const KINDS: Record<string, TreeEntryKind> = {
  dir: 'dir',
  file: 'file',
  symlink: 'symlink',
  submodule: 'submodule',
};

function toCommitInfo(data: Loose): CommitInfo {
  const commit = (data.commit ?? {}) as Loose;
  const author = (commit.author ?? {}) as Loose;
  const committer = (commit.committer ?? {}) as Loose;
  const message = typeof commit.message === 'string' ? commit.message : '';
  return {
    sha: String(data.sha ?? ''),
    author: String(author.name ?? ''),
    date: utcDate(String(committer.date ?? '')),
    subject: message.split('\n', 1)[0] ?? '',
    trailers: parseTrailers(message),
  };
}

/**
 * A RepositoryReader through GitHub's REST API, at the tip of `branch`: what a workflow job
 * reads without a checkout (contents, the commits that touched a path, a comparison).
 */
export async function apiRepositoryReader(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
): Promise<RepositoryReader> {
  const port = commitStatusPort(client, repo);
  const call = portCall(client, repo);
  const head = await port.branchTip(branch);
  if (!head) throw new Error(`Branch ${branch} does not exist in ${repo.owner}/${repo.repo}`);
  const readFile = (path: string, at = head) => port.readFile(at, path);
  return {
    head,
    readFile,
    readText: (path) => readFile(path),
    async listDir(dir) {
      const entries = await port.listDirectory(head, dir);
      return entries?.map((e) => ({ name: e.name, kind: KINDS[e.type] ?? 'file' }));
    },
    async touched(path, limit) {
      const route = 'GET /repos/{owner}/{repo}/commits';
      const params = { sha: head, path, per_page: Math.min(limit, 100) };
      const data = (await call('list the commits of', path, route, params)) as Loose[];
      return data.slice(0, limit).map(toCommitInfo);
    },
    async later(sha, limit) {
      const comparison = await port.compare(sha, head);
      return (comparison?.commits ?? []).slice(0, limit);
    },
  };
}
