// nightly-staging.yml: what it can act on (staging only), and its two scripts run as
// actions/github-script runs them, against the GitHub emulator, with the job's own permissions.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Octokit } from '@octokit/core';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { parse } from 'yaml';
import {
  ADMIN_LOGIN,
  createRun,
  startEmulator,
  updateRun,
  type RunningEmulator,
} from '@infra-fleet/github-emulator';
import {
  readStandInState,
  runAction,
  serveToolReleases,
  TERRAGRUNT_STAND_IN,
  TOFU_STAND_IN,
  writeStandInCopy,
  type ToolReleaseServer,
} from '@infra-fleet/testkit';
import {
  DEFAULT_OPENTOFU_VERSION,
  DEFAULT_TERRAGRUNT_VERSION,
} from '../../../actions/terragrunt-run/src/versions.js';
import { lintFiles } from '../src/lint.js';
import { loadRepository } from '../src/repository.js';
import { REPO } from './helpers.js';

const FILE = '.github/workflows/nightly-staging.yml';
const WORKFLOW_REF = `octo-org/infra-fleet/${FILE}@refs/heads/main`;
const STAGING = 'infrastructure/environments/staging';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  environment?: string;
  concurrency?: { group: string; 'cancel-in-progress': boolean; queue: string };
  permissions: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: {
    schedule: Array<{ cron: string }>;
    workflow_dispatch: { inputs: Record<string, { type: string; options?: string[] }> };
  };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const text = readFileSync(path.join(REPO, FILE), 'utf8');
const workflow = parse(text) as Workflow;
const steps = (uses: string) =>
  Object.values(workflow.jobs).flatMap((job) =>
    job.steps.filter((step) => step.uses?.includes(uses)),
  );
const step = (job: string, id: string) => {
  const found = workflow.jobs[job]?.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id} in job ${job}`);
  return found;
};

/** Every scalar of the workflow (comments are not values), with where it sits. */
function scalars(value: unknown, at = ''): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => scalars(item, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [`${at}.${key}:key`, key] as [string, string],
      ...scalars(item, `${at}.${key}`),
    ]);
  }
  return [[at, String(value)]];
}

describe('nightly-staging.yml can act on staging only', () => {
  it('names no other environment and no shared folder anywhere but in comments', () => {
    const named = scalars(workflow).filter(([, value]) =>
      /production|permanent|prod\b/i.test(value),
    );
    expect(named).toEqual([]);
  });

  it('runs terragrunt-run on the staging folder only, with literal inputs', () => {
    const runs = steps('actions/terragrunt-run');
    expect(runs.map((s) => s.with?.command)).toEqual(['destroy', 'recreate']);
    for (const run of runs) {
      expect(run.uses).toBe('./actions/terragrunt-run');
      expect(run.with).toMatchObject({
        'working-directory': STAGING,
        environment: 'staging',
        'destroyable-environments': 'staging',
      });
      // No input, variable or event value reaches what terragrunt-run acts on.
      for (const value of Object.values(run.with ?? {})) expect(String(value)).not.toContain('${{');
    }
    expect(runs[0]?.with?.['allow-destroy']).toBe(true);
    expect(runs[1]?.with).not.toHaveProperty('allow-destroy');
  });

  it('takes only the operation and a keep-up day from a person', () => {
    const inputs = workflow.on.workflow_dispatch.inputs;
    expect(Object.keys(inputs)).toEqual(['operation', 'keep-up-until']);
    expect(inputs.operation?.options).toEqual(['keep-up', 'destroy', 'recreate']);
    const env = step('decide', 'decide').env ?? {};
    expect(workflow.on.schedule.map((s) => s.cron)).toEqual([env.EVENING, env.MORNING]);
  });

  it('holds infra-staging (queue: max) in every job that acts, with staging credentials only', () => {
    expect(workflow.permissions).toEqual({});
    for (const name of ['destroy', 'recreate']) {
      const job = workflow.jobs[name]!;
      expect(job.environment).toBe('staging');
      expect(job.concurrency).toEqual({
        group: 'infra-staging',
        'cancel-in-progress': false,
        queue: 'max',
      });
      expect(job.if).toBe(`needs.decide.outputs.operation == '${name}'`);
    }
    for (const aws of steps('configure-aws-credentials')) {
      expect(aws.with?.['role-to-assume']).toBe("${{ format(vars.AWS_ROLE_ARN, 'staging') }}");
    }
    expect(workflow.jobs.decide?.permissions).toEqual({ actions: 'read' });
    expect(workflow.jobs.recreate?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });

  it('passes every workflow check', async () => {
    const repository = await loadRepository(REPO, [FILE]);
    const findings = await lintFiles(repository.targets, repository.context, {
      external: { root: REPO },
    });
    expect(findings).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The scripts, run the way actions/github-script runs them.

const GitHub = Octokit.plugin(restEndpointMethods);
const RUN_ID = 424242;
const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

interface ScriptResult {
  outputs: Record<string, string>;
  notices: string[];
  failed?: string;
}

let emulator: RunningEmulator;

/** Runs a github-script step's script with its env and a token holding the job's permissions. */
async function runScript(job: string, id: string, env: Record<string, string> = {}) {
  const script = String(step(job, id).with?.script);
  const permissions = workflow.jobs[job]!.permissions as Record<string, 'read' | 'write'>;
  const token = emulator.createToken('github-actions[bot]', permissions);
  const github = new GitHub({ auth: token, baseUrl: emulator.url });
  const result: ScriptResult = { outputs: {}, notices: [] };
  const core = {
    setOutput: (name: string, value: unknown) => (result.outputs[name] = String(value)),
    notice: (message: string) => result.notices.push(message),
    info: () => undefined,
    setFailed: (message: string) => (result.failed = message),
  };
  const context = { repo: { owner: 'octo-org', repo: 'infra-fleet' }, runId: RUN_ID };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<unknown>;
  const body = new AsyncFunction('github', 'context', 'core', 'process', script);
  const stepEnv = { ...step(job, id).env, ...env };
  await body(github, context, core, { env: stepEnv });
  return result;
}

const evening = { EVENT: 'schedule', REF: 'refs/heads/main', WORKFLOW_REF };
const decide = (env: Record<string, string>) => runScript('decide', 'decide', env);
const scheduled = (cron: 'EVENING' | 'MORNING') =>
  decide({ ...evening, SCHEDULE: step('decide', 'decide').env?.[cron] ?? '' });

async function keepUpRun(
  until: string,
  extra: { conclusion?: string; head_branch?: string; head_sha?: string } = {},
) {
  const run = await createRun(emulator, {
    actor: ADMIN_LOGIN,
    path: FILE,
    event: 'workflow_dispatch',
    display_title: `Keep staging up until ${until}`,
    ...extra,
  });
  await updateRun(emulator, run.id, {
    status: 'completed',
    conclusion: extra.conclusion ?? 'success',
  });
}

describe('the scripts, as actions/github-script runs them', () => {
  // Every test owns its emulator: the runs and deployments one seeds are the only ones it sees.
  beforeEach(async () => {
    emulator = await startEmulator();
  });
  afterEach(() => emulator?.close());

  describe('decide: what the evening, the morning or a person asks for', () => {
    it('destroys in the evening and recreates in the morning', async () => {
      expect(await scheduled('EVENING')).toMatchObject({ outputs: { operation: 'destroy' } });
      expect(await scheduled('MORNING')).toMatchObject({ outputs: { operation: 'recreate' } });
    });

    it('skips the evening destroy while a successful keep-up run on main names today or later', async () => {
      const main = await createRun(emulator, { actor: ADMIN_LOGIN, path: FILE });
      await updateRun(emulator, main.id, { status: 'completed', conclusion: 'success' });
      const sha = main.head_sha;
      await keepUpRun(day(-3));
      await keepUpRun(day(5), { conclusion: 'failure' });
      await keepUpRun(day(6), { head_branch: 'my-branch', head_sha: sha });
      expect((await scheduled('EVENING')).outputs.operation).toBe('destroy');
      await keepUpRun(day(2));
      const kept = await scheduled('EVENING');
      expect(kept.outputs.operation).toBe('none');
      expect(kept.notices).toEqual([
        `Staging stays up tonight: a keep-up run asked for it until ${day(2)} (UTC).`,
      ]);
      // A person who asks for a destroy gets one; the morning is not affected.
      const manual = await decide({
        EVENT: 'workflow_dispatch',
        REF: 'refs/heads/main',
        OPERATION: 'destroy',
      });
      expect(manual.outputs.operation).toBe('destroy');
      expect((await scheduled('MORNING')).outputs.operation).toBe('recreate');
    });

    it('records a keep-up day only when it is a real day from today to 14 days ahead', async () => {
      const keepUp = (until: string) =>
        decide({
          EVENT: 'workflow_dispatch',
          REF: 'refs/heads/main',
          OPERATION: 'keep-up',
          KEEP_UP_UNTIL: until,
        });
      const ok = await keepUp(day(1));
      expect(ok.failed).toBeUndefined();
      expect(ok.outputs.operation).toBe('none');
      for (const bad of ['', 'tomorrow', '2026-02-30', day(-2), day(20), `${day(1)}; rm -rf /`]) {
        const refused = await keepUp(bad);
        expect(refused.failed).toMatch(/^keep-up-until must be a day from \d{4}-\d\d-\d\d to/);
        expect(refused.outputs.operation).toBeUndefined();
      }
    });

    it('refuses any ref but main, and an unknown schedule', async () => {
      const branch = await decide({
        ...evening,
        REF: 'refs/heads/feature',
        SCHEDULE: '0 19 * * 1-5',
      });
      expect(branch.failed).toMatch(/from main, not refs\/heads\/feature/);
      const unknown = await decide({ ...evening, SCHEDULE: '0 12 * * *' });
      expect(unknown.failed).toMatch(/No operation for event schedule \(schedule "0 12 \* \* \*"/);
      expect(unknown.outputs.operation).toBeUndefined();
    });
  });

  describe('the busy check before a destroy', () => {
    const busy = () => runScript('destroy', 'busy');

    async function deployment(environment: string, state: string, logUrl: string) {
      const api = async (route: string, body: object) => {
        const response = await fetch(`${emulator.url}/repos/octo-org/infra-fleet${route}`, {
          method: 'POST',
          headers: {
            authorization: `token ${emulator.adminToken}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify(body),
        });
        expect(response.status).toBe(201);
        return (await response.json()) as { id: number };
      };
      const created = await api('/deployments', {
        ref: 'main',
        environment,
        required_contexts: [],
      });
      await api(`/deployments/${created.id}/statuses`, { state, log_url: logUrl });
      return created.id;
    }
    const runUrl = (id: number) =>
      `https://github.com/octo-org/infra-fleet/actions/runs/${id}/job/7`;

    it('lets the destroy go when nothing else deploys to staging', async () => {
      await deployment('staging', 'success', runUrl(1));
      await deployment('production', 'in_progress', runUrl(2));
      await deployment('staging', 'in_progress', runUrl(RUN_ID)); // this very job
      const run = await createRun(emulator, {
        actor: ADMIN_LOGIN,
        path: '.github/workflows/release.yml',
      });
      await updateRun(emulator, run.id, { status: 'completed', conclusion: 'success' });
      expect(await busy()).toEqual({ outputs: { busy: 'false' }, notices: [] });
    });

    it('keeps staging up while a deployment to it is under way or an approval gate waits', async () => {
      const id = await deployment('staging', 'queued', runUrl(3));
      const found = await busy();
      expect(found.outputs.busy).toBe('true');
      expect(found.notices[0]).toContain(`deployment ${id} to staging is queued: ${runUrl(3)}`);
      await deployment('staging', 'success', runUrl(3)); // a newer record; the old one still waits
      await fetch(`${emulator.url}/repos/octo-org/infra-fleet/deployments/${id}/statuses`, {
        method: 'POST',
        headers: {
          authorization: `token ${emulator.adminToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ state: 'success', log_url: runUrl(3) }),
      });
      expect((await busy()).outputs.busy).toBe('false');
    });

    it('keeps staging up while a release or rollback run is under way', async () => {
      const run = await createRun(emulator, {
        actor: ADMIN_LOGIN,
        path: '.github/workflows/rollback.yml',
      });
      const found = await busy();
      expect(found.outputs.busy).toBe('true');
      expect(found.notices[0]).toContain(`rollback.yml run ${run.id} is in_progress`);
      await updateRun(emulator, run.id, { status: 'completed', conclusion: 'success' });
      expect((await busy()).outputs.busy).toBe('false');
    });
  });
});

describe("its terragrunt-run steps, through the bundle, on this repository's infrastructure", () => {
  let releases: ToolReleaseServer;
  let scratch: string;
  let workspace: string;
  beforeEach(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'nightly-staging-'));
    const bin = path.join(scratch, 'bin');
    releases = await serveToolReleases({
      terragrunt: {
        version: DEFAULT_TERRAGRUNT_VERSION,
        file: writeStandInCopy('terragrunt', DEFAULT_TERRAGRUNT_VERSION, bin),
      },
      opentofu: {
        version: DEFAULT_OPENTOFU_VERSION,
        file: writeStandInCopy('tofu', DEFAULT_OPENTOFU_VERSION, bin),
      },
    });
    workspace = path.join(scratch, 'workspace');
    for (const entry of ['infrastructure', 'infra-fleet.yaml'])
      cpSync(path.join(REPO, entry), path.join(workspace, entry), { recursive: true });
  });
  afterEach(async () => {
    await releases?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Applies a folder with the stand-ins directly, as an administrator would. */
  function applied(folder: string) {
    const args = ['run', '--all', '--non-interactive', '--working-dir', folder];
    execFileSync(TERRAGRUNT_STAND_IN, [...args, '--tf-path', TOFU_STAND_IN, '--', 'apply'], {
      cwd: workspace,
      stdio: 'ignore',
    });
  }
  const resources = (unit: string) =>
    Object.keys(readStandInState(path.join(workspace, 'infrastructure', unit))?.resources ?? {});

  const stepOf = (job: string) =>
    workflow.jobs[job]?.steps.find((s) => s.uses === './actions/terragrunt-run');

  /** A job's terragrunt-run step run as the runner runs it: its `with:` values, nothing else. */
  const runStep = (job: string) => {
    const given = Object.entries(stepOf(job)?.with ?? {});
    return runAction({
      actionDir: path.join(REPO, 'actions/terragrunt-run'),
      workspace,
      node: releases.node,
      event: { name: 'schedule', payload: { schedule: '0 19 * * 1-5' } },
      env: { RUNNER_TOOL_CACHE: path.join(scratch, 'tool-cache') },
      inputs: {
        ...Object.fromEntries(given.map(([name, value]) => [name, String(value)])),
        'terragrunt-download-url': releases.terragruntUrl,
        'opentofu-download-url': releases.opentofuUrl,
      },
    });
  };

  it('destroys staging dependents first and recreates it; production and permanent stay', async () => {
    for (const folder of ['environments/staging', 'environments/production', 'permanent'])
      applied(path.join('infrastructure', folder));
    const kept = {
      production: resources('environments/production/vpc'),
      permanent: resources('permanent/github-oidc'),
    };
    expect(kept.production.length).toBeGreaterThan(0);
    expect(kept.permanent.length).toBeGreaterThan(0);

    const destroyed = await runStep('destroy');
    expect(destroyed.stdout).not.toMatch(/::error::/);
    expect(destroyed.exitCode).toBe(0);
    expect(destroyed.summary).toContain('🗑️ Destroyed (destroy ');
    expect(destroyed.summary).toContain('dependents first: `monitoring` → `eks` → `vpc`.');
    for (const unit of ['vpc', 'eks', 'monitoring'])
      expect(resources(`environments/staging/${unit}`)).toEqual([]);
    expect(resources('environments/production/vpc')).toEqual(kept.production);
    expect(resources('permanent/github-oidc')).toEqual(kept.permanent);

    const recreated = await runStep('recreate');
    expect(recreated.stdout).not.toMatch(/::error::/);
    expect(recreated.exitCode).toBe(0);
    expect(recreated.summary).toContain('dependencies first: `vpc` → `eks` → `monitoring`.');
    expect(recreated.summary).toContain('A new plan has no changes: staging matches the commit.');
    expect(resources('environments/staging/eks').length).toBeGreaterThan(0);
  });
});
