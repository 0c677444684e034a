import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createRepoWithOrigin,
  runAction,
  runGit,
  serveGitOverHttp,
  type ActionRun,
  type TestRepo,
} from '@infra-fleet/testkit';

export const ACTION_DIR = resolve(import.meta.dirname, '..');
export const K8S_DIR = resolve(import.meta.dirname, '../../../k8s');
export const IMAGE = 'ECR_PLACEHOLDER';
export const STAGING = 'k8s/overlays/staging';
export const PRODUCTION = 'k8s/overlays/production';
export const TOKEN = 'ghs_TopSecretTokenValue0123456789';

/** A bare origin seeded with this repository's real k8s/ tree, and a checkout of it. */
export function k8sRepo(): TestRepo {
  return createRepoWithOrigin({ copy: [{ from: K8S_DIR, to: 'k8s' }] });
}

/** The local bare repository a checkout's origin names, when it has one. */
function localOrigin(workspace: string): string | undefined {
  const args = ['remote', 'get-url', 'origin'];
  const url = spawnSync('git', args, { cwd: workspace, encoding: 'utf8' }).stdout?.trim();
  if (!url) return undefined;
  return url.startsWith('file:') ? fileURLToPath(url) : url;
}

/**
 * The git method against the checkout's origin served over smart HTTP, as GitHub serves it:
 * the step pushes over http(s) only, and the server accepts nothing but the token. The checkout's
 * origin URL is restored afterwards. (The api method is tested against the emulator.)
 */
export async function bump(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const run = (extra: Record<string, string>) =>
    runAction({
      actionDir: ACTION_DIR,
      workspace,
      inputs: { 'commit-method': 'git', ...inputs },
      token: TOKEN,
      env: { ...extra, ...env },
    });
  const origin = localOrigin(workspace);
  if (!origin) return run({});
  const server = await serveGitOverHttp(origin, { token: TOKEN });
  runGit(['remote', 'set-url', 'origin', server.url], workspace);
  try {
    return await run({ GITHUB_SERVER_URL: new URL(server.url).origin });
  } finally {
    runGit(['remote', 'set-url', 'origin', origin], workspace);
    await server.close();
  }
}

export function originTip(repo: TestRepo, branch = 'main'): string {
  return repo.git(['rev-parse', branch], repo.origin);
}

export function fileAt(repo: TestRepo, rev: string, path: string): string {
  return repo.git(['show', `${rev}:${path}`], repo.origin);
}

export function commitBody(repo: TestRepo, rev: string): string {
  return repo.git(['log', '-1', '--format=%B', rev], repo.origin);
}

/** Everything a failed run must leave alone: worktree, index, HEAD and the remote. */
export function snapshot(repo: TestRepo, workspace: string) {
  return {
    status: repo.git(['status', '--porcelain', '--untracked-files=all'], workspace),
    head: repo.git(['rev-parse', 'HEAD'], workspace),
    index: readFileSync(join(workspace, '.git', 'index')).toString('base64'),
    origin: repo.git(['for-each-ref', '--format=%(refname) %(objectname)'], repo.origin),
  };
}

export function logText(run: ActionRun): string {
  return `${run.stdout}\n${run.stderr}`;
}
