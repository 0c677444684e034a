import {
  ActionError,
  appendSummary,
  info,
  warning,
  writeOutputs,
  isoSeconds,
  systemClock,
  withCancellation,
  type Clock,
} from '@infra-fleet/action-kit';
import { approvalPort, createGitHubClient, type ApprovalPort } from '@infra-fleet/github';
import { environmentGate, resolveMode } from './environment-mode.js';
import { readSettings, type Settings } from './inputs.js';
import { issueGate } from './issue-mode.js';
import { summaryMarkdown } from './message.js';
import { failureText, outputsOf, type GateResult } from './outcome.js';
import { matchingRefPattern } from './refs.js';
import { requireReadableTeams } from './teams.js';

export interface RunDependencies {
  clock?: Clock;
  /** Default: the real API through createGitHubClient. */
  port?: ApprovalPort;
}

const log = { info, warning };

/** A ref outside allowed-refs is refused before anyone is asked. */
function refusedRef(settings: Settings, clock: Clock): GateResult | undefined {
  const { ref } = settings.context;
  if (ref && matchingRefPattern(ref, settings.allowedRefs)) return undefined;
  return {
    outcome: 'rejected',
    mode: settings.mode,
    decision: { decision: 'rejected', approvers: [], denials: [], ignored: [] },
    decidedAt: isoSeconds(clock.now()),
    reason: `Ref ${JSON.stringify(ref)} is not in allowed-refs (${settings.allowedRefs.join(', ')}); nobody was asked.`,
  };
}

function defaultPort(settings: Settings): ApprovalPort {
  const { apiUrl, owner, repo } = settings.context;
  const clientFor = (token: string) => createGitHubClient({ token, baseUrl: apiUrl, log });
  const { membershipToken } = settings;
  return approvalPort(
    clientFor(settings.token),
    { owner, repo },
    {
      ...(membershipToken ? { membershipClient: clientFor(membershipToken) } : {}),
    },
  );
}

/** Environment mode only reads and is done in a moment; issue mode waits and honours the signal. */
async function decide(
  settings: Settings,
  port: ApprovalPort,
  clock: Clock,
  signal: AbortSignal,
): Promise<GateResult> {
  await requireReadableTeams(settings, port);
  const mode = await resolveMode(settings, port);
  info(`Approval for ${settings.environment} in ${mode.mode} mode (asked: ${settings.mode}).`);
  if (mode.mode === 'environment')
    return environmentGate(settings, mode.info, { port, clock, log });
  return issueGate(settings, { port, clock, log, signal });
}

async function report(result: GateResult, settings: Settings): Promise<void> {
  await appendSummary(summaryMarkdown(result, settings));
  if (result.outcome !== 'cancelled') writeOutputs(outputsOf(result));
  if (result.outcome !== 'approved') throw new ActionError(failureText(result));
  info(`${result.reason} Decided at ${result.decidedAt}.`);
}

export async function run(
  env: NodeJS.ProcessEnv = process.env,
  deps: RunDependencies = {},
): Promise<void> {
  const settings = readSettings(env);
  settings.warnings.forEach((message) => warning(message));
  const clock = deps.clock ?? systemClock;
  const refused = refusedRef(settings, clock);
  if (refused) return report(refused, settings);
  const port = deps.port ?? defaultPort(settings);
  await report(
    await withCancellation('closing the gate as cancelled', (signal) =>
      decide(settings, port, clock, signal),
    ),
    settings,
  );
}
