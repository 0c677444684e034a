// `npm run bench`: the figures quoted in issue notes. Everything runs on local bare repos.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createRepoWithOrigin,
  runAction,
  serveGitOverHttp,
  TEST_GIT_ENV,
  type GitHttpServer,
  type TestRepo,
} from '@infra-fleet/testkit';

const ROOT = resolve(import.meta.dirname, '..');
// BENCH_BUMP_DIR: another build of the action (a folder with action.yml and dist/), to compare.
const BUMP = process.env.BENCH_BUMP_DIR
  ? resolve(process.env.BENCH_BUMP_DIR)
  : join(ROOT, 'actions/bump-overlay-tag');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const OVERLAY = 'k8s/overlays/bench';
const WRITERS = 10;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(0)} ms`;

const gitAsync = promisify(execFile);
const TOKEN = 'ghs_BenchToken0123456789';
/** The token as actions/checkout passes it to git, for the plain step's pull and push. */
const AUTH = [
  '-c',
  `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`,
];

/** As on a runner: the origin is a git server over HTTP, never a local path. */
async function served(repo: TestRepo): Promise<GitHttpServer> {
  return serveGitOverHttp(repo.origin, { token: TOKEN });
}

function cloneFrom(repo: TestRepo, server: GitHttpServer, name: string): string {
  const workspace = repo.clone({ name });
  execFileSync('git', ['remote', 'set-url', 'origin', server.url], { cwd: workspace });
  return workspace;
}

function overlayRepo(): TestRepo {
  const images = Array.from(
    { length: WRITERS },
    (_, index) =>
      `  - name: app-${index}\n    newName: registry.example/app-${index}\n    newTag: v1.0.0\n`,
  );
  return createRepoWithOrigin({
    files: { [`${OVERLAY}/kustomization.yaml`]: `resources: []\nimages:\n${images.join('')}` },
  });
}

async function timed(action: () => unknown): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** What a user writes instead: edit the tag, commit, (pull --rebase,) push. */
async function plainCommitAndPush(workspace: string, round: number, pull: boolean) {
  const file = join(workspace, OVERLAY, 'kustomization.yaml');
  const text = execFileSync('git', ['show', `HEAD:${OVERLAY}/kustomization.yaml`], {
    cwd: workspace,
  }).toString();
  writeFileSync(file, text.replace(/newTag: \S+/, `newTag: v3.${pull ? 1 : 0}.${round}`));
  const env = { ...process.env, ...TEST_GIT_ENV };
  execFileSync('git', ['commit', '--quiet', '-am', `plain ${round}`], { cwd: workspace, env });
  // Asynchronous: the git server answers in this very process.
  const git = (args: string[]) => gitAsync('git', [...AUTH, ...args], { cwd: workspace, env });
  if (pull) await git(['pull', '--quiet', '--rebase', 'origin', 'main']);
  await git(['push', '--quiet', 'origin', 'HEAD:main']);
}

let serverUrl = '';

async function bumpOnce(workspace: string, tag: string, image = 'app-0', validate = 'none') {
  const run = await runAction({
    actionDir: BUMP,
    workspace,
    token: TOKEN,
    env: { GITHUB_SERVER_URL: serverUrl },
    inputs: {
      'commit-method': 'git',
      overlay: OVERLAY,
      image,
      tag,
      validate,
      'max-attempts': '50',
    },
  });
  if (run.exitCode !== 0) throw new Error(`bump failed: ${run.stderr}${run.stdout}`);
  return run;
}

async function singleBump(): Promise<Record<string, string>> {
  const repo = overlayRepo();
  const server = await served(repo);
  serverUrl = new URL(server.url).origin;
  try {
    const plainWorkspace = cloneFrom(repo, server, 'plain');
    const bumpWorkspace = cloneFrom(repo, server, 'bump');
    const plain: number[] = [];
    const plainPull: number[] = [];
    const bumpNone: number[] = [];
    const bumpKustomize: number[] = [];
    const catchUp = () =>
      gitAsync('git', [...AUTH, 'pull', '--quiet', '--rebase=false', 'origin', 'main'], {
        cwd: plainWorkspace,
        env: { ...process.env, ...TEST_GIT_ENV },
      });
    for (let round = 0; round < ROUNDS; round += 1) {
      await catchUp();
      plain.push(await timed(() => plainCommitAndPush(plainWorkspace, round, false)));
      plainPull.push(await timed(() => plainCommitAndPush(plainWorkspace, round, true)));
      bumpNone.push(await timed(() => bumpOnce(bumpWorkspace, `v4.0.${round}`)));
      bumpKustomize.push(
        await timed(() => bumpOnce(bumpWorkspace, `v5.0.${round}`, 'app-0', 'kustomize')),
      );
    }
    const anchor = median(plainPull);
    return {
      'plain: commit + push (median)': ms(median(plain)),
      'plain: commit + pull --rebase + push (median; the anchor)': ms(anchor),
      'bump, validate: none (median)': ms(median(bumpNone)),
      'bump, validate: kustomize (median)': ms(median(bumpKustomize)),
      'ratio bump / anchor (validate: none)': (median(bumpNone) / anchor).toFixed(2),
      'ratio bump / anchor (validate: kustomize)': (median(bumpKustomize) / anchor).toFixed(2),
    };
  } finally {
    await server.close();
    repo.cleanup();
  }
}

async function concurrentBumps(): Promise<Record<string, string>> {
  const repo = overlayRepo();
  const server = await served(repo);
  serverUrl = new URL(server.url).origin;
  try {
    const workspaces = Array.from({ length: WRITERS }, (_, index) =>
      cloneFrom(repo, server, `w${index}`),
    );
    const sequential = await timed(async () => {
      for (const [index, workspace] of workspaces.entries())
        await bumpOnce(workspace, `v6.0.${index}`, `app-${index}`);
    });
    let attempts = 0;
    const concurrent = await timed(async () => {
      const runs = await Promise.all(
        workspaces.map((workspace, index) => bumpOnce(workspace, `v7.0.${index}`, `app-${index}`)),
      );
      attempts = runs.reduce((sum, run) => sum + Number(run.outputs.attempts), 0);
    });
    const landed = execFileSync('git', ['rev-list', '--count', 'main'], { cwd: repo.origin })
      .toString()
      .trim();
    return {
      [`${WRITERS} sequential bumps (total)`]: ms(sequential),
      [`${WRITERS} concurrent bumps (total, all landed)`]: ms(concurrent),
      'concurrent attempts used (sum)': String(attempts),
      'commits on main afterwards': landed,
    };
  } finally {
    await server.close();
    repo.cleanup();
  }
}

function print(title: string, rows: Record<string, string>): void {
  console.log(`\n${title}`);
  for (const [name, value] of Object.entries(rows)) console.log(`  ${name.padEnd(58)} ${value}`);
}

print(`One bump, origin served over HTTP on loopback (${ROUNDS} rounds)`, await singleBump());
print(`${WRITERS} bumps of different images in one overlay`, await concurrentBumps());
