import {
  ActionError,
  branchInput,
  createInputReader,
  hasControlCharacter,
  repositoryFileInput,
  statusPosterInput,
  InputError,
  maskSecret,
  type InputReader,
} from '@infra-fleet/action-kit';
import { DEFAULT_CONFIG_FILE, isName, NAME_RULE } from '@infra-fleet/fleet';
import { repoFromEnv, type RepoRef } from '@infra-fleet/github';

export interface Settings {
  /** wait: until Flux decides. validate: check every input (preflight) and exit. */
  mode: 'wait' | 'validate';
  /** Full commit sha, lower case; empty in validate mode when none was given. */
  sha: string;
  environment: string;
  /** Empty until resolved: from the app's status-contexts in infra-fleet.yaml. */
  contexts: string[];
  /** The app whose contexts and overlay apply (infra-fleet.yaml). */
  app?: string;
  config: { path: string; explicit: boolean };
  expectedCreator: string;
  /** Empty: any description of a success counts. */
  successDescriptions: string[];
  branch: string;
  /** Repository paths; folders end with '/'. Empty until resolved: the app's overlay. */
  watchPaths: string[];
  /** Set when watchPaths came from infra-fleet.yaml (or its defaults), not the input. */
  watchPathsDefaulted?: boolean;
  timeoutSeconds: number;
  pollIntervalSeconds: number;
  token: string;
  repo: RepoRef;
  apiUrl: string;
  serverUrl: string;
  /** Notes for the log, e.g. a poll interval meant for tests. */
  warnings: string[];
  /** Record the rollout as a GitHub Deployment (in_progress, then what Flux reported). */
  deployment?: { description: string };
  /** This run, for the deployment's log link and to find it again after a lost answer. */
  run?: { id: string; attempt: string; url: string };
}

/** GITHUB_TOKEN expires after 24 hours at the latest. */
export const MAX_TIMEOUT_SECONDS = 86_400;
/** A GitHub-hosted job is cancelled after 6 hours. */
export const HOSTED_JOB_LIMIT_SECONDS = 21_600;
const SHA = /^[0-9a-f]{40}$/i;
const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Items of a newline- or comma-separated input, trimmed, blank ones dropped, first wins. */
function items(inputs: InputReader, name: string): string[] {
  const all = inputs.list(name).flatMap((line) => line.split(','));
  return [...new Set(all.map((item) => item.trim()).filter((item) => item !== ''))];
}

function sha(inputs: InputReader, mode: Settings['mode']): string {
  const value = inputs.string('sha', { required: mode === 'wait' });
  if (value === '') return '';
  if (SHA.test(value)) return value.toLowerCase();
  throw new InputError(
    'sha',
    `${JSON.stringify(value)} is not a full 40-hex commit sha.`,
    "Pass the full commit, e.g. bump-overlay-tag's revision output; short shas and branch names are not accepted.",
  );
}

function environment(inputs: InputReader): string {
  const value = inputs.string('environment', { required: true });
  if (ENVIRONMENT.test(value)) return value;
  throw new InputError(
    'environment',
    `${JSON.stringify(value)} is not an environment name this action can use in a path and a context.`,
    'Use letters, digits, ".", "_" and "-", e.g. staging.',
  );
}

function contexts(inputs: InputReader): string[] {
  const list = items(inputs, 'contexts');
  for (const context of list) {
    if (context.length > 255 || hasControlCharacter(context)) {
      throw new InputError(
        'contexts',
        `${JSON.stringify(context)} is not a status context.`,
        'List exact context names, one per line or comma separated, e.g. flux/staging/kustomization/load-harness.',
      );
    }
  }
  return list;
}

function successDescriptions(inputs: InputReader): string[] {
  const list = [...new Set(inputs.list('success-descriptions'))];
  const bad = list.find((text) => text.length > 140 || hasControlCharacter(text));
  if (bad === undefined) return list;
  throw new InputError(
    'success-descriptions',
    `${JSON.stringify(bad)} cannot be a status description (at most 140 characters, one line).`,
    'List descriptions one per line, e.g. reconciliation succeeded.',
  );
}

function watchPath(entry: string): string {
  // `k8s/overlays/staging/` and `k8s/overlays/staging//` (an overlay input with a trailing /) agree.
  const path = entry.replace(/^(\.\/)+/, '').replace(/\/{2,}$/, '/');
  const segments = path.replace(/\/$/, '').split('/');
  const bad =
    path === '' ||
    path.startsWith('/') ||
    /[*?[\\]/.test(path) ||
    hasControlCharacter(path) ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..');
  if (!bad) return path;
  throw new InputError(
    'watch-paths',
    `${JSON.stringify(entry)} is not a repository path.`,
    'List paths relative to the repository root without globs, folders ending with /, e.g. k8s/overlays/staging/.',
  );
}

function watchPaths(inputs: InputReader): string[] {
  return [...new Set(items(inputs, 'watch-paths').map(watchPath))];
}

function appName(inputs: InputReader): string | undefined {
  const value = inputs.optional('app');
  if (value === undefined || isName(value)) return value;
  throw new InputError('app', `${JSON.stringify(value)} is not a valid name: ${NAME_RULE}.`);
}

function warningsFor(timeout: number, interval: number): string[] {
  const warnings: string[] = [];
  if (timeout > HOSTED_JOB_LIMIT_SECONDS) {
    warnings.push(
      `timeout-seconds is ${timeout}, more than the ${HOSTED_JOB_LIMIT_SECONDS} seconds a GitHub-hosted job may run; the runner will cancel the job first.`,
    );
  }
  if (interval < 5) {
    warnings.push(`poll-interval-seconds is ${interval}; values under 5 are meant for tests.`);
  }
  return warnings;
}

function repository(env: NodeJS.ProcessEnv): RepoRef {
  try {
    return repoFromEnv(env);
  } catch (error) {
    throw new ActionError((error as Error).message, {
      hint: 'The runner sets GITHUB_REPOSITORY; run the action in a workflow job.',
    });
  }
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/** Reads and validates every input and the run context once; nothing else reads inputs or env. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const inputs = createInputReader(env);
  const token = inputs.string('token', { required: true });
  maskSecret(token);
  const name = environment(inputs);
  const timeout = inputs.integer('timeout-seconds', { min: 1, max: MAX_TIMEOUT_SECONDS });
  const interval = inputs.integer('poll-interval-seconds', { min: 1, max: 3600 });
  const mode = inputs.enumeration('mode', ['wait', 'validate'] as const);
  return {
    mode,
    sha: sha(inputs, mode),
    environment: name,
    contexts: contexts(inputs),
    ...(appName(inputs) && { app: appName(inputs) }),
    config: repositoryFileInput(inputs, 'config', DEFAULT_CONFIG_FILE),
    expectedCreator: statusPosterInput(inputs, 'expected-creator'),
    successDescriptions: successDescriptions(inputs),
    branch: branchInput(
      inputs,
      'branch',
      "Give the branch Flux's GitRepository follows, e.g. main.",
    ),
    watchPaths: watchPaths(inputs),
    timeoutSeconds: timeout,
    pollIntervalSeconds: interval,
    token,
    repo: repository(env),
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    serverUrl: trimSlash(env.GITHUB_SERVER_URL || 'https://github.com'),
    warnings: warningsFor(timeout, interval),
    ...(inputs.boolean('deployment') && {
      deployment: { description: deploymentDescription(inputs) },
    }),
    ...runOf(env),
  };
}

function deploymentDescription(inputs: InputReader): string {
  const text = inputs.string('deployment-description');
  if (!hasControlCharacter(text)) return text;
  throw new InputError('deployment-description', 'must be one line of text.');
}

function runOf(env: NodeJS.ProcessEnv): Pick<Settings, 'run'> {
  const { GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: attempt = '1', GITHUB_REPOSITORY: repo } = env;
  if (!id || !repo) return {};
  const server = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
  return { run: { id, attempt, url: `${server}/${repo}/actions/runs/${id}` } };
}
