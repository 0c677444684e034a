import { posix } from 'node:path';
import {
  ActionError,
  appendSummary,
  info,
  systemClock,
  warning,
  withCancellation,
  writeOutputs,
  type Clock,
} from '@infra-fleet/action-kit';
import {
  commitStatusPort,
  createGitHubClient,
  deploymentPort,
  type CommitStatusPort,
  type CommitTreePort,
  type DeploymentPort,
} from '@infra-fleet/github';
import { finishDeployment, startDeployment } from './deployment.js';
import { resolveFleetSettings } from './fleet-settings.js';
import { readSettings, type Settings } from './inputs.js';
import { createObserver } from './observe.js';
import { failureText, outputsOf, reasonOf, summaryMarkdown } from './report.js';
import { waitForStatus, type WaitResult } from './wait.js';

type Port = CommitStatusPort & CommitTreePort;

export interface RunDependencies {
  clock?: Clock;
  /** Default: the real API through createGitHubClient. */
  port?: Port;
  deployments?: DeploymentPort;
}

const log = { info, warning };

function defaultPorts(settings: Settings): { port: Port; deployments: DeploymentPort } {
  const client = createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, log });
  return {
    port: commitStatusPort(client, settings.repo),
    deployments: deploymentPort(client, settings.repo),
  };
}

async function requireCommit(settings: Settings, port: CommitStatusPort): Promise<void> {
  if (await port.commitExists(settings.sha)) return;
  const { owner, repo } = settings.repo;
  throw new ActionError(`Commit ${settings.sha} does not exist in ${owner}/${repo}.`, {
    hint: "Pass a commit of this repository, e.g. bump-overlay-tag's revision output (a 404 also means the token cannot read the repository).",
  });
}

/** The folders beside a missing watch path, to name the ones that do exist. */
async function neighbours(settings: Settings, port: Port, watch: string): Promise<string> {
  const parent = posix.dirname(watch.replace(/\/$/, ''));
  if (parent === '.') return '';
  const entries = await port.listDirectory(settings.sha, parent);
  if (!entries) return ` ${parent}/ does not exist either.`;
  const folders = entries.filter((entry) => entry.type === 'dir').map((e) => `${e.name}/`);
  return ` ${parent}/ holds ${folders.length > 0 ? folders.join(', ') : 'no folders'}.`;
}

async function missingWatchPath(
  settings: Settings,
  port: Port,
  watch: string,
  type: string | undefined,
): Promise<ActionError> {
  const defaulted = settings.watchPathsDefaulted === true;
  const which = defaulted
    ? ` (the default for environment ${JSON.stringify(settings.environment)})`
    : '';
  const what = type === undefined ? 'does not exist' : `is a ${type}, not a folder,`;
  const around = await neighbours(settings, port, watch);
  return new ActionError(
    `Watch path ${JSON.stringify(watch)}${which} ${what} at ${settings.sha}.${around}`,
    {
      hint: defaulted
        ? "Set environment to the name of the environment's overlay folder (k8s.overlays in infra-fleet.yaml), or set watch-paths to the paths Flux applies for it."
        : 'Set watch-paths to paths that exist at sha, e.g. the overlay Flux applies for this environment.',
    },
  );
}

/** A watch path that is not there never changes, so any later commit would vouch for sha. */
async function requireWatchPaths(settings: Settings, port: Port): Promise<void> {
  for (const watch of settings.watchPaths) {
    const type = await port.pathType(settings.sha, watch.replace(/\/$/, ''));
    if (type === 'dir' || (type !== undefined && !watch.endsWith('/'))) continue;
    throw await missingWatchPath(settings, port, watch, type);
  }
}

function announce(settings: Settings): void {
  const contexts = settings.contexts.join(', ');
  info(
    `Waiting up to ${settings.timeoutSeconds} s for ${contexts} from ${settings.expectedCreator} on ${settings.sha} (or a later commit on ${settings.branch} that leaves ${settings.watchPaths.join(', ')} alone).`,
  );
}

async function report(
  result: WaitResult,
  settings: Settings,
  port: CommitStatusPort,
): Promise<void> {
  await appendSummary(summaryMarkdown(result, settings, port.stats()));
  if (result.outcome !== 'cancelled') writeOutputs(outputsOf(result));
  if (result.outcome !== 'verified') throw new ActionError(failureText(result, settings));
  info(`Verified: ${reasonOf(result, settings)}`);
}

/**
 * Preflight: every input checked, contexts and watch paths resolved and present at sha (or at
 * the branch tip, before the bump exists), then exit without waiting or writing outputs.
 */
async function validateOnly(given: Settings, port: Port): Promise<void> {
  const sha = given.sha || (await port.branchTip(given.branch));
  if (!sha) {
    throw new ActionError(`Branch ${JSON.stringify(given.branch)} does not exist.`, {
      hint: "Set branch to the branch Flux's GitRepository follows.",
    });
  }
  const settings = await resolveFleetSettings({ ...given, sha }, (ref, path) =>
    port.readFile(ref, path),
  );
  await requireWatchPaths(settings, port);
  info(
    `Inputs valid: the wait would be for ${settings.contexts.join(', ')} from ${settings.expectedCreator}, watching ${settings.watchPaths.join(', ')} on ${settings.branch}.`,
  );
}

export async function run(
  env: NodeJS.ProcessEnv = process.env,
  deps: RunDependencies = {},
): Promise<void> {
  const given = readSettings(env);
  given.warnings.forEach((message) => warning(message));
  const defaults = deps.port && deps.deployments ? undefined : defaultPorts(given);
  const port = deps.port ?? (defaults as { port: Port }).port;
  const deployments = deps.deployments ?? (defaults as { deployments: DeploymentPort }).deployments;
  if (given.mode === 'validate') return validateOnly(given, port);
  await requireCommit(given, port);
  const settings = await resolveFleetSettings(given, (ref, path) => port.readFile(ref, path));
  await requireWatchPaths(settings, port);
  announce(settings);
  const deployment = await startDeployment(settings, deployments);
  const observe = createObserver(settings, port, log);
  const clock = deps.clock ?? systemClock;
  const result = await withCancellation('stopping the wait', (signal) =>
    waitForStatus(settings, { observe, clock, log, signal }),
  );
  await finishDeployment(deployment, result, settings, deployments);
  await report(result, settings, port);
}
