import type { ApprovalPort, GateIssue, IssueCommentInfo } from '@infra-fleet/github';
import {
  decide,
  lower,
  teamName,
  votersToCheck,
  type Authority,
  type Decision,
  type DecisionInput,
  type GateComment,
} from './approval.js';
import { createHeartbeat, isoSeconds, type Clock, type Heartbeat } from '@infra-fleet/action-kit';
import type { Settings } from './inputs.js';
import { statusComment } from './message.js';
import { reasonOf, type GateResult, type Outcome } from './outcome.js';
import { statusCommentOn, type StatusComment } from './status.js';

/** Issue mode: poll the gate issue's comments until a decision, the deadline, or a signal. */

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

export interface WaitDependencies {
  port: Pick<
    ApprovalPort,
    | 'listCommentsSince'
    | 'collaboratorPermission'
    | 'teamMembership'
    | 'createComment'
    | 'updateComment'
  >;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
}

export interface WaitRequest {
  issue: GateIssue;
  /** Logins of the token (the issue author, GET /user): their comments never count. */
  actionLogins: ReadonlySet<string>;
  /** Ids of comments this action posted. */
  actionCommentIds: ReadonlySet<number>;
  deadline: Date;
}

export function toGateComment(comment: IssueCommentInfo): GateComment {
  const { htmlUrl, ...rest } = comment;
  return { ...rest, url: htmlUrl };
}

async function authorityOf(
  login: string,
  settings: Settings,
  deps: WaitDependencies,
): Promise<Authority> {
  const permission = await deps.port.collaboratorPermission(login);
  const teams: string[] = [];
  for (const team of settings.approvers.teams) {
    try {
      const state = await deps.port.teamMembership(team.org, team.slug, login);
      if (state === 'active') teams.push(teamName(team));
    } catch (error) {
      const hint = (error as { hint?: string }).hint;
      deps.log.warning(
        `${(error as Error).message}${hint ? ` ${hint}` : ''} Counted as not a member.`,
      );
    }
  }
  return { permission, teams };
}

/** Reads every candidate voter's permission and team membership now, at decision time. */
async function evaluate(
  input: Omit<DecisionInput, 'authority'>,
  settings: Settings,
  deps: WaitDependencies,
) {
  const authority = new Map<string, Authority>();
  for (const login of votersToCheck(input)) {
    authority.set(login, await authorityOf(login, settings, deps));
  }
  return decide({ ...input, authority });
}

function logIgnored(decision: Decision, seen: Set<string>, log: Log): void {
  for (const { comment, reason } of decision.ignored) {
    const key = `${comment.id}:${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    log.info(`Comment by ${comment.login} (${comment.url}) does not count: ${reason}.`);
  }
}

const MAX_LISTED = 5;
const approvals = (count: number) => `${count} approval${count === 1 ? '' : 's'}`;

/** Approvals counted so far against the minimum, and the votes that did not count, with why. */
export function votesSoFar(decision: Decision, minimumApprovals: number): string {
  const logins = decision.approvers.map((vote) => vote.login);
  const who = logins.length > 0 ? ` (${logins.join(', ')})` : '';
  const counted = `Counted ${logins.length} of ${approvals(minimumApprovals)}${who}.`;
  if (decision.ignored.length === 0) return counted;
  const listed = decision.ignored
    .slice(0, MAX_LISTED)
    .map(({ comment, reason }) => `${comment.login}: ${reason}`);
  const more = decision.ignored.length - listed.length;
  if (more > 0) listed.push(`${more} more`);
  return `${counted} Not counted: ${listed.join('; ')}.`;
}

function heartbeatOf(settings: Settings, request: WaitRequest, deps: WaitDependencies): Heartbeat {
  const { users, teams } = settings.approvers;
  const listed = [...users, ...teams.map(teamName)];
  const from = listed.length > 0 ? ` from ${listed.join(', ')}` : '';
  return createHeartbeat({
    clock: deps.clock,
    log: (line) => deps.log.info(line),
    awaiting: `for ${approvals(settings.minimumApprovals)} to deploy to ${settings.environment}${from} in issue #${request.issue.number}`,
    deadline: request.deadline,
  });
}

function finish(
  outcome: Outcome,
  decision: Decision,
  settings: Settings,
  deps: WaitDependencies,
): GateResult {
  return {
    outcome,
    mode: 'issue',
    decision,
    decidedAt: isoSeconds(deps.clock.now()),
    reason: reasonOf(outcome, decision, settings.minimumApprovals),
  };
}

/** The comments that can vote, fingerprinted: the action's own status edits change nothing. */
function votingComments(comments: readonly IssueCommentInfo[], status: StatusComment) {
  const voting = status.observe(comments).map(toGateComment);
  return { voting, key: voting.map((c) => `${c.id}@${c.updatedAt}`).join(',') };
}

const hasEntries = (decision: Decision) =>
  decision.approvers.length + decision.denials.length + decision.ignored.length > 0;

export async function waitForDecision(
  settings: Settings,
  request: WaitRequest,
  deps: WaitDependencies,
): Promise<GateResult> {
  const base = {
    requestedAt: request.issue.createdAt,
    self: settings.context.self,
    actionLogins: new Set([...request.actionLogins].map(lower)),
    actionCommentIds: request.actionCommentIds,
    approvers: settings.approvers,
    minimumApprovals: settings.minimumApprovals,
    allowSelfApproval: settings.allowSelfApproval,
  };
  const seen = new Set<string>();
  const heartbeat = heartbeatOf(settings, request, deps);
  const status = statusCommentOn(request.issue, deps.port, deps.log);
  let decision: Decision = { decision: 'pending', approvers: [], denials: [], ignored: [] };
  let judged: string | undefined;
  for (;;) {
    if (deps.signal.aborted) return finish('cancelled', decision, settings, deps);
    const page = await deps.port.listCommentsSince(request.issue.number, request.issue.createdAt);
    const { voting, key } = votingComments(page.comments, status);
    if (key !== judged) {
      decision = await evaluate({ ...base, comments: voting }, settings, deps);
      judged = key;
      logIgnored(decision, seen, deps.log);
    }
    await status.show(statusComment(decision, settings.minimumApprovals), hasEntries(decision));
    if (decision.decision !== 'pending') return finish(decision.decision, decision, settings, deps);
    heartbeat.beat(votesSoFar(decision, settings.minimumApprovals));
    const left = request.deadline.getTime() - deps.clock.now().getTime();
    if (left <= 0) return finish('timed-out', decision, settings, deps);
    await deps.clock.sleep(Math.min(settings.pollIntervalSeconds * 1000, left), deps.signal);
  }
}
