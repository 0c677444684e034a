import {
  gitDataPort,
  GitHubPortError,
  pullRequestPort,
  type GitHubClient,
  type RepoRef,
} from '@infra-fleet/github';
import type { ProposalPort } from './propose.js';

/** The proposal branch and its pull request, through the API. */
export function apiProposals(client: GitHubClient, repo: RepoRef): ProposalPort {
  const git = gitDataPort(client, repo);
  return {
    async branchHead(branch) {
      try {
        const sha = await git.branchTip(branch);
        return { sha, tree: await git.commitTree(sha) };
      } catch (error) {
        if (error instanceof GitHubPortError && error.status === 404) return undefined;
        throw error;
      }
    },
    moveBranch: (branch, sha) => git.putBranch(branch, sha),
    pulls: pullRequestPort(client, repo),
  };
}
