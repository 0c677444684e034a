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
import { commitStatusPort, createGitHubClient, type CommitStatusPort } from '@infra-fleet/github';
import { readSettings, type Settings } from './inputs.js';
import { createObserver } from './observe.js';
import { failureText, outputsOf, reasonOf, summaryMarkdown } from './report.js';
import { waitForStatus, type WaitResult } from './wait.js';

export interface RunDependencies {
  clock?: Clock;
  /** Default: the real API through createGitHubClient. */
  port?: CommitStatusPort;
}

const log = { info, warning };

function defaultPort(settings: Settings): CommitStatusPort {
  const client = createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, log });
  return commitStatusPort(client, settings.repo);
}

async function requireCommit(settings: Settings, port: CommitStatusPort): Promise<void> {
  if (await port.commitExists(settings.sha)) return;
  const { owner, repo } = settings.repo;
  throw new ActionError(`Commit ${settings.sha} does not exist in ${owner}/${repo}.`, {
    hint: "Pass a commit of this repository, e.g. bump-overlay-tag's commit-sha output (a 404 also means the token cannot read the repository).",
  });
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

export async function run(
  env: NodeJS.ProcessEnv = process.env,
  deps: RunDependencies = {},
): Promise<void> {
  const settings = readSettings(env);
  settings.warnings.forEach((message) => warning(message));
  const port = deps.port ?? defaultPort(settings);
  await requireCommit(settings, port);
  announce(settings);
  const observe = createObserver(settings, port, log);
  const clock = deps.clock ?? systemClock;
  const result = await withCancellation('stopping the wait', (signal) =>
    waitForStatus(settings, { observe, clock, log, signal }),
  );
  await report(result, settings, port);
}
