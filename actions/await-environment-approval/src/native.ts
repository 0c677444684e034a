import { ActionError } from '@infra-fleet/action-kit';
import type { EnvironmentInfo, RunApproval } from '@infra-fleet/github';
import { lower, tally, type Approvers, type Decision, type Vote } from './approval.js';

/**
 * Environment mode: GitHub's required reviewers held the job, so it runs only once approved.
 * The action reads the run's approvals for the audit record and applies its own rules on top:
 * the approvers list, self-approval and minimum-approvals (pure).
 */

export interface NativeInput {
  environment: string;
  approvals: readonly RunApproval[];
  /** Lower-cased login -> the listed teams (org/slug) they are an active member of. */
  teams: ReadonlyMap<string, readonly string[]>;
  self: ReadonlyMap<string, readonly string[]>;
  approvers: Approvers;
  minimumApprovals: number;
  allowSelfApproval: boolean;
  /** When the approvals were read; GitHub's approvals carry no time of their own. */
  readAt: string;
}

/** Fails closed unless GitHub itself holds the job for reviewers. */
export function requireReviewers(
  environment: string,
  info: EnvironmentInfo | undefined,
): EnvironmentInfo {
  if (!info) {
    throw new ActionError(
      `Environment ${JSON.stringify(environment)} does not exist in this repository (mode: environment).`,
      {
        hint: 'Create it under Settings > Environments with required reviewers, or use mode: issue (works on any plan).',
      },
    );
  }
  if (info.requiredReviewers.length === 0) {
    throw new ActionError(
      `Environment ${JSON.stringify(environment)} has no required reviewers, so nothing held this job (mode: environment).`,
      {
        hint: 'Add required reviewers under Settings > Environments, or use mode: issue (works on any plan, including private repositories without Enterprise).',
      },
    );
  }
  return info;
}

export function forEnvironment(
  approvals: readonly RunApproval[],
  environment: string,
): RunApproval[] {
  return approvals.filter((approval) =>
    approval.environments.some((name) => lower(name) === lower(environment)),
  );
}

function refusal(approval: RunApproval, input: NativeInput): string | undefined {
  const login = lower(approval.login);
  const { users, teams } = input.approvers;
  const listed =
    (users.length === 0 && teams.length === 0) ||
    users.some((user) => lower(user) === login) ||
    (input.teams.get(login)?.length ?? 0) > 0;
  if (!listed)
    return `${approval.login} is not listed in approvers (nor an active member of a listed team)`;
  const roles = input.self.get(login);
  if (!input.allowSelfApproval && roles && roles.length > 0) {
    return `self-approval: ${approval.login} is the ${roles.join(' and the ')} (allow-self-approval is false)`;
  }
  return undefined;
}

function vote(approval: RunApproval, input: NativeInput): Vote {
  const kind = approval.state === 'rejected' ? 'deny' : 'approve';
  return {
    login: approval.login,
    kind,
    at: input.readAt,
    commentId: 0,
    commentUrl: '',
    note: approval.comment,
  };
}

export function decideNative(input: NativeInput): Decision {
  const relevant = forEnvironment(input.approvals, input.environment);
  const denials = relevant
    .filter((approval) => approval.state === 'rejected')
    .map((a) => vote(a, input));
  const approvers = new Map<string, Vote>();
  const ignored: Decision['ignored'] = [];
  for (const approval of relevant.filter((candidate) => candidate.state === 'approved')) {
    const reason = refusal(approval, input);
    const entry = vote(approval, input);
    if (reason)
      ignored.push({
        comment: {
          id: 0,
          body: approval.comment,
          login: approval.login,
          userType: 'User',
          createdAt: input.readAt,
          updatedAt: input.readAt,
          url: '',
        },
        reason,
      });
    else if (!approvers.has(lower(approval.login))) approvers.set(lower(approval.login), entry);
  }
  const list = [...approvers.values()];
  // GitHub already held the job until reviewers answered: too few approvals is final.
  const decision = tally(list.length, denials.length, input.minimumApprovals, 'rejected');
  return { decision, approvers: list, denials, ignored };
}
