import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import {
  createRepoWithOrigin,
  runAction,
  runGit,
  type ActionRun,
  type Payload,
  type TestRepo,
} from '@infra-fleet/testkit';

export const ACTION_DIR = resolve(import.meta.dirname, '..');
const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** A bare origin seeded with this repository's real k8s/ and infrastructure/ trees. */
export function fleetRepo(): TestRepo {
  return createRepoWithOrigin({
    files: { 'README.md': '# fleet\n', 'docs/guide.md': '# guide\n' },
    copy: [
      { from: join(REPO_ROOT, 'k8s'), to: 'k8s' },
      { from: join(REPO_ROOT, 'infrastructure'), to: 'infrastructure' },
    ],
  });
}

/** A file edit: new content, null to delete, or `{ renameTo }` to move it. */
export type Edit = string | null | { renameTo: string } | { append: string };

function applyEdit(dir: string, path: string, edit: Edit): void {
  const target = join(dir, path);
  if (edit === null) return rmSync(target);
  if (typeof edit === 'string') {
    mkdirSync(dirname(target), { recursive: true });
    return writeFileSync(target, edit);
  }
  if ('append' in edit) return writeFileSync(target, edit.append, { flag: 'a' });
  mkdirSync(dirname(join(dir, edit.renameTo)), { recursive: true });
  renameSync(target, join(dir, edit.renameTo));
}

/** Commits `edits` on `branch`, started from `from`; returns the new commit (not pushed). */
export function commitOn(
  repo: TestRepo,
  branch: string,
  from: string,
  edits: Record<string, Edit>,
  message = `change on ${branch}`,
): string {
  const dir = repo.work;
  runGit(['checkout', '--quiet', '-B', branch, from], dir);
  for (const [path, edit] of Object.entries(edits)) applyEdit(dir, path, edit);
  runGit(['add', '--all'], dir);
  runGit(['commit', '--quiet', '--allow-empty', '-m', message], dir);
  return runGit(['rev-parse', 'HEAD'], dir);
}

export function push(repo: TestRepo, refspec: string, force = false): void {
  runGit(['push', '--quiet', ...(force ? ['--force'] : []), 'origin', refspec], repo.work);
}

type Examples = Array<{ name: string; examples: Payload[] }>;
const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json',
) as Examples;

/** GitHub's own example payload for an event, deep-copied. */
function example(name: string, action?: string): Payload {
  const entry = examples.find((candidate) => candidate.name === name);
  const payload = entry?.examples.find((candidate) => !action || candidate.action === action);
  if (!payload) throw new Error(`no @octokit/webhooks-examples payload for ${name}.${action}`);
  return structuredClone(payload);
}

export function pullRequestEvent(options: {
  baseSha: string;
  baseRef?: string;
  headSha: string;
  headRef?: string;
}): { name: string; payload: Payload } {
  const payload = example('pull_request', 'opened');
  const pullRequest = payload.pull_request as Record<string, Record<string, unknown>>;
  Object.assign(pullRequest.base ?? {}, { sha: options.baseSha, ref: options.baseRef ?? 'main' });
  Object.assign(pullRequest.head ?? {}, { sha: options.headSha, ref: options.headRef ?? 'feat' });
  return { name: 'pull_request', payload };
}

export function mergeGroupEvent(options: { baseSha: string; headSha: string }) {
  const payload = example('merge_group');
  Object.assign(payload.merge_group as object, {
    base_sha: options.baseSha,
    head_sha: options.headSha,
    base_ref: 'refs/heads/main',
  });
  return { name: 'merge_group', payload };
}

export interface Detected {
  run: ActionRun;
  environments: string[];
  infrastructure: string[];
  k8s: string[];
  reasons: Record<string, string[]>;
  matrix: {
    include: Array<{
      environment: string;
      domain: string;
      reasons: string[];
      app?: string;
      paths?: string[];
    }>;
  };
}

const json = <T>(text: string | undefined, fallback: T): T =>
  text ? (JSON.parse(text) as T) : fallback;

/** Runs the bundle in `workspace` the way the runner does. */
export async function detectIn(
  workspace: string,
  options: {
    event: { name: string; payload: object };
    inputs?: Record<string, string>;
    sha?: string;
  },
): Promise<Detected> {
  const run = await runAction({
    actionDir: ACTION_DIR,
    workspace,
    event: options.event,
    inputs: options.inputs ?? {},
    env: options.sha ? { GITHUB_SHA: options.sha } : {},
  });
  return {
    run,
    environments: json(run.outputs.environments, []),
    infrastructure: json(run.outputs.infrastructure, []),
    k8s: json(run.outputs.k8s, []),
    reasons: json(run.outputs.reasons, {}),
    matrix: json(run.outputs.matrix, { include: [] }),
  };
}

export function logOf(run: ActionRun): string {
  return `${run.stdout}\n${run.stderr}`;
}
