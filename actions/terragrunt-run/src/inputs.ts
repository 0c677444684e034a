import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import {
  ActionError,
  createInputReader,
  InputError,
  maskSecret,
  type InputReader,
} from '@infra-fleet/action-kit';
import { environmentFolder } from './environment-folder.js';
import { parseDownloadBaseUrl } from './install.js';
import { isWithin, realPathAllowingMissing, realPathOf } from './real-paths.js';
import { resolveToolVersions, type ToolVersions } from './versions.js';

export const COMMANDS = ['plan', 'apply', 'validate', 'destroy', 'recreate'] as const;
export type Command = (typeof COMMANDS)[number];

/** Commands that act on a whole environment unattended: only one listed as destroyable. */
export const isLifecycleCommand = (command: Command) =>
  command === 'destroy' || command === 'recreate';

/** The job this run belongs to, from the runner's GITHUB_* variables and the event payload. */
export interface RunContext {
  /** Real path (symbolic links resolved), as every path checked against it. */
  workspace: string;
  sha: string;
  eventName: string;
  /** The pull request the event is about, if any. */
  pullRequest?: number;
  owner: string;
  repo: string;
  apiUrl: string;
  serverUrl: string;
  runUrl?: string;
  toolCache: string;
  /** Real path of RUNNER_TEMP. */
  temp: string;
}

export interface Settings {
  command: Command;
  /** Absolute path of the environment folder. */
  workingDirectory: string;
  /** The same folder relative to the workspace, with forward slashes (manifests compare it). */
  workingDirectoryName: string;
  environment: string;
  /** The environment input was given (not derived from the folder's name). */
  environmentGiven: boolean;
  versions: ToolVersions;
  terragruntBaseUrl: string;
  opentofuBaseUrl: string;
  planDir: string;
  /** The approved manifest an apply must match. */
  manifest?: string;
  allowDestroy: boolean;
  /** The config input (infra-fleet.yaml's path), when given. */
  config?: string;
  /** Environments destroy and recreate may act on; empty refuses both. */
  destroyableEnvironments: string[];
  /** Post the sticky comment (asked for, and the event is a pull request). */
  comment: boolean;
  token: string;
  context: RunContext;
}

const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

type Loose = Record<string, unknown>;

function pullRequestNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath || !existsSync(eventPath)) return undefined;
  const event = JSON.parse(readFileSync(eventPath, 'utf8')) as Loose;
  const number = (event.pull_request as Loose | undefined)?.number ?? undefined;
  return typeof number === 'number' ? number : undefined;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) {
    throw new ActionError(`${name} is not set.`, {
      hint: 'The runner sets it; run the action as a step of a workflow job.',
    });
  }
  return value;
}

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner = '', repo = ''] = required(env, 'GITHUB_REPOSITORY').split('/');
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const runId = env.GITHUB_RUN_ID;
  const pullRequest = pullRequestNumber(env.GITHUB_EVENT_PATH);
  const workspace = resolve(required(env, 'GITHUB_WORKSPACE'));
  const temp = resolve(required(env, 'RUNNER_TEMP'));
  return {
    workspace: realPathOf(workspace) ?? workspace,
    sha: required(env, 'GITHUB_SHA'),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ...(pullRequest !== undefined && { pullRequest }),
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl,
    ...(runId && { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` }),
    toolCache: required(env, 'RUNNER_TOOL_CACHE'),
    temp: realPathAllowingMissing(temp) ?? temp,
  };
}

/** Inside the workspace: the action never plans or writes outside the checked-out repository. */
function insideWorkspace(name: string, value: string, workspace: string): string {
  const path = resolve(workspace, value);
  if (!isWithin(path, workspace)) {
    throw new InputError(
      name,
      `${JSON.stringify(value)} is outside the workspace ${workspace}.`,
      'Give a path relative to the repository root, e.g. infrastructure/environments/staging.',
    );
  }
  return path;
}

/** The working directory given, or the environment's one folder from infra-fleet.yaml. */
async function workingDirectoryValue(inputs: InputReader, workspace: string): Promise<string> {
  const value = inputs.string('working-directory');
  if (value) return value;
  const environment = inputs.string('environment');
  if (!environment) {
    throw new InputError(
      'working-directory',
      'is required, or environment (its folder is then found through infra-fleet.yaml).',
      'E.g. working-directory: infrastructure/environments/staging, or environment: staging.',
    );
  }
  const config = inputs.string('config');
  return environmentFolder(
    workspace,
    environment,
    config ? { path: config, explicit: true } : undefined,
  );
}

/** The working directory's real path: a link in the checkout must not lead the run elsewhere. */
function workingDirectory(value: string, workspace: string): string {
  const real = realPathOf(insideWorkspace('working-directory', value, workspace));
  if (real === undefined || !statSync(real).isDirectory()) {
    throw new InputError(
      'working-directory',
      `${JSON.stringify(value)} is not a folder in the workspace.`,
      'Check out the repository first (actions/checkout) and name an environment folder.',
    );
  }
  if (!isWithin(real, workspace)) {
    throw new InputError(
      'working-directory',
      `${JSON.stringify(value)} leads outside the workspace through a symbolic link.`,
      'Name a folder of the repository itself; the action never runs outside the checkout.',
    );
  }
  return real;
}

function environmentName(inputs: InputReader, workingDir: string): string {
  const name = inputs.string('environment') || basename(workingDir);
  if (!ENVIRONMENT.test(name)) {
    throw new InputError(
      'environment',
      `${JSON.stringify(name)} is not a usable environment name.`,
      'Use letters, digits, ".", "_" or "-" (at most 64), e.g. staging.',
    );
  }
  return name;
}

function baseUrl(inputs: InputReader, name: string): string {
  return parseDownloadBaseUrl(name, inputs.string(name, { required: true }));
}

/**
 * The real path of a path the action writes (plan-dir) or reads (manifest). Once it goes into
 * the workspace it must stay there after links are resolved: a link in the checkout must not
 * lead it elsewhere. A path outside the workspace (e.g. under runner.temp) is the workflow's.
 */
function realPathIn(name: string, value: string, workspace: string, hint: string): string {
  const path = resolve(workspace, value);
  const real = realPathAllowingMissing(path);
  if (real === undefined) {
    throw new InputError(
      name,
      `${JSON.stringify(value)} goes through a symbolic link that leads nowhere.`,
      hint,
    );
  }
  if (entersWorkspace(path, workspace) && !isWithin(real, workspace)) {
    throw new InputError(
      name,
      `${JSON.stringify(value)} leads outside the workspace through a symbolic link.`,
      hint,
    );
  }
  return real;
}

/** Whether the path or one of its folders really is in the workspace. */
function entersWorkspace(path: string, workspace: string): boolean {
  for (let current = path; ; current = dirname(current)) {
    const real = realPathAllowingMissing(current);
    if (real !== undefined && isWithin(real, workspace)) return true;
    if (dirname(current) === current) return false;
  }
}

const PLAN_DIR_HINT =
  'Use a folder of its own, e.g. ${{ runner.temp }}/plan-staging (the default is under RUNNER_TEMP).';

/** The plan dir is emptied of plans/, json/ and reports: never the checkout or the units' folder. */
function planDir(
  inputs: InputReader,
  context: RunContext,
  workingDir: string,
  environment: string,
) {
  const value = inputs.string('plan-dir');
  if (!value) return join(context.temp, 'terragrunt-run', environment);
  const path = realPathIn('plan-dir', value, context.workspace, PLAN_DIR_HINT);
  if (isWithin(workingDir, path)) {
    throw new InputError(
      'plan-dir',
      `${JSON.stringify(value)} contains the working directory; the action clears its plans/ and json/ folders.`,
      PLAN_DIR_HINT,
    );
  }
  return path;
}

function manifestPath(
  inputs: InputReader,
  command: Command,
  context: RunContext,
): string | undefined {
  const value = inputs.string('manifest');
  if (isLifecycleCommand(command) && value) {
    throw new InputError(
      'manifest',
      `is for apply; ${command} plans and checks its own run.`,
      `Remove manifest, or use command: apply to apply a reviewed plan.`,
    );
  }
  if (command === 'apply' && !value) {
    throw new InputError(
      'manifest',
      'is required for apply.',
      'Pass the manifest.json written by the reviewed plan (its manifest output, kept as an artifact); apply refuses anything else.',
    );
  }
  if (!value) return undefined;
  const hint =
    'Download the plan artifact first, into a folder of the workspace or of runner.temp.';
  const path = realPathIn('manifest', value, context.workspace, hint);
  if (!existsSync(path)) {
    throw new InputError('manifest', `${JSON.stringify(value)} does not exist.`, hint);
  }
  if (!statSync(path).isFile()) {
    throw new InputError('manifest', `${JSON.stringify(value)} is not a regular file.`, hint);
  }
  return path;
}

function destroyableEnvironments(inputs: InputReader): string[] {
  const names = inputs
    .string('destroyable-environments')
    .split(/[\s,]+/)
    .filter(Boolean);
  const bad = names.find((name) => !ENVIRONMENT.test(name));
  if (bad !== undefined) {
    throw new InputError(
      'destroyable-environments',
      `${JSON.stringify(bad)} is not an environment name.`,
      'List environment names separated by commas, spaces or lines, e.g. staging.',
    );
  }
  return [...new Set(names)];
}

/** destroy deletes everything: the allowance is asked for explicitly, before anything runs. */
function allowDestroy(inputs: InputReader, command: Command): boolean {
  const allowed = inputs.boolean('allow-destroy');
  if (command === 'destroy' && !allowed) {
    throw new InputError(
      'allow-destroy',
      'must be true for command destroy, which deletes every resource of the environment.',
      'Set allow-destroy: true in the step that means to destroy the environment.',
    );
  }
  return allowed;
}

export async function readSettings(env: NodeJS.ProcessEnv = process.env): Promise<Settings> {
  const inputs = createInputReader(env);
  const token = inputs.string('token');
  maskSecret(token);
  const context = readContext(env);
  const command = inputs.enumeration('command', COMMANDS);
  const folder = await workingDirectoryValue(inputs, context.workspace);
  const workingDir = workingDirectory(folder, context.workspace);
  const environment = environmentName(inputs, workingDir);
  const manifest = manifestPath(inputs, command, context);
  return {
    command,
    workingDirectory: workingDir,
    workingDirectoryName: relative(context.workspace, workingDir).split(sep).join('/') || '.',
    environment,
    environmentGiven: inputs.string('environment') !== '',
    versions: resolveToolVersions({
      terragruntInput: inputs.string('terragrunt-version'),
      opentofuInput: inputs.string('opentofu-version'),
      workingDirectory: workingDir,
      workspace: context.workspace,
    }),
    terragruntBaseUrl: baseUrl(inputs, 'terragrunt-download-url'),
    opentofuBaseUrl: baseUrl(inputs, 'opentofu-download-url'),
    planDir: planDir(inputs, context, workingDir, environment),
    ...(manifest && { manifest }),
    ...(inputs.string('config') && { config: inputs.string('config') }),
    allowDestroy: allowDestroy(inputs, command),
    destroyableEnvironments: destroyableEnvironments(inputs),
    comment:
      inputs.boolean('comment') &&
      context.eventName === 'pull_request' &&
      context.pullRequest !== undefined,
    token,
    context,
  };
}
