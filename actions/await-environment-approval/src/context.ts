import { readFileSync } from 'node:fs';
import { ActionError } from '@infra-fleet/action-kit';
import { lower } from './approval.js';

/** The run this gate guards, from the runner's GITHUB_* variables and the event payload. */
export interface RunContext {
  owner: string;
  repo: string;
  ref: string;
  sha: string;
  runId?: number;
  runAttempt: number;
  actor: string;
  triggeringActor: string;
  eventName: string;
  workflow: string;
  job: string;
  serverUrl: string;
  apiUrl: string;
  runUrl?: string;
  /** Lower-cased login -> why it is "self": run actor, triggering actor, release/commit author, ... */
  self: Map<string, string[]>;
}

type Loose = Record<string, unknown>;

function record(value: unknown): Loose {
  return value !== null && typeof value === 'object' ? (value as Loose) : {};
}

function login(value: unknown, key = 'login'): string | undefined {
  const text = record(value)[key];
  return typeof text === 'string' && text !== '' ? text : undefined;
}

function readEvent(path: string | undefined): Loose {
  if (!path) return {};
  try {
    return record(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new ActionError(
      `Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`,
      {
        hint: 'The runner writes this file; run the action in a workflow job.',
      },
    );
  }
}

/** Authors named by the event: the release author, pushed commits' authors, the PR author. */
export function eventAuthors(event: Loose): Array<[string | undefined, string]> {
  const commits = [event.head_commit, ...(Array.isArray(event.commits) ? event.commits : [])];
  return [
    [login(record(event.release).author), 'release author'],
    ...commits.map((commit): [string | undefined, string] => [
      login(record(commit).author, 'username'),
      'commit author',
    ]),
    [login(record(event.pull_request).user), 'pull request author'],
    [login(event.sender), 'event sender'],
  ];
}

function selfMap(entries: Array<[string | undefined, string]>): Map<string, string[]> {
  const self = new Map<string, string[]>();
  for (const [name, role] of entries) {
    if (!name) continue;
    const roles = self.get(lower(name)) ?? [];
    if (!roles.includes(role)) roles.push(role);
    self.set(lower(name), roles);
  }
  return self;
}

function repository(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new ActionError(
      `GITHUB_REPOSITORY=${JSON.stringify(env.GITHUB_REPOSITORY ?? '')} is not owner/name.`,
      {
        hint: 'The runner sets it; run the action in a workflow job.',
      },
    );
  }
  return { owner, repo };
}

function positive(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const { owner, repo } = repository(env);
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
  const runId = positive(env.GITHUB_RUN_ID);
  const runAttempt = positive(env.GITHUB_RUN_ATTEMPT) ?? 1;
  const actor = env.GITHUB_ACTOR ?? '';
  const triggeringActor = env.GITHUB_TRIGGERING_ACTOR || actor;
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const attempt = runAttempt > 1 ? `/attempts/${runAttempt}` : '';
  return {
    owner,
    repo,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    runId,
    runAttempt,
    actor,
    triggeringActor,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    serverUrl,
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt}` : undefined,
    self: selfMap([
      [actor, 'run actor'],
      [triggeringActor, 'triggering actor'],
      ...eventAuthors(event),
    ]),
  };
}
