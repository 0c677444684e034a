import {
  approvalPort,
  commitStatusPort,
  deploymentRecordPort,
  type CommitStatusEntry,
  type GitHubClient,
  type RepoRef,
} from '@infra-fleet/github';
import { GATE_MARKER, parseGateOutcome } from './approval.js';
import type { Approval } from './model.js';

/** What the status reads of GitHub: commit statuses, and the record of each approval. */
export interface GitHubReader {
  statuses(sha: string): Promise<CommitStatusEntry[]>;
  /** The approval of the run that landed a commit in `environment`, if one was recorded. */
  approval(environment: string, runId: number): Promise<Approval | undefined>;
}

const EPOCH = '1970-01-01T00:00:00Z';

export function githubReader(client: GitHubClient, repo: RepoRef): GitHubReader {
  const statuses = commitStatusPort(client, repo);
  const gates = approvalPort(client, repo);
  const records = deploymentRecordPort(client, repo);

  /** The gate issue's closing comment, written by the account that opened the issue. */
  const issueApproval = async (number: number): Promise<Approval | undefined> => {
    const issue = await records.getIssue(number);
    if (!issue) return undefined;
    const { comments } = await gates.listCommentsSince(number, EPOCH);
    const closing = comments
      .filter((c) => c.login === issue.author && c.body.startsWith(GATE_MARKER))
      .map((c) => parseGateOutcome(c.body))
      .filter((outcome) => outcome !== undefined)
      .pop();
    return closing && { ...closing, source: 'issue', url: issue.htmlUrl, issue: number };
  };

  const environmentApproval = async (environment: string, runId: number) => {
    const reviews = await gates.getRunApprovals(runId).catch(() => []);
    const approvers = reviews
      .filter((r) => r.state === 'approved' && r.environments.includes(environment))
      .map((r) => ({ login: r.login }));
    const approval: Approval = { outcome: 'approved', approvers, source: 'environment' };
    return approvers.length > 0 ? approval : undefined;
  };

  return {
    async statuses(sha) {
      return (await statuses.listStatuses(sha)).statuses;
    },
    async approval(environment, runId) {
      const deployments = await records.listDeployments(environment);
      const gate = deployments.find(
        (d) =>
          d.payload.gate === 'await-environment-approval' && Number(d.payload.run_id) === runId,
      );
      const issue = Number(gate?.payload.issue);
      if (Number.isInteger(issue) && issue > 0) return issueApproval(issue);
      return environmentApproval(environment, runId);
    },
  };
}
