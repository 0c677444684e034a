import { resolve } from 'node:path';
import {
  createRun,
  startEmulator,
  type RunningEmulator,
  type TokenGrant,
} from '@infra-fleet/github-emulator';
import {
  releasePublishedEvent,
  runAction,
  runGit,
  waitFor,
  type ActionRun,
  type SignalCondition,
} from '@infra-fleet/testkit';

export const ACTION_DIR = resolve(import.meta.dirname, '..');
export const OWNER = 'octo-org';
export const REPO = 'infra-fleet';

/** What the README documents for the token (what GITHUB_TOKEN gets with `permissions:`). */
export const TOKEN_PERMISSIONS: TokenGrant['permissions'] = {
  issues: 'write',
  deployments: 'write',
  actions: 'read',
  contents: 'read',
};

type Role = 'admin' | 'write' | 'read';
/** People of the fixture: login -> repository role; octocat runs the workflow, releaser published the release. */
const PEOPLE: Record<string, Role> = {
  alice: 'write',
  bob: 'admin',
  erin: 'write',
  frank: 'write',
  mallory: 'write',
  octocat: 'write',
  releaser: 'write',
  dave: 'read',
  carol: 'read',
};

/** A JSON answer of the emulator, as the tests read it. */
export type Json = Record<string, unknown>;

export interface Fixture {
  emulator: RunningEmulator;
  token: string;
  /** Same permissions plus members: read, as a GitHub App token would have for team approvers. */
  appToken: string;
  /** Only members: read: a membership-token minted for an App that reads teams and nothing else. */
  membersToken: string;
  sha: string;
  admin: (method: string, path: string, body?: unknown) => Promise<{ status: number; data: Json }>;
}

export async function startFixture(): Promise<Fixture> {
  const emulator = await startEmulator({ owner: OWNER, repo: REPO });
  const { control } = emulator;
  for (const [login, role] of Object.entries(PEOPLE)) {
    await control.addAccount({ login, type: 'User' });
    await control.setCollaborator(login, role);
  }
  await control.addAccount({ login: 'renovate[bot]', type: 'Bot' });
  await control.addAccount({ login: 'members-reader[bot]', type: 'Bot' });
  await control.setCollaborator('renovate[bot]', 'write');
  const token = await control.createToken('github-actions[bot]', TOKEN_PERMISSIONS);
  const appToken = await control.createToken('github-actions[bot]', {
    ...TOKEN_PERMISSIONS,
    members: 'read',
  });
  const membersToken = await control.createToken('members-reader[bot]', { members: 'read' });
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${emulator.url}${path}`, {
      method,
      headers: {
        authorization: `token ${emulator.adminToken}`,
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, data: text ? JSON.parse(text) : undefined };
  };
  const sha = runGit(['rev-parse', 'refs/heads/main'], emulator.gitDir);
  return { emulator, token, appToken, membersToken, sha, admin };
}

export interface GateRun {
  inputs?: Record<string, string>;
  ref?: string;
  token?: string;
  runId?: number;
  signalWhen?: SignalCondition;
  /** Extra runner variables, e.g. GITHUB_RUN_ATTEMPT. */
  env?: Record<string, string>;
}

/** Runs the bundled action against the emulator, as a release of v1.2.3 by `releaser`, run by octocat. */
export async function runGate(fixture: Fixture, options: GateRun = {}): Promise<ActionRun> {
  const runId = options.runId ?? (await createRun(fixture.emulator, { actor: 'octocat' })).id;
  const ref = options.ref ?? 'refs/tags/v1.2.3';
  return runAction({
    actionDir: ACTION_DIR,
    token: options.token ?? fixture.token,
    inputs: { environment: 'production', 'poll-interval-seconds': '1', ...options.inputs },
    event: releasePublishedEvent({ tagName: 'v1.2.3', author: 'releaser', sender: 'octocat' }),
    env: {
      GITHUB_API_URL: fixture.emulator.url,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_SHA: fixture.sha,
      GITHUB_RUN_ID: String(runId),
      GITHUB_ACTOR: 'octocat',
      GITHUB_TRIGGERING_ACTOR: 'octocat',
      GITHUB_EVENT_NAME: 'release',
      ...options.env,
    },
    ...(options.signalWhen ? { signalWhen: options.signalWhen } : {}),
  });
}

interface GateIssueJson {
  number: number;
  html_url: string;
  body: string;
  state: string;
  title: string;
}

/** The next approval issue the action opens (numbers not seen before, titled by the action). */
export async function nextGateIssue(fixture: Fixture, seen: Set<number>): Promise<GateIssueJson> {
  let found: GateIssueJson | undefined;
  const look = async (): Promise<boolean> => {
    for (let number = 1; ; number += 1) {
      const { status, data } = await fixture.admin(
        'GET',
        `/repos/${OWNER}/${REPO}/issues/${number}`,
      );
      if (status !== 200) return false;
      if (!seen.has(number) && String(data.title).startsWith('Approve deployment')) {
        seen.add(number);
        found = data as unknown as GateIssueJson;
        return true;
      }
    }
  };
  await waitFor(look, { what: 'the action to open an approval issue', intervalMs: 100 });
  return found as GateIssueJson;
}

export async function issueState(fixture: Fixture, number: number) {
  const { data } = await fixture.admin('GET', `/repos/${OWNER}/${REPO}/issues/${number}`);
  return { state: data.state as string, stateReason: data.state_reason as string | null };
}

export async function lastComment(fixture: Fixture, number: number): Promise<string> {
  const { data } = await fixture.admin(
    'GET',
    `/repos/${OWNER}/${REPO}/issues/${number}/comments?per_page=100`,
  );
  const comments = data as unknown as Array<{ body?: string }>;
  return String(comments.at(-1)?.body ?? '');
}

export function logText(run: ActionRun): string {
  return `${run.stdout}\n${run.stderr}`;
}

/** The issue's comments, oldest first. */
export async function commentsOf(fixture: Fixture, number: number) {
  const path = `/repos/${OWNER}/${REPO}/issues/${number}/comments?per_page=100`;
  const { data } = await fixture.admin('GET', path);
  return data as unknown as Array<{ id: number; body: string; user: { login: string } }>;
}

/** Every issue the gate opened (titled by the action), any state, oldest first. */
export async function gateIssues(fixture: Fixture) {
  const path = `/repos/${OWNER}/${REPO}/issues?state=all&direction=asc&per_page=100`;
  const { data } = await fixture.admin('GET', path);
  return (
    data as unknown as Array<{ number: number; title: string; state: string; body: string }>
  ).filter((issue) => issue.title.startsWith('Approve deployment'));
}
