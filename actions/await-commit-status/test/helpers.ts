import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import {
  runAction,
  runGit,
  waitFor,
  type ActionRun,
  type SignalCondition,
} from '@infra-fleet/testkit';

export const ACTION_DIR = resolve(import.meta.dirname, '..');
export const OWNER = 'octo-org';
export const REPO = 'infra-fleet';
export const FLUX = 'flux-bot';
export const CONTEXT = 'flux/staging/kustomization/load-harness';
export const OVERLAY = 'k8s/overlays/staging/kustomization.yaml';

const KUSTOMIZATION = (tag: string) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\nimages:\n  - name: load-harness\n    newTag: ${tag}\n`;

export interface Fixture {
  emulator: RunningEmulator;
  /** The action's token: what the README asks for (statuses: read, contents: read). */
  token: string;
  /** Tokens that post statuses: Flux's bot account, and another account with write access. */
  fluxToken: string;
  malloryToken: string;
  /** A clone of the emulator's bare repository to push from. */
  work: string;
  close(): Promise<void>;
}

/** One app: its status context and overlay come from here when the inputs leave them empty. */
export const FLEET_CONFIG = 'apps:\n  load-harness:\n    image: ECR_PLACEHOLDER\n';

export async function startFixture(): Promise<Fixture> {
  const emulator = await startEmulator({
    owner: OWNER,
    repo: REPO,
    seed: {
      files: {
        'README.md': '# fleet\n',
        'infra-fleet.yaml': FLEET_CONFIG,
        [OVERLAY]: KUSTOMIZATION('v1.0.0'),
      },
    },
  });
  const { control } = emulator;
  await control.addAccount({ login: FLUX, type: 'Bot' });
  await control.addAccount({ login: 'mallory', type: 'User' });
  await control.setCollaborator('mallory', 'write');
  const work = mkdtempSync(join(tmpdir(), 'await-status-work-'));
  runGit(['clone', '--quiet', emulator.gitDir, work], tmpdir());
  return {
    emulator,
    token: await control.createToken('github-actions[bot]', { statuses: 'read', contents: 'read' }),
    fluxToken: await control.createToken(FLUX, { statuses: 'write' }),
    malloryToken: await control.createToken('mallory', { statuses: 'write' }),
    work,
    close: async () => {
      rmSync(work, { recursive: true, force: true });
      await emulator.close();
    },
  };
}

/** A new branch for one test, at main's tip, so tests never move each other's branch. */
export function newBranch(fixture: Fixture, branch: string): void {
  runGit(['checkout', '--quiet', '-B', branch, 'origin/main'], fixture.work);
  runGit(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`], fixture.work);
}

/** Commits files in the work clone (not pushed); returns the commit. */
export function commitLocally(fixture: Fixture, files: Record<string, string>, message: string) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(fixture.work, path)), { recursive: true });
    writeFileSync(join(fixture.work, path), content);
  }
  runGit(['add', '--', ...Object.keys(files)], fixture.work);
  runGit(['commit', '--quiet', '-m', message], fixture.work);
  return runGit(['rev-parse', 'HEAD'], fixture.work);
}

export function push(fixture: Fixture, branch: string, options: { force?: boolean } = {}): void {
  const flags = options.force ? ['--force'] : [];
  runGit(['push', '--quiet', ...flags, 'origin', `HEAD:refs/heads/${branch}`], fixture.work);
}

/** A promotion: the overlay's tag changes, in one commit, pushed. */
export function promote(fixture: Fixture, branch: string, tag: string): string {
  const sha = commitLocally(fixture, { [OVERLAY]: KUSTOMIZATION(tag) }, `staging: ${tag}`);
  push(fixture, branch);
  return sha;
}

export interface StatusFields {
  state: 'pending' | 'success' | 'failure' | 'error';
  description?: string;
  context?: string;
  target_url?: string;
}

/** Posts a commit status through the API with `token`: its account becomes the creator. */
export async function postStatus(
  fixture: Fixture,
  sha: string,
  token: string,
  fields: StatusFields,
): Promise<void> {
  const response = await fetch(`${fixture.emulator.url}/repos/${OWNER}/${REPO}/statuses/${sha}`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ context: CONTEXT, ...fields }),
  });
  if (response.status !== 201) throw new Error(`status not posted: ${await response.text()}`);
}

export const fluxSuccess: StatusFields = {
  state: 'success',
  description: 'reconciliation succeeded',
  target_url: 'https://flux.example/staging/load-harness',
};

/** Runs the bundled action against the emulator, as a runner would. */
export function runAwait(
  fixture: Fixture,
  inputs: Record<string, string>,
  options: { signalWhen?: SignalCondition } = {},
): Promise<ActionRun> {
  return runAction({
    actionDir: ACTION_DIR,
    token: fixture.token,
    inputs: {
      environment: 'staging',
      'expected-creator': FLUX,
      'poll-interval-seconds': '1',
      // A safety net: tests end the wait by posting statuses, never by the clock.
      'timeout-seconds': '600',
      ...inputs,
    },
    env: { GITHUB_API_URL: fixture.emulator.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
    ...options,
  });
}

/** Statuses of the action's reads of a commit's statuses, oldest first. */
export async function statusReads(fixture: Fixture, sha: string): Promise<number[]> {
  const requests = await fixture.emulator.control.requests();
  return requests
    .filter(
      (r) =>
        r.operationId === 'repos/list-commit-statuses-for-ref' &&
        r.login === 'github-actions[bot]' &&
        r.path.includes(sha),
    )
    .map((r) => r.status);
}

/** Resolves once the action has read sha's statuses `count` times. */
export function polled(fixture: Fixture, sha: string, count = 1): Promise<void> {
  return waitFor(async () => (await statusReads(fixture, sha)).length >= count, {
    what: `the action to read the statuses of ${sha} ${count} time(s)`,
  });
}

export function logText(run: ActionRun): string {
  return `${run.stdout}\n${run.stderr}`;
}

export function errors(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.command === 'error').map((a) => a.message);
}

export interface Detail {
  context: string;
  verdict: string;
  state: string | null;
  description: string | null;
  sha: string | null;
  creator: string | null;
  'target-url': string | null;
}

export function details(run: ActionRun): Detail[] {
  return JSON.parse(run.outputs.details ?? '[]') as Detail[];
}
