// The release pipeline through its workflow files: release.yml (staging, the production review,
// production), rollback.yml and infra-plan.yml run by packages/workflow-runner on GitHub's own
// parser and expression engine, against the GitHub emulator, with a Flux stand-in (statuses as
// the Flux bot) and the Terragrunt/OpenTofu stand-ins. Every job, input, output, permission,
// concurrency group and environment rule comes from the files in .github/workflows.
//
//   tsx scripts/demo-workflows.ts [--workflows DIR]   (DIR: a checkout with .github/ and actions/)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  approveRun,
  setEnvironment,
  startEmulator,
  createRelease,
  type RunningEmulator,
} from '@infra-fleet/github-emulator';
import { pullRequestEvent, releasePublishedEvent, runGit } from '@infra-fleet/testkit';
import {
  LiveView,
  WorkflowRunner,
  fluxStandIn,
  observers,
  runSummary,
  terragruntStandIns,
  type Observer,
  type RunRecord,
  type Trigger,
} from '@infra-fleet/workflow-runner';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { workflows: { type: 'string' } } });
const WORKFLOWS = resolve(values.workflows ?? ROOT);
const OWNER = 'octo-org';
const REPO = 'infra-fleet';
const FLUX_BOT = 'flux-bot';
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
let step = 0;

function heading(title: string): void {
  step += 1;
  console.log(`\n${bold(`${step}. ${title}`)}`);
}

function show(label: string, value: unknown): void {
  console.log(`   ${label.padEnd(18)}${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

async function sandbox(): Promise<RunningEmulator> {
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
  for (const login of ['alice', 'maria']) {
    await emulator.control.addAccount({ login, type: 'User' });
    await emulator.control.setCollaborator(login, 'write');
  }
  // What the README's Repository settings ask for: deployments from main and v* tags,
  // production reviewed by someone other than who released.
  const policies = [{ name: 'main' }, { name: 'v*', type: 'tag' as const }];
  await setEnvironment(emulator, 'staging', { branch_policies: policies });
  await setEnvironment(emulator, 'production', {
    reviewers: [{ type: 'User', login: 'maria' }],
    prevent_self_review: true,
    branch_policies: policies,
  });
  return emulator;
}

/** maria reviews production when a job waits for it. */
const reviewer =
  (emulator: RunningEmulator): Observer =>
  async (event) => {
    if (event.type !== 'review-requested') return;
    await approveRun(emulator, event.runId, {
      login: 'maria',
      state: 'approved',
      comment: 'Ship it',
      environments: [event.environment],
    });
    show('review', `maria approved ${event.environment} for run ${event.runId}`);
  };

/** Runs one workflow, prints its progress and summary; stops the demo when it does not succeed. */
async function run(runner: WorkflowRunner, trigger: Trigger): Promise<RunRecord> {
  const record = await runner.run(trigger);
  console.log(runSummary(record).replace(/^\n/, '').replace(/^/gm, '   '));
  if (record.conclusion !== 'success') {
    throw new Error(
      `${trigger.workflow} ended ${record.conclusion}; see its summary and logs above.`,
    );
  }
  return record;
}

function job(record: RunRecord, name: string) {
  const found = record.jobs.find((j) => j.name === name);
  if (!found) throw new Error(`no job ${name} in ${record.workflow}`);
  return found;
}

async function release(emulator: RunningEmulator, runner: WorkflowRunner): Promise<void> {
  heading('release.yml: v1.2.3 published; staging, the production review, production');
  await createRelease(emulator, { tag_name: 'v1.2.3', author: 'alice' });
  const event = releasePublishedEvent({ tagName: 'v1.2.3', author: 'alice', sender: 'alice' });
  const record = await run(runner, {
    workflow: '.github/workflows/release.yml',
    event: 'release',
    payload: event.payload,
  });
  show('staging outputs', job(record, 'staging').outputs);
  show('production with', {
    'promote-from-ref': job(record, 'production').inputs?.['promote-from-ref'],
  });
  show('fleet status', fleetTable(job(record, 'production / status').summary));
}

/** The environments table of fleet-status's job summary (the rest is the timeline). */
function fleetTable(summary: string): string {
  const lines = summary.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  if (start < 0) throw new Error('the status job wrote no fleet status to its summary');
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
  return lines.slice(start, end < 0 ? undefined : end).join(`\n${' '.repeat(21)}`);
}

async function rollback(runner: WorkflowRunner): Promise<void> {
  heading('rollback.yml: production back to v1.2.2, with a reason, through the same review');
  const record = await run(runner, {
    workflow: '.github/workflows/rollback.yml',
    event: 'workflow_dispatch',
    actor: 'alice',
    inputs: {
      environment: 'production',
      app: 'load-harness',
      version: 'v1.2.2',
      reason: 'v1.2.3 leaks memory',
    },
  });
  const {
    tag,
    reason,
    'allow-downgrade': downgrade,
    'require-approval': approval,
  } = job(record, 'rollback').inputs ?? {};
  show('rollback with', {
    tag,
    reason,
    'allow-downgrade': downgrade,
    'require-approval': approval,
  });
}

async function pullRequest(emulator: RunningEmulator, scratch: string) {
  const checkout = join(scratch, 'checkout');
  runGit(['clone', '--quiet', emulator.gitDir, checkout], scratch);
  const base = runGit(['rev-parse', 'HEAD'], checkout);
  const file = join(checkout, 'infrastructure/environments/staging/env.hcl');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('node_max_size       = 4', 'node_max_size       = 6'),
  );
  runGit(['switch', '--quiet', '-c', 'staging-nodes'], checkout);
  runGit(
    [
      '-c',
      'user.name=alice',
      '-c',
      'user.email=alice@example.com',
      'commit',
      '--quiet',
      '-am',
      'staging: allow 6 nodes',
    ],
    checkout,
  );
  runGit(['push', '--quiet', 'origin', 'staging-nodes'], checkout);
  const head = runGit(['rev-parse', 'HEAD'], checkout);
  const response = await fetch(`${emulator.url}/repos/${OWNER}/${REPO}/pulls`, {
    method: 'POST',
    headers: { authorization: `token ${emulator.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'staging: allow 6 nodes', head: 'staging-nodes', base: 'main' }),
  });
  const number = ((await response.json()) as { number: number }).number;
  const event = pullRequestEvent({
    number,
    baseSha: base,
    headSha: head,
    headRef: 'staging-nodes',
    sender: 'alice',
  });
  (event.payload.pull_request as { head: Record<string, unknown> }).head.repo = {
    full_name: `${OWNER}/${REPO}`,
  };
  return { number, payload: event.payload };
}

async function infrastructure(
  emulator: RunningEmulator,
  options: ConstructorParameters<typeof WorkflowRunner>[0],
): Promise<void> {
  heading('infra-plan.yml: a pull request that changes staging, planned through infra.yml');
  const scratch = mkdtempSync(join(tmpdir(), 'demo-workflows-'));
  const tools = await terragruntStandIns();
  try {
    const pr = await pullRequest(emulator, scratch);
    show('pull request', `#${pr.number} changes infrastructure/environments/staging/env.hcl`);
    const runner = new WorkflowRunner({
      ...options,
      actionInputs: tools.actionInputs,
      node: tools.node,
      env: tools.env,
    });
    const record = await run(runner, {
      workflow: '.github/workflows/infra-plan.yml',
      event: 'pull_request',
      payload: pr.payload,
    });
    show('targets', job(record, 'plan / detect').outputs.targets ?? '');
    show('plan (staging)', job(record, 'plan / plan (staging)').outputs);
    const comments = await fetch(
      `${emulator.url}/repos/${OWNER}/${REPO}/issues/${pr.number}/comments`,
      { headers: { authorization: `token ${emulator.adminToken}` } },
    );
    const sticky = ((await comments.json()) as Array<{ body: string }>).find((c) =>
      c.body.includes('infra-fleet:terragrunt-run:staging'),
    );
    show(
      'PR comment',
      (sticky?.body ?? '(none)')
        .split('\n')
        .slice(1, 6)
        .join('\n' + ' '.repeat(21)),
    );
  } finally {
    await tools.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const emulator = await sandbox();
  const view = new LiveView((text) => process.stdout.write(text.replace(/^/gm, '   ')), false);
  const access = {
    url: emulator.url,
    adminToken: emulator.adminToken,
    gitDir: emulator.gitDir,
    owner: OWNER,
    repo: REPO,
  };
  const flux = fluxStandIn(access, {
    login: FLUX_BOT,
    environments: ['staging', 'production'],
    apps: ['load-harness', 'status-page'],
  });
  const options = {
    source: { root: WORKFLOWS, repository: `${OWNER}/${REPO}` },
    emulator: access,
    vars: { FLUX_BOT_LOGIN: FLUX_BOT, PRODUCTION_APPROVERS: 'maria' },
    observer: observers(flux.observer, view.observer, reviewer(emulator)),
  };
  const runner = new WorkflowRunner(options);
  try {
    console.log(`Workflows from ${WORKFLOWS}; GitHub emulator on ${emulator.url}`);
    await release(emulator, runner);
    await rollback(runner);
    await infrastructure(emulator, options);
    heading('The git log on main, with its trailers');
    const log = execFileSync(
      'git',
      ['log', '--format=%h %s%n%(trailers:only,unfold)', 'main', '-n', '4'],
      { cwd: emulator.gitDir, encoding: 'utf8' },
    );
    console.log(log.trimEnd().replace(/^(?=.)/gm, '   '));
  } finally {
    runner.close();
    await emulator.close();
  }
}

await main();
