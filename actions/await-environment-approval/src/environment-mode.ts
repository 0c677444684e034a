import { ActionError, isoSeconds, type Clock } from '@infra-fleet/action-kit';
import type { ApprovalPort, EnvironmentInfo } from '@infra-fleet/github';
import { lower, teamName } from './approval.js';
import { votesSoFar, type Log } from './gate.js';
import type { Settings } from './inputs.js';
import { decideNative, forEnvironment, requireReviewers } from './native.js';
import { reasonOf, type GateResult } from './outcome.js';

export interface EnvironmentModeDependencies {
  port: ApprovalPort;
  clock: Clock;
  log: Log;
}

/** auto: environment mode when GitHub holds the job for required reviewers, else issue mode. */
export async function resolveMode(
  settings: Settings,
  port: Pick<ApprovalPort, 'getEnvironment'>,
): Promise<{ mode: 'issue' } | { mode: 'environment'; info: EnvironmentInfo }> {
  if (settings.mode === 'issue') return { mode: 'issue' };
  const info = await port.getEnvironment(settings.environment);
  if (settings.mode === 'environment')
    return { mode: 'environment', info: requireReviewers(settings.environment, info) };
  return info && info.requiredReviewers.length > 0
    ? { mode: 'environment', info }
    : { mode: 'issue' };
}

async function listedTeams(
  logins: string[],
  settings: Settings,
  deps: EnvironmentModeDependencies,
) {
  const teams = new Map<string, string[]>();
  for (const login of logins) {
    const active: string[] = [];
    for (const team of settings.approvers.teams) {
      const state = await deps.port
        .teamMembership(team.org, team.slug, login)
        .catch((error: unknown) => {
          deps.log.warning(`${(error as Error).message} Counted as not a member.`);
          return 'none' as const;
        });
      if (state === 'active') active.push(teamName(team));
    }
    teams.set(lower(login), active);
  }
  return teams;
}

function missingApproval(settings: Settings): ActionError {
  const name = settings.environment;
  return new ActionError(
    `This run has no review for environment ${JSON.stringify(name)}, so nothing shows it was approved.`,
    {
      hint: `Declare \`environment: ${name}\` on the job that runs this step, so GitHub holds the job for the environment's required reviewers.`,
    },
  );
}

/** Reads the run's approvals (the job only started once they were given) and audits them. */
export async function environmentGate(
  settings: Settings,
  info: EnvironmentInfo,
  deps: EnvironmentModeDependencies,
): Promise<GateResult> {
  const { runId } = settings.context;
  if (runId === undefined)
    throw new ActionError("GITHUB_RUN_ID is not set; mode: environment reads the run's approvals.");
  const approvals = forEnvironment(await deps.port.getRunApprovals(runId), settings.environment);
  if (approvals.length === 0) throw missingApproval(settings);
  const reviewers = info.requiredReviewers.map((reviewer) => reviewer.name).join(', ');
  deps.log.info(
    `Environment ${settings.environment} requires review by ${reviewers}; ${approvals.length} review(s) on this run.`,
  );
  const readAt = isoSeconds(deps.clock.now());
  const decision = decideNative({
    environment: settings.environment,
    approvals,
    teams: await listedTeams([...new Set(approvals.map((a) => a.login))], settings, deps),
    self: settings.context.self,
    approvers: settings.approvers,
    minimumApprovals: settings.minimumApprovals,
    allowSelfApproval: settings.allowSelfApproval,
    readAt,
  });
  // GitHub held the job until the reviews were in, so there is nothing to wait for: one line.
  deps.log.info(
    `Reviews for ${settings.environment}: ${votesSoFar(decision, settings.minimumApprovals)}`,
  );
  const outcome = decision.decision === 'approved' ? 'approved' : 'rejected';
  return {
    outcome,
    mode: 'environment',
    decision,
    decidedAt: readAt,
    reason: reasonOf(outcome, decision, settings.minimumApprovals),
  };
}
