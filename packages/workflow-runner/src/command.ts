import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  approveRun,
  createRelease,
  setEnvironment,
  startEmulator,
  type RunningEmulator,
} from '@infra-fleet/github-emulator';
import { parseRunArgs, USAGE, UsageError, type RunArgs } from './args.js';
import type { Observer } from './events.js';
import type { EmulatorAccess } from './github-port.js';
import { LiveView } from './live-view.js';
import { WorkflowRunner } from './runner.js';
import { fluxStandIn, observers } from './stand-ins/flux.js';
import { terragruntStandIns, type TerragruntStandIns } from './stand-ins/terragrunt.js';
import { runSummary } from './summary.js';

/** `infra-fleet run`: one workflow file of this checkout, run locally against the GitHub emulator. */

export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd?: string;
  /** Redraw the live view in place (default: stdout is a terminal). */
  isTTY?: boolean;
}

const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

const DEFAULT_SEED = ['infra-fleet.yaml', 'k8s', 'infrastructure'];

async function embeddedEmulator(root: string, args: RunArgs): Promise<RunningEmulator> {
  const paths =
    args.seed.length > 0 ? args.seed : DEFAULT_SEED.filter((p) => existsSync(join(root, p)));
  const files: Record<string, string> = {};
  const copy: Array<{ from: string; to: string }> = [];
  for (const path of paths) {
    const full = resolve(root, path);
    if (!existsSync(full))
      throw new UsageError(`--seed ${path}: no such file or folder in ${root}.`);
    if (statSync(full).isDirectory()) copy.push({ from: full, to: relative(root, full) || '.' });
    else files[relative(root, full)] = readFileSync(full, 'utf8');
  }
  const [owner = '', repo = ''] = args.repository.split('/');
  return startEmulator({
    owner,
    repo,
    seed: { files: Object.keys(files).length > 0 ? files : { 'README.md': '# seed\n' }, copy },
  });
}

/** A release event's tag must exist for the run's ref: create the release in the emulator if it is new. */
async function ensureRelease(
  access: EmulatorAccess,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload: Record<string, any>,
  actor: string | undefined,
): Promise<void> {
  const tag = payload.release?.tag_name as string | undefined;
  if (!tag) return;
  const author = (payload.release?.author?.login as string | undefined) ?? actor ?? 'octocat';
  const control = { url: access.url, adminToken: access.adminToken };
  const accounts = await fetch(`${access.url}/_emulator/accounts`, {
    headers: { authorization: `token ${access.adminToken}` },
  });
  if (!((await accounts.json()) as Array<{ login: string }>).some((a) => a.login === author)) {
    await fetch(`${access.url}/_emulator/accounts`, {
      method: 'POST',
      headers: { authorization: `token ${access.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ login: author, type: 'User' }),
    });
  }
  const existing = await fetch(
    `${access.url}/repos/${access.owner}/${access.repo}/releases/tags/${encodeURIComponent(tag)}`,
    { headers: { authorization: `token ${access.adminToken}` } },
  );
  if (existing.status === 404)
    await createRelease(control, {
      tag_name: tag,
      author,
      prerelease: payload.release?.prerelease === true,
    });
}

/** Environments with required reviewers (each a write collaborator), as --reviewers asks. */
async function protect(
  emulator: RunningEmulator,
  reviewers: Record<string, string[]>,
): Promise<void> {
  for (const [environment, logins] of Object.entries(reviewers)) {
    for (const login of logins) {
      await emulator.control.addAccount({ login, type: 'User' });
      await emulator.control.setCollaborator(login, 'write');
    }
    await setEnvironment(emulator, environment, {
      reviewers: logins.map((login) => ({ type: 'User' as const, login })),
    });
  }
}

function approver(
  access: EmulatorAccess,
  approvals: Record<string, string>,
  say: (line: string) => void,
): Observer {
  return async (event) => {
    if (event.type !== 'review-requested') return;
    const login = approvals[event.environment];
    if (!login)
      return say(
        `  ${event.job}: approve it with POST ${access.url}/_emulator/runs/${event.runId}/approvals (see the emulator README), or run with --approve ${event.environment}=LOGIN\n`,
      );
    await approveRun({ url: access.url, adminToken: access.adminToken }, event.runId, {
      login,
      state: 'approved',
      comment: 'approved by infra-fleet run --approve',
      environments: [event.environment],
    });
    say(`  ${event.job}: ${login} approved ${event.environment}\n`);
  };
}

export async function runWorkflowCommand(
  argv: string[],
  io: CommandIo = processIo,
): Promise<number> {
  let args: RunArgs;
  try {
    args = parseRunArgs(argv);
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const root = resolve(io.cwd ?? process.cwd());
  const workflow = isAbsolute(args.workflow) ? relative(root, args.workflow) : args.workflow;
  let emulator: RunningEmulator | undefined;
  let tools: TerragruntStandIns | undefined;
  try {
    emulator = args.emulator ? undefined : await embeddedEmulator(root, args);
    const [owner = '', repo = ''] = args.repository.split('/');
    const access: EmulatorAccess = emulator
      ? { url: emulator.url, adminToken: emulator.adminToken, gitDir: emulator.gitDir, owner, repo }
      : { ...(args.emulator as NonNullable<RunArgs['emulator']>), owner, repo };
    if (emulator) await protect(emulator, args.reviewers);
    else if (Object.keys(args.reviewers).length > 0)
      throw new UsageError(
        '--reviewers sets up the embedded emulator; set a running one up through its control API.',
      );
    if (emulator)
      io.stdout(
        `GitHub emulator for ${args.repository} on ${emulator.url} (admin token ${emulator.adminToken})\n`,
      );
    const payload = args.payload
      ? (JSON.parse(readFileSync(resolve(root, args.payload), 'utf8')) as Record<string, unknown>)
      : {};
    if (args.event === 'release') await ensureRelease(access, payload, args.actor);
    tools = args.terragruntStandIns ? await terragruntStandIns() : undefined;
    const view = new LiveView(io.stdout, args.live && (io.isTTY ?? process.stdout.isTTY === true));
    const flux = args.flux
      ? fluxStandIn(access, {
          login: args.flux,
          environments: ['staging', 'production'],
          apps: ['load-harness', 'status-page'],
        })
      : undefined;
    const runner = new WorkflowRunner({
      source: { root, repository: args.repository },
      emulator: access,
      vars: args.vars,
      secrets: args.secrets,
      observer: observers(flux?.observer, approver(access, args.approve, io.stdout), view.observer),
      workRoot: args.logs
        ? resolve(root, args.logs)
        : mkdtempSync(join(tmpdir(), 'infra-fleet-run-')),
      ...(tools && { actionInputs: tools.actionInputs, node: tools.node, env: tools.env }),
    });
    const run = await runner.run({
      workflow,
      event: args.event,
      payload,
      ...(args.ref && { ref: args.ref }),
      ...(args.actor && { actor: args.actor }),
      inputs: args.inputs,
    });
    io.stdout(runSummary(run));
    return run.conclusion === 'success' ? 0 : 1;
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await tools?.close();
    await emulator?.close();
  }
}
