// `npm run demo`: the release pipeline end to end on an embedded sandbox. A local GitHub
// emulator, backed by a bare repository seeded with this repository's k8s/ tree, plays GitHub.
// The bundled actions run exactly as a runner runs them; a small stand-in plays Flux, posting
// commit statuses as the Flux bot account.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createRun,
  editComment,
  postCommentAs,
  startEmulator,
  type RunningEmulator,
} from '@infra-fleet/github-emulator';
import { renderKustomization, renderedImages } from '@infra-fleet/kustomize';
import { fleetSteps } from './demo-fleet.js';
import { infrastructureStep } from './demo-infra.js';
import { nightStep } from './demo-night.js';
import {
  releasePublishedEvent,
  runAction,
  runGit,
  TEST_GIT_ENV,
  type ActionRun,
} from '@infra-fleet/testkit';

const ROOT = resolve(import.meta.dirname, '..');
const BUMP = join(ROOT, 'actions/bump-overlay-tag');
const GATE = join(ROOT, 'actions/await-environment-approval');
const DETECT = join(ROOT, 'actions/detect-changed-envs');
const AWAIT = join(ROOT, 'actions/await-commit-status');
/** The account Flux's notification-controller posts commit statuses as (its token's owner). */
const FLUX_BOT = 'flux-bot';
const OWNER = 'octo-org';
const REPO = 'infra-fleet';
const IMAGE = 'ECR_PLACEHOLDER';
const STAGING = 'k8s/overlays/staging';
const PRODUCTION = 'k8s/overlays/production';
const STATUS_PAGE = ['staging', 'production'].map((env) => `k8s/apps/status-page/overlays/${env}`);

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
let step = 0;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function heading(title: string): void {
  step += 1;
  console.log(`\n${bold(`${step}. ${title}`)}  [${elapsed()}]`);
}

function show(label: string, value: string | undefined): void {
  console.log(`   ${label.padEnd(16)}${value ?? ''}`);
}

function showErrors(run: ActionRun): void {
  for (const annotation of run.annotations.filter((a) => a.command === 'error')) {
    show('error', annotation.message.split('\n').join(`\n${' '.repeat(19)}`));
  }
}

/** The demo stops, failing, when a step ends otherwise than the story says. */
function expectExit(run: ActionRun, expected: number, what: string): ActionRun {
  if (run.exitCode === expected) return run;
  throw new Error(`${what} exited ${run.exitCode}, expected ${expected}; see its output above.`);
}

function showBump(run: ActionRun): void {
  show('exit code', String(run.exitCode));
  if (run.exitCode !== 0) return showErrors(run);
  show('changed', run.outputs.changed);
  show('commit-sha', run.outputs['commit-sha'] || '(none)');
  show('revision', run.outputs.revision);
  show('previous', run.outputs.previous);
  show('current', run.outputs.current);
  for (const line of (run.outputs.diff ?? '').split('\n').filter((l) => /^[-+][^-+]/.test(l)))
    show('diff', line);
}

interface Sandbox {
  emulator: RunningEmulator;
  bumpToken: string;
  gateToken: string;
  /** await-commit-status reads statuses with it. */
  statusToken: string;
  /** Statuses posted with these are created by flux-bot and by mallory. */
  fluxToken: string;
  malloryToken: string;
  github: (path: string) => Promise<unknown>;
}

async function sandbox(): Promise<Sandbox> {
  const emulator = await startEmulator({
    owner: OWNER,
    repo: REPO,
    seed: {
      files: { 'infra-fleet.yaml': readFileSync(join(ROOT, 'infra-fleet.yaml'), 'utf8') },
      copy: [
        { from: join(ROOT, 'k8s'), to: 'k8s' },
        { from: join(ROOT, 'infrastructure'), to: 'infrastructure' },
      ],
    },
  });
  const { control } = emulator;
  for (const [login, role] of [
    ['alice', 'write'],
    ['mallory', 'write'],
    ['octocat', 'write'],
  ] as const) {
    await control.addAccount({ login, type: 'User' });
    await control.setCollaborator(login, role);
  }
  const bumpToken = await control.createToken('github-actions[bot]', {
    contents: 'write',
    pull_requests: 'write',
  });
  const gateToken = await control.createToken('github-actions[bot]', {
    issues: 'write',
    deployments: 'write',
    actions: 'read',
    contents: 'read',
  });
  await control.addAccount({ login: FLUX_BOT, type: 'Bot' });
  const statusToken = await control.createToken('github-actions[bot]', {
    statuses: 'read',
    contents: 'read',
  });
  const fluxToken = await control.createToken(FLUX_BOT, { statuses: 'write' });
  const malloryToken = await control.createToken('mallory', { statuses: 'write' });
  const github = async (path: string) =>
    (
      await fetch(`${emulator.url}${path}`, {
        headers: { authorization: `token ${emulator.adminToken}` },
      })
    ).json();
  return { emulator, bumpToken, gateToken, statusToken, fluxToken, malloryToken, github };
}

/** The emulator plays both GitHub's API and its git server (http://127.0.0.1:<port>/<owner>/<repo>.git). */
function runnerEnv(box: Sandbox): Record<string, string> {
  return {
    GITHUB_API_URL: box.emulator.url,
    GITHUB_SERVER_URL: box.emulator.url,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
  };
}

/** git config for one command: the token as an extraheader, as actions/checkout passes it. */
function withToken(box: Sandbox): string[] {
  const basic = Buffer.from(`x-access-token:${box.bumpToken}`).toString('base64');
  return ['-c', `http.extraheader=AUTHORIZATION: basic ${basic}`];
}

/** git over HTTP, asynchronously: the emulator that answers runs in this very process. */
const gitOverHttp = promisify(execFile);

/** A checkout as actions/checkout makes one: cloned over HTTP with a token, none kept. */
async function checkOut(box: Sandbox, dir: string): Promise<void> {
  const url = `${box.emulator.url}/${OWNER}/${REPO}.git`;
  await gitOverHttp('git', [...withToken(box), 'clone', '--quiet', url, dir]);
}

async function bump(
  box: Sandbox,
  inputs: Record<string, string>,
  workspace?: string,
  expected = 0,
): Promise<ActionRun> {
  const run = await runAction({
    actionDir: BUMP,
    inputs,
    token: box.bumpToken,
    env: runnerEnv(box),
    ...(workspace && { workspace }),
  });
  showBump(run);
  return expectExit(run, expected, 'bump-overlay-tag');
}

/** Posts a commit status with `token`; the token's account becomes the status's creator. */
async function postStatus(box: Sandbox, token: string, sha: string, body: object): Promise<void> {
  const response = await fetch(`${box.emulator.url}/repos/${OWNER}/${REPO}/statuses/${sha}`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`status not posted: ${await response.text()}`);
}

/** The context each app's Flux Kustomization posts (see k8s/clusters/<env>). */
const fluxContext = (environment: string, app = 'load-harness') =>
  `flux/${environment}/kustomization/${app}`;

/** The Flux stand-in: after `afterMs`, reports on main's tip (the revision it applied) as flux-bot. */
async function fluxApplies(
  box: Sandbox,
  environment: string,
  afterMs: number,
  app = 'load-harness',
): Promise<void> {
  await sleep(afterMs);
  const tip = runGit(['rev-parse', 'main'], box.emulator.gitDir);
  const context = fluxContext(environment, app);
  await postStatus(box, box.fluxToken, tip, {
    state: 'success',
    context,
    description: 'reconciliation succeeded',
    target_url: `https://flux.example/${environment}/${app}`,
  });
  show('flux', `${FLUX_BOT} posted ${context} success on ${tip.slice(0, 7)}`);
}

/** A status with Flux's context and words, posted by someone who is not Flux. */
async function forgedStatus(box: Sandbox, environment: string, sha: string): Promise<void> {
  await postStatus(box, box.malloryToken, sha, {
    state: 'success',
    context: fluxContext(environment),
    description: 'reconciliation succeeded',
  });
  show('forged', `mallory posted success "reconciliation succeeded" on ${sha.slice(0, 7)}`);
}

/** Runs await-commit-status on the bump's commit while `meanwhile` plays Flux (and others). */
async function awaitFlux(
  box: Sandbox,
  environment: string,
  sha: string,
  meanwhile: () => Promise<void>,
  app = 'load-harness',
): Promise<void> {
  const running = runAction({
    actionDir: AWAIT,
    inputs: {
      sha,
      environment,
      app,
      'expected-creator': FLUX_BOT,
      'poll-interval-seconds': '1',
      'timeout-seconds': '30',
    },
    token: box.statusToken,
    env: runnerEnv(box),
  });
  await meanwhile();
  const run = await running;
  show('exit code', String(run.exitCode));
  if (run.exitCode !== 0) showErrors(run);
  show('result', run.outputs.result);
  show('verified-sha', run.outputs['verified-sha'] || '(none)');
  show('waited', `${run.outputs['waited-seconds'] ?? '?'} s`);
  for (const line of run.stdout.split('\n').filter((l) => l.startsWith('Not counted: '))) {
    show('not counted', line.slice('Not counted: '.length));
  }
  expectExit(run, 0, 'await-commit-status');
}

/** The gate's new issue: issue numbers are sequential, so probe past the ones seen. */
async function openIssue(
  box: Sandbox,
  seen: Set<number>,
): Promise<{ number: number; title: string }> {
  for (let tries = 0; tries < 200; tries += 1) {
    const number = seen.size + 1;
    const issue = (await box.github(`/repos/${OWNER}/${REPO}/issues/${number}`)) as {
      number?: number;
      title: string;
    };
    if (issue.number === number) {
      seen.add(number);
      return { number, title: issue.title };
    }
    await sleep(50);
  }
  throw new Error('the approval gate opened no issue');
}

/** Rows of the gate's "did not count" table: [author, reason]. */
function notCounted(summary: string): Array<[string, string]> {
  const lines = summary.split('\n');
  const header = lines.findIndex((line) => line.includes('Why it did not count'));
  if (header < 0) return [];
  const rows = lines.slice(header + 2).filter((line) => line.startsWith('|'));
  return rows.map((row) => {
    const cells = row.split(/(?<!\\)\|/).map((cell) => cell.trim());
    const author = /`([^`]+)`/.exec(cells[1] ?? '')?.[1] ?? '';
    return [author, (cells[3] ?? '').replace(/\\/g, '')];
  });
}

/** Production waits on the gate while `vote` plays the reviewers through the control API. */
async function approvalGate(
  box: Sandbox,
  tag: string,
  seen: Set<number>,
  vote: (issue: number) => Promise<void>,
) {
  const run = await createRun(box.emulator, { actor: 'octocat' });
  const gate = runAction({
    actionDir: GATE,
    inputs: {
      environment: 'production',
      mode: 'issue',
      'poll-interval-seconds': '1',
      summary: `${IMAGE} ${tag}`,
    },
    token: box.gateToken,
    event: releasePublishedEvent({ tagName: tag, author: 'octocat', sender: 'octocat' }),
    env: {
      ...runnerEnv(box),
      GITHUB_REF: `refs/tags/${tag}`,
      GITHUB_SHA: runGit(['rev-parse', 'main'], box.emulator.gitDir),
      GITHUB_RUN_ID: String(run.id),
      GITHUB_ACTOR: 'octocat',
      GITHUB_TRIGGERING_ACTOR: 'octocat',
      GITHUB_EVENT_NAME: 'release',
    },
  });
  const issue = await openIssue(box, seen);
  show('issue', `#${issue.number} "${issue.title}"`);
  await vote(issue.number);
  const result = await gate;
  show('exit code', String(result.exitCode));
  expectExit(result, 0, 'await-environment-approval');
  show('decision', result.outputs.decision);
  show('approvers', result.outputs.approvers);
  for (const [author, why] of notCounted(result.summary)) show('not counted', `${author}: ${why}`);
}

async function renderedImage(box: Sandbox, overlay: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'demo-render-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', 'main'], {
      cwd: box.emulator.gitDir,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    return renderedImages(await renderKustomization(join(dir, overlay)))
      .map((c) => c.image)
      .join(', ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs detect-changed-envs over the release train: first commit .. the commit before the rollback. */
async function detect(box: Sandbox, checkout: string): Promise<void> {
  const pull = ['pull', '--quiet', '--ff-only', 'origin', 'main'];
  const env = { ...process.env, ...TEST_GIT_ENV };
  await gitOverHttp('git', [...withToken(box), ...pull], { cwd: checkout, env });
  const base = runGit(['rev-list', '--max-parents=0', 'HEAD'], checkout);
  const head = runGit(['rev-parse', 'HEAD~1'], checkout);
  const run = await runAction({
    actionDir: DETECT,
    workspace: checkout,
    inputs: { base, head },
    env: { ...runnerEnv(box), GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: head },
  });
  show('exit code', String(run.exitCode));
  if (run.exitCode !== 0) return showErrors(run);
  for (const name of ['k8s', 'apps', 'infrastructure', 'staging', 'production', 'fallback'])
    show(name, run.outputs[name]);
  const reasons = JSON.parse(run.outputs.reasons ?? '{}') as Record<string, unknown[]>;
  for (const [target, chains] of Object.entries(reasons)) {
    for (const chain of chains.slice(0, 2))
      show(`  ${target}`, typeof chain === 'string' ? chain : JSON.stringify(chain));
  }
}

async function main(): Promise<void> {
  const box = await sandbox();
  const seen = new Set<number>();
  const checkout = mkdtempSync(join(tmpdir(), 'demo-checkout-'));
  const url = box.emulator.url;
  try {
    console.log(bold('infra-fleet demo: release -> staging -> approval -> production -> rollback'));
    console.log(`GitHub emulator: ${url} (bare repository ${box.emulator.gitDir})`);

    heading('Release load-harness v1.2.3 to staging: app and environment from infra-fleet.yaml');
    const staging = await bump(box, { app: 'load-harness', environment: 'staging', tag: 'v1.2.3' });

    heading('Flux applies staging; await-commit-status waits for its commit status');
    await awaitFlux(box, 'staging', staging.outputs.revision ?? '', () =>
      fluxApplies(box, 'staging', 600),
    );

    heading('Production approval gate (issue mode): alice approves');
    await approvalGate(box, 'v1.2.3', seen, async (issue) => {
      await sleep(1200);
      await postCommentAs(box.emulator, issue, 'alice', 'approve\nstaging is healthy');
    });

    heading('Promote staging to production at the commit staging verified');
    const production = await bump(box, {
      app: 'load-harness',
      environment: 'production',
      'promote-from-environment': 'staging',
      'promote-from-ref': staging.outputs.revision ?? '',
    });

    heading('Flux applies production; await-commit-status verifies it');
    await awaitFlux(box, 'production', production.outputs.revision ?? '', () =>
      fluxApplies(box, 'production', 600),
    );

    heading('The second app: status-page v2.1.0 to staging, its own overlay and Flux context');
    const page = await bump(box, { app: 'status-page', environment: 'staging', tag: 'v2.1.0' });
    await awaitFlux(
      box,
      'staging',
      page.outputs.revision ?? '',
      () => fluxApplies(box, 'staging', 600, 'status-page'),
      'status-page',
    );

    heading('Release v1.3.0 to staging');
    const next = await bump(box, { overlay: STAGING, image: IMAGE, tag: 'v1.3.0' });

    heading('A forged status from mallory is ignored; the wait ends when Flux reports');
    const nextSha = next.outputs.revision ?? '';
    await forgedStatus(box, 'staging', nextSha);
    await awaitFlux(box, 'staging', nextSha, () => fluxApplies(box, 'staging', 2500));

    heading('Second gate: a self-approval and a forged edit are ignored; then alice approves');
    await approvalGate(box, 'v1.3.0', seen, async (issue) => {
      await postCommentAs(box.emulator, issue, 'octocat', 'approve');
      const comment = await postCommentAs(box.emulator, issue, 'mallory', 'looking into it');
      await editComment(box.emulator, comment.id, 'approve');
      await sleep(2500);
      await postCommentAs(box.emulator, issue, 'alice', 'lgtm');
    });

    heading('Roll production back to v1.0.0 with a reason (commit-method git, from a checkout)');
    await checkOut(box, checkout);
    const rollback = await bump(
      box,
      {
        overlay: PRODUCTION,
        image: IMAGE,
        tag: 'v1.0.0',
        'allow-downgrade': 'true',
        reason: 'INC-1234: v1.2.3 fails health checks',
        'commit-method': 'git',
      },
      checkout,
    );

    heading('Flux applies the rollback; await-commit-status verifies it');
    await awaitFlux(box, 'production', rollback.outputs.revision ?? '', () =>
      fluxApplies(box, 'production', 600),
    );

    heading('A downgrade without allow-downgrade is refused');
    await bump(box, { overlay: STAGING, image: IMAGE, tag: 'v1.2.3' }, undefined, 1);

    heading('What each environment renders (kubectl kustomize)');
    for (const overlay of [STAGING, PRODUCTION, ...STATUS_PAGE])
      show('renders', `${overlay.replace(/^k8s\//, '')}: ${await renderedImage(box, overlay)}`);

    heading('What runs where: infra-fleet status (text, an HTML page), promote --dry-run');
    await fleetSteps({
      emulator: box.emulator,
      owner: OWNER,
      repo: REPO,
      fluxAccount: FLUX_BOT,
      show,
    });

    heading('detect-changed-envs: what the releases changed before the rollback, with reasons');
    await detect(box, checkout);

    heading('Infrastructure pull request: detect-changed-envs -> terragrunt-run plan (stand-in)');
    await infrastructureStep({
      emulator: box.emulator,
      owner: OWNER,
      repo: REPO,
      token: box.bumpToken,
      show,
      showErrors,
    });

    heading('Nightly staging: destroyed in the evening, recreated in the morning (stand-ins)');
    await nightStep({ emulator: box.emulator, show, showErrors });

    heading('git log of main, with trailers');
    const log = runGit(['log', '--format=%h %s%n%(trailers)', 'main'], box.emulator.gitDir);
    console.log(log.replace(/^(?![0-9a-f]{7} )(?=\S)/gm, '        '));
    console.log(`\n${bold(`Done: ${step} steps in ${elapsed()}.`)}`);
  } finally {
    rmSync(checkout, { recursive: true, force: true });
    await box.emulator.close();
  }
}

await main();
