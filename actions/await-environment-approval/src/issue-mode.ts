import type { ApprovalPort, GateIssue } from '@infra-fleet/github';
import { lower } from './approval.js';
import { isoSeconds, type Clock } from '@infra-fleet/action-kit';
import { waitForDecision, type Log } from './gate.js';
import type { Settings } from './inputs.js';
import {
  gateMarker,
  issueBody,
  issueTitle,
  MARKER,
  markedAttempt,
  outcomeComment,
  runMarkerPrefix,
  shortRef,
} from './message.js';
import { FINAL_STATES, startMirror, type Mirror } from './mirror.js';
import type { GateResult } from './outcome.js';

export interface IssueModeDependencies {
  port: ApprovalPort;
  clock: Clock;
  log: Log;
  signal: AbortSignal;
}

/** The run's actor and triggering actor as GitHub records them, added to "self". */
async function withRunActors(settings: Settings, deps: IssueModeDependencies): Promise<Settings> {
  const { runId } = settings.context;
  if (runId === undefined) return settings;
  try {
    const run = await deps.port.getRun(runId);
    const self = new Map(settings.context.self);
    for (const [login, role] of [
      [run.actor, 'run actor'],
      [run.triggeringActor, 'triggering actor'],
    ]) {
      if (!login || !role) continue;
      const roles = self.get(lower(login)) ?? [];
      self.set(lower(login), roles.includes(role) ? roles : [...roles, role]);
    }
    return { ...settings, context: { ...settings.context, self } };
  } catch (error) {
    deps.log.warning(
      `Could not read run ${runId} (${(error as Error).message}); "self" comes from the runner's variables only.`,
    );
    return settings;
  }
}

async function openMirror(
  settings: Settings,
  issue: GateIssue,
  deps: IssueModeDependencies,
): Promise<Mirror> {
  if (!settings.deployment || !settings.context.sha) return { update: async () => undefined };
  return startMirror(deps.port, deps.log, {
    ref: settings.context.sha,
    environment: settings.environment,
    description: `Waiting for approval in issue #${issue.number}`,
    logUrl: issue.htmlUrl,
    payload: {
      gate: 'await-environment-approval',
      issue: issue.number,
      ref: settings.context.ref,
      run_id: settings.context.runId ?? null,
      run_attempt: settings.context.runAttempt,
    },
  });
}

function cancelledBeforeAsking(deps: IssueModeDependencies): GateResult {
  const decision = { decision: 'pending' as const, approvers: [], denials: [], ignored: [] };
  const reason = `${cancelReason(deps.signal)} No issue was opened.`;
  return {
    outcome: 'cancelled',
    mode: 'issue',
    decision,
    decidedAt: isoSeconds(deps.clock.now()),
    reason,
  };
}

function cancelReason(signal: AbortSignal): string {
  const name = typeof signal.reason === 'string' ? signal.reason : 'a signal';
  return `The job was cancelled (${name}) before a decision.`;
}

async function closeAfterFailure(
  issue: GateIssue,
  error: unknown,
  mirror: Mirror,
  deps: IssueModeDependencies,
) {
  const message = `${MARKER}\n**Failed** at ${isoSeconds(deps.clock.now())}: the gate stopped with an error, so the deployment does not proceed.\n\n> ${(error as Error).message}`;
  try {
    await deps.port.closeIssue(issue.number, message, 'not_planned');
  } catch (closeError) {
    deps.log.warning(`Could not close issue #${issue.number}: ${(closeError as Error).message}`);
  }
  await mirror.update('error', 'The approval gate failed');
}

/**
 * A re-run attempt supersedes the gate issues its earlier attempts left open (a runner that
 * died, a job killed before it could close them), so no stale issue waits forever.
 */
async function closeEarlierAttempts(
  settings: Settings,
  issue: GateIssue,
  deps: IssueModeDependencies,
) {
  const { context, environment } = settings;
  if (context.runAttempt < 2 || context.runId === undefined) return;
  try {
    const open = await deps.port.openIssuesMarked(runMarkerPrefix(context));
    for (const stale of open) {
      const attempt = markedAttempt(stale.body, context, environment);
      if (attempt === undefined || attempt >= context.runAttempt) continue;
      const note = `${MARKER}\n**Superseded** at ${isoSeconds(deps.clock.now())}: attempt ${context.runAttempt} of this run asks again in #${issue.number}. Votes here no longer count.`;
      await deps.port.closeIssue(stale.number, note, 'not_planned');
      deps.log.info(
        `Closed issue #${stale.number} of attempt ${attempt}: superseded by #${issue.number}.`,
      );
    }
  } catch (error) {
    deps.log.warning(`Could not close the issues of earlier attempts: ${(error as Error).message}`);
  }
}

interface OpenGate {
  issue: GateIssue;
  mirror: Mirror;
  deadline: Date;
}

async function decideAndClose(
  settings: Settings,
  { issue, mirror, deadline }: OpenGate,
  deps: IssueModeDependencies,
) {
  const tokenLogin = await deps.port.tokenLogin();
  const waited = await waitForDecision(
    settings,
    {
      issue,
      actionLogins: new Set([tokenLogin, issue.author].filter(Boolean)),
      actionCommentIds: new Set(),
      deadline,
    },
    deps,
  );
  const result: GateResult = {
    ...waited,
    ...(waited.outcome === 'cancelled' ? { reason: cancelReason(deps.signal) } : {}),
    issue: { number: issue.number, htmlUrl: issue.htmlUrl },
    ...(mirror.id !== undefined ? { deploymentId: mirror.id } : {}),
  };
  const stateReason = result.outcome === 'approved' ? 'completed' : 'not_planned';
  await deps.port.closeIssue(
    issue.number,
    outcomeComment(result, settings.environment),
    stateReason,
  );
  deps.log.info(`Closed issue #${issue.number}: ${result.outcome}.`);
  await mirror.update(FINAL_STATES[result.outcome], result.reason.slice(0, 140));
  return result;
}

/** Opens the gate issue, waits for a decision on its comments, closes it with the outcome. */
export async function issueGate(
  settings: Settings,
  deps: IssueModeDependencies,
): Promise<GateResult> {
  if (deps.signal.aborted) return cancelledBeforeAsking(deps);
  const gated = await withRunActors(settings, deps);
  const deadline = new Date(deps.clock.now().getTime() + settings.timeoutMinutes * 60_000);
  const body = issueBody(gated, isoSeconds(deadline));
  const marker = gateMarker(gated.context, gated.environment);
  const issue = await deps.port.createIssue({ title: issueTitle(gated), body, marker });
  deps.log.info(
    `Waiting for approval of ${shortRef(settings.context.ref)} to ${settings.environment}: ${issue.htmlUrl}`,
  );
  await closeEarlierAttempts(gated, issue, deps);
  const mirror = await openMirror(gated, issue, deps);
  try {
    return await decideAndClose(gated, { issue, mirror, deadline }, deps);
  } catch (error) {
    await closeAfterFailure(issue, error, mirror, deps);
    throw error;
  }
}
