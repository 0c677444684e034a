import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  readStandInLock,
  readStandInState,
  STAND_IN_FILES,
  TERRAGRUNT_STAND_IN,
  TOFU_STAND_IN,
  writeStandInCopy,
  writeStandInUnit,
} from '../src/terragrunt-stand-in.js';

const INFRASTRUCTURE = fileURLToPath(new URL('../../../infrastructure', import.meta.url));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Started {
  child: ReturnType<typeof spawn>;
  done: Promise<Run>;
  output(): { stdout: string; stderr: string };
}

/** The environment without the stand-in's own variables, so the machine cannot change results. */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('TG_') && !key.startsWith('STANDIN_'))
      env[key] = value;
  }
  return { ...env, ...extra };
}

function start(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Started {
  const child = spawn(TERRAGRUNT_STAND_IN, args, {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolveRun, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolveRun({ code, signal, stdout, stderr }));
  });
  return { child, done, output: () => ({ stdout, stderr }) };
}

/** Polls until `condition` holds; the deadline only guards against a hung test. */
async function until(condition: () => boolean, what: string, started?: Started): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (!condition()) {
    if (Date.now() > deadline) {
      const output = started ? JSON.stringify(started.output()) : '';
      throw new Error(`timed out waiting for ${what} ${output}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

let root: string;
let env: string;
let planDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tg-stand-in-'));
  env = join(root, 'env');
  planDir = join(root, 'plan');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The invocation terragrunt-run uses, for `command` with OpenTofu arguments `tofu`. */
function actionArgs(workingDir: string, tofu: readonly string[]): string[] {
  return [
    'run',
    '--all',
    '--non-interactive',
    '--working-dir',
    workingDir,
    '--tf-path',
    TOFU_STAND_IN,
    '--out-dir',
    join(planDir, 'plans'),
    '--json-out-dir',
    join(planDir, 'json'),
    '--report-file',
    join(planDir, 'report.json'),
    '--report-format',
    'json',
    '--',
    ...tofu,
  ];
}

const plan = (workingDir = env) =>
  start(actionArgs(workingDir, ['plan', '-detailed-exitcode', '-lock-timeout=5m'])).done;
const apply = (workingDir = env) => start(actionArgs(workingDir, ['apply'])).done;

interface ReportRun {
  Name: string;
  Started: string;
  Ended: string;
  Result: string;
  Reason?: string;
  Cause?: string;
}

const report = (): ReportRun[] => JSON.parse(readFileSync(join(planDir, 'report.json'), 'utf8'));
const byName = (runs: ReportRun[]) => Object.fromEntries(runs.map((r) => [r.Name, r]));
const planJson = (unit: string) =>
  JSON.parse(readFileSync(join(planDir, 'json', unit, 'tfplan.json'), 'utf8')) as {
    format_version: string;
    terraform_version: string;
    errored: boolean;
    planned_values: { root_module: { resources?: Array<{ address: string; values: unknown }> } };
    resource_changes?: Array<{
      address: string;
      module_address?: string;
      type: string;
      change: {
        actions: string[];
        before: unknown;
        after: Record<string, unknown> | null;
        after_unknown: unknown;
      };
    }>;
  };

const VPC = {
  address: 'aws_vpc.this',
  change: {
    actions: ['create' as const],
    after: { cidr_block: '10.0.0.0/16' },
    after_unknown: { id: true },
  },
};

describe('versions and the command line', () => {
  it('prints versions like the real tools, from the built-in version or the environment', () => {
    const tg = spawnSync(TERRAGRUNT_STAND_IN, ['--version'], { encoding: 'utf8', env: cleanEnv() });
    expect(tg.stdout).toBe('terragrunt version v1.0.2\n');
    const tofu = spawnSync(TOFU_STAND_IN, ['version'], { encoding: 'utf8', env: cleanEnv() });
    expect(tofu.stdout).toMatch(/^OpenTofu v1\.11\.5\non [a-z]+_[a-z0-9]+\n$/);
    const dash = spawnSync(TOFU_STAND_IN, ['-version'], { encoding: 'utf8', env: cleanEnv() });
    expect(dash.stdout).toBe(tofu.stdout);
    const pinned = spawnSync(TERRAGRUNT_STAND_IN, ['--version'], {
      encoding: 'utf8',
      env: cleanEnv({ STANDIN_VERSION: '1.0.9' }),
    });
    expect(pinned.stdout).toBe('terragrunt version v1.0.9\n');
  });

  it('writes release copies with their version built in', () => {
    const tg = writeStandInCopy('terragrunt', '1.0.7', join(root, 'bin'));
    const tofu = writeStandInCopy('tofu', '1.10.3', join(root, 'bin'));
    expect(statSync(tg).mode & 0o777).toBe(0o755);
    expect(spawnSync(tg, ['--version'], { encoding: 'utf8', env: cleanEnv() }).stdout).toBe(
      'terragrunt version v1.0.7\n',
    );
    expect(spawnSync(tofu, ['-version'], { encoding: 'utf8', env: cleanEnv() }).stdout).toMatch(
      /^OpenTofu v1\.10\.3\n/,
    );
    expect(() => writeStandInCopy('tofu', 'latest', root)).toThrow(/not a version/);
  });

  it('refuses unknown flags as Terragrunt does, and tofu commands it does not simulate', async () => {
    writeStandInUnit(join(env, 'vpc'));
    const bad = await start([
      'run',
      '--all',
      '--working-dir',
      env,
      '-detailed-exitcode',
      '--',
      'plan',
    ]).done;
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('ERROR  flag `-detailed-exitcode` is not a Terragrunt flag.');
    const tofu = spawnSync(TOFU_STAND_IN, ['plan'], { encoding: 'utf8', env: cleanEnv() });
    expect(tofu.status).toBe(1);
    expect(tofu.stderr).toContain('OpenTofu has no command named "plan"');
    const badTofuFlag = await start(actionArgs(env, ['apply', '-detailed-exitcode'])).done;
    expect(badTofuFlag.code).toBe(1);
    expect(badTofuFlag.stderr).toContain('flag provided but not defined: -detailed-exitcode');
  });

  it('takes the OpenTofu path and other flags from TG_ variables', async () => {
    writeStandInUnit(join(env, 'vpc'), { resource_changes: [VPC] });
    const run = await start(['run', '--', 'plan', '-detailed-exitcode'], {
      env: {
        TG_ALL: 'true',
        TG_NON_INTERACTIVE: 'true',
        TG_WORKING_DIR: env,
        TG_TF_PATH: TOFU_STAND_IN,
        TG_OUT_DIR: join(planDir, 'plans'),
      },
    }).done;
    expect(run.code).toBe(2);
    expect(existsSync(join(planDir, 'plans', 'vpc', 'tfplan.tfplan'))).toBe(true);
  });

  it('fails like Terragrunt when the OpenTofu binary is missing', async () => {
    writeStandInUnit(join(env, 'vpc'));
    const run = await start([
      'run',
      '--all',
      '--working-dir',
      env,
      '--tf-path',
      join(root, 'nope'),
      '--',
      'plan',
    ]).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`fork/exec ${join(root, 'nope')}: no such file or directory`);
  });
});

describe('plan', () => {
  it('exits 0 when no unit has changes and writes plan, JSON plan and report', async () => {
    writeStandInUnit(join(env, 'vpc'));
    writeStandInUnit(join(env, 'eks'), { dependencies: ['../vpc'] });
    const run = await plan();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No changes. Your infrastructure matches the configuration.');
    expect(readFileSync(join(planDir, 'plans', 'eks', 'tfplan.tfplan'), 'utf8')).toMatch(
      /^STANDIN-TFPLAN 1\nsha256:[0-9a-f]{64}\n/,
    );
    const json = planJson('eks');
    expect(json).toMatchObject({
      format_version: '1.2',
      terraform_version: '1.11.5',
      errored: false,
    });
    expect(json.resource_changes).toBeUndefined();
    expect(report().map((r) => [r.Name, r.Result])).toEqual([
      ['vpc', 'succeeded'],
      ['eks', 'succeeded'],
    ]);
    expect(run.stderr).toContain('Unit queue will be processed for plan in this order:');
    expect(run.stdout).toMatch(
      /❯❯ Run Summary {2}2 units {2}\d+m?s\n {3}─{28}\n {3}Succeeded {4}2\n/,
    );
  });

  it('exits 2 when a unit has changes, with the plan JSON OpenTofu would write', async () => {
    writeStandInUnit(join(env, 'vpc'), {
      resource_changes: [VPC],
      output_changes: { vpc_id: { actions: ['create'], after_unknown: true } },
    });
    writeStandInUnit(join(env, 'apps', 'dns'));
    const run = await plan();
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('[vpc] tofu.mjs:   # aws_vpc.this will be created');
    expect(run.stdout).toContain('Plan: 1 to add, 0 to change, 0 to destroy.');
    const json = planJson('vpc');
    expect(json.resource_changes).toEqual([
      expect.objectContaining({
        address: 'aws_vpc.this',
        mode: 'managed',
        type: 'aws_vpc',
        name: 'this',
        provider_name: 'registry.opentofu.org/hashicorp/aws',
        change: expect.objectContaining({ actions: ['create'], before: null }),
      }),
    ]);
    expect(json.planned_values.root_module.resources?.[0]?.values).toEqual({
      cidr_block: '10.0.0.0/16',
    });
    expect(existsSync(join(planDir, 'json', 'apps', 'dns', 'tfplan.json'))).toBe(true);
    expect(
      report()
        .map((r) => r.Name)
        .sort(),
    ).toEqual(['apps/dns', 'vpc']);
  });

  it('never prints sensitive values', async () => {
    writeStandInUnit(join(env, 'db'), {
      resource_changes: [
        {
          address: 'aws_db_instance.main',
          change: {
            after: { identifier: 'main', password: 'hunter2-secret' },
            after_sensitive: { password: true },
          },
        },
      ],
      output_changes: { dsn: { after: 'postgres://u:hunter2-secret@db', after_sensitive: true } },
    });
    const planned = await plan();
    expect(planned.code).toBe(2);
    expect(planned.stdout).toContain('password   = (sensitive value)');
    expect(planned.stdout).toContain('dsn = (sensitive value)');
    expect(planned.stdout + planned.stderr).not.toContain('hunter2');
    // The JSON plan carries the values, as OpenTofu's does, with after_sensitive marking them.
    expect(JSON.stringify(planJson('db'))).toContain('hunter2-secret');
    const applied = await apply();
    expect(applied.code).toBe(0);
    expect(applied.stdout + applied.stderr).not.toContain('hunter2');
    expect(applied.stdout).toContain('dsn = <sensitive>');
  });

  it('reports a failed unit and early exits for the units that depend on it', async () => {
    writeStandInUnit(join(env, 'vpc'), { fail: 'creating EC2 VPC: UnauthorizedOperation' });
    writeStandInUnit(join(env, 'eks'), { dependencies: ['../vpc'], resource_changes: [VPC] });
    writeStandInUnit(join(env, 'monitoring'), { dependencies: ['../eks'] });
    writeStandInUnit(join(env, 'dns'), { resource_changes: [VPC] });
    const run = await plan();
    expect(run.code).toBe(1);
    const runs = byName(report());
    expect(runs.vpc).toMatchObject({ Result: 'failed', Reason: 'run error' });
    expect(runs.vpc?.Cause).toMatch(
      /^Failed to execute "tofu\.mjs plan -input=false -detailed-exitcode/,
    );
    expect(runs.vpc?.Cause).toContain('│ Error: creating EC2 VPC: UnauthorizedOperation');
    expect(runs.vpc?.Cause).toMatch(/exit status 1$/);
    expect(runs.eks).toEqual(
      expect.objectContaining({ Result: 'early exit', Reason: 'ancestor error', Cause: 'vpc' }),
    );
    expect(runs.monitoring).toEqual(
      expect.objectContaining({ Result: 'early exit', Cause: 'eks' }),
    );
    expect(runs.dns).toEqual(expect.objectContaining({ Result: 'succeeded' }));
    expect(Object.keys(runs.dns ?? {})).toEqual(['Started', 'Ended', 'Name', 'Result']);
    expect(existsSync(join(planDir, 'json', 'vpc', 'tfplan.json'))).toBe(false);
    expect(existsSync(join(planDir, 'json', 'eks', 'tfplan.json'))).toBe(false);
    expect(run.stderr).toContain(
      'STDERR [vpc] tofu.mjs: │ Error: creating EC2 VPC: UnauthorizedOperation',
    );
    expect(run.stdout).toMatch(/ {3}Succeeded {4}1\n {3}Failed {7}1\n {3}Early Exits {2}2\n/);
  });

  it('orders units by their dependency blocks and refuses a cycle', async () => {
    writeStandInUnit(join(env, 'a'), { dependencies: ['../c'] });
    writeStandInUnit(join(env, 'b'));
    writeStandInUnit(join(env, 'c'), { dependencies: ['../b', '../../elsewhere/outside'] });
    const run = await plan();
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/- Unit b\n.*- Unit c\n.*- Unit a\n/);
    writeStandInUnit(join(env, 'b'), { dependencies: ['../a'] });
    const cycle = await plan();
    expect(cycle.code).toBe(1);
    expect(cycle.stderr).toContain('Found a dependency cycle between modules');
  });

  it('writes a CSV report, relative to the working directory, when asked', async () => {
    writeStandInUnit(join(env, 'vpc'));
    const run = await start([
      'run',
      '--all',
      '--working-dir',
      env,
      '--tf-path',
      TOFU_STAND_IN,
      '--report-file',
      'out/report.csv',
      '--',
      'validate',
    ]).done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Success! The configuration is valid.');
    const csv = readFileSync(join(env, 'out', 'report.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('Name,Started,Ended,Result,Reason,Cause,Ref,Cmd,Args');
    expect(csv[1]).toMatch(
      /^vpc,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d),.*,succeeded,,,,,$/,
    );
  });
});

describe('apply', () => {
  it('applies the saved plans, after which a new plan has no changes', async () => {
    writeStandInUnit(join(env, 'vpc'), {
      resource_changes: [
        VPC,
        { address: 'aws_eip.old', change: { actions: ['delete'], before: { id: 'eipalloc-1' } } },
      ],
    });
    writeStandInUnit(join(env, 'eks'), { dependencies: ['../vpc'] });
    expect((await plan()).code).toBe(2);
    const applied = await apply();
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain(
      '[vpc] tofu.mjs: Apply complete! Resources: 1 added, 0 changed, 1 destroyed.',
    );
    expect(applied.stderr).toContain(
      `tofu.mjs apply -input=false -auto-approve ${join(planDir, 'plans', 'vpc', 'tfplan.tfplan')}`,
    );
    const state = readStandInState(join(env, 'vpc'));
    expect(state?.resources['aws_vpc.this']?.values).toEqual({
      cidr_block: '10.0.0.0/16',
      id: expect.stringMatching(/^vpc-[0-9a-f]{17}$/),
    });
    expect(report().every((r) => r.Result === 'succeeded')).toBe(true);
    const replanned = await plan();
    expect(replanned.code).toBe(0);
    expect(planJson('vpc').resource_changes).toEqual([
      expect.objectContaining({
        address: 'aws_vpc.this',
        change: expect.objectContaining({ actions: ['no-op'] }),
      }),
    ]);
  });

  it('refuses a plan that is stale or missing', async () => {
    writeStandInUnit(join(env, 'vpc'), { resource_changes: [VPC] });
    const missing = await apply();
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      `│ Error: Failed to load "${join(planDir, 'plans', 'vpc', 'tfplan.tfplan')}" as a plan file`,
    );
    expect((await plan()).code).toBe(2);
    writeStandInUnit(join(env, 'vpc'), {
      resource_changes: [
        { ...VPC, change: { ...VPC.change, after: { cidr_block: '10.9.0.0/16' } } },
      ],
    });
    const changed = await apply();
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('│ Error: Saved plan is stale');
    expect(readStandInState(join(env, 'vpc'))).toBeUndefined();
    expect(byName(report()).vpc).toMatchObject({ Result: 'failed', Reason: 'run error' });
    // A plan applied once is stale the second time: the state moved on.
    expect((await plan()).code).toBe(2);
    expect((await apply()).code).toBe(0);
    const again = await apply();
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Saved plan is stale');
  });
});

describe('destroy (Terragrunt down commands)', () => {
  const planDestroy = () => start(actionArgs(env, ['plan', '-destroy', '-detailed-exitcode'])).done;
  const applyDestroy = () => start(actionArgs(env, ['apply', '-destroy'])).done;
  /** `run --all -- destroy` without plan folders: Terragrunt would hand it a plan file. */
  const destroyAll = () =>
    start([
      'run',
      '--all',
      '--non-interactive',
      '--working-dir',
      env,
      '--tf-path',
      TOFU_STAND_IN,
      '--report-file',
      join(planDir, 'report.json'),
      '--',
      'destroy',
    ]).done;
  const outputs = { id: { actions: ['create' as const], after_unknown: true } };

  /** vpc <- eks <- monitoring, and dns on its own, all applied. */
  async function appliedStack(extra: Partial<Record<string, object>> = {}) {
    const unit = (name: string) => ({
      resource_changes: [{ address: `aws_thing.${name}` }],
      output_changes: outputs,
      ...extra[name],
    });
    writeStandInUnit(join(env, 'vpc'), unit('vpc'));
    writeStandInUnit(join(env, 'eks'), { dependencies: ['../vpc'], ...unit('eks') });
    writeStandInUnit(join(env, 'monitoring'), { dependencies: ['../eks'], ...unit('monitoring') });
    writeStandInUnit(join(env, 'dns'), unit('dns'));
    expect((await plan()).code).toBe(2);
    expect((await apply()).code).toBe(0);
  }

  const order = (runs: ReportRun[], names: string[]) =>
    runs.filter((r) => names.includes(r.Name)).map((r) => r.Name);

  it('plans dependents first, applies the saved destroy plans in that order, then plans creates again', async () => {
    await appliedStack();
    const planned = await planDestroy();
    expect(planned.code).toBe(2);
    expect(planned.stderr).toMatch(/- Unit dns\n.*- Unit monitoring\n.*- Unit eks\n.*- Unit vpc\n/);
    expect(planned.stdout).toContain('[eks] tofu.mjs:   # aws_thing.eks will be destroyed');
    expect(planJson('eks').resource_changes).toEqual([
      expect.objectContaining({
        address: 'aws_thing.eks',
        change: expect.objectContaining({ actions: ['delete'], after: null }),
      }),
    ]);
    expect(planJson('eks').planned_values.root_module.resources).toBeUndefined();
    expect(order(report(), ['monitoring', 'eks', 'vpc'])).toEqual(['monitoring', 'eks', 'vpc']);

    const applied = await applyDestroy();
    expect(applied.code).toBe(0);
    expect(applied.stderr).toContain(
      `tofu.mjs apply -input=false -auto-approve -destroy ${join(planDir, 'plans', 'eks', 'tfplan.tfplan')}`,
    );
    expect(applied.stdout).toContain(
      '[vpc] tofu.mjs: Apply complete! Resources: 0 added, 0 changed, 1 destroyed.',
    );
    const runs = byName(report());
    // Each unit starts only once the units depending on it are done.
    expect(Date.parse(runs.eks!.Started)).toBeGreaterThanOrEqual(
      Date.parse(runs.monitoring!.Ended),
    );
    expect(Date.parse(runs.vpc!.Started)).toBeGreaterThanOrEqual(Date.parse(runs.eks!.Ended));
    expect(readStandInState(join(env, 'vpc'))).toMatchObject({ resources: {}, outputs: {} });

    const again = await planDestroy();
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes. No objects need to be destroyed.');
    expect(planJson('vpc').resource_changes).toBeUndefined();
    const recreate = await plan();
    expect(recreate.code).toBe(2);
    expect(planJson('vpc').resource_changes).toEqual([
      expect.objectContaining({ change: expect.objectContaining({ actions: ['create'] }) }),
    ]);
  });

  it('orders by the command line: saved destroy plans applied without -destroy go dependencies first', async () => {
    await appliedStack();
    expect((await planDestroy()).code).toBe(2);
    const upward = await apply();
    expect(upward.code).toBe(0);
    expect(order(report(), ['monitoring', 'eks', 'vpc'])).toEqual(['vpc', 'eks', 'monitoring']);
    expect(readStandInState(join(env, 'vpc'))?.resources).toEqual({});
  });

  it('refuses a stale destroy plan, and a plan file given to destroy, as OpenTofu does', async () => {
    await appliedStack();
    expect((await planDestroy()).code).toBe(2);
    const destroyed = await destroyAll();
    expect(destroyed.code).toBe(0);
    expect(destroyed.stdout).toContain('[vpc] tofu.mjs: Destroy complete! Resources: 1 destroyed.');
    expect(destroyed.stderr).toContain('Running command: tofu.mjs destroy -auto-approve\n');
    expect(readStandInState(join(env, 'eks'))?.resources).toEqual({});
    const stale = await applyDestroy();
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('│ Error: Saved plan is stale');

    const withPlans = await start(actionArgs(env, ['destroy'])).done;
    expect(withPlans.code).toBe(1);
    expect(withPlans.stderr).toContain("│ Error: Destroy can't be called with a plan file");
    expect(withPlans.stderr).toContain('│ If this plan was created using plan -destroy, apply it');
    expect((await destroyAll()).stdout).toContain('Destroy complete! Resources: 0 destroyed.');
  });

  it('leaves the dependencies of a unit that failed to destroy in place: early exits', async () => {
    await appliedStack({
      eks: { fail: { destroy: 'deleting EKS Cluster: ResourceInUseException' } },
    });
    expect((await planDestroy()).code).toBe(2);
    const run = await applyDestroy();
    expect(run.code).toBe(1);
    const runs = byName(report());
    expect(runs.monitoring).toMatchObject({ Result: 'succeeded' });
    expect(runs.eks).toMatchObject({ Result: 'failed', Reason: 'run error' });
    expect(runs.eks?.Cause).toContain('ResourceInUseException');
    // Terragrunt names a failed *dependency* as the cause: vpc, at the bottom, has none.
    expect(runs.vpc).toEqual(
      expect.objectContaining({ Result: 'early exit', Reason: 'ancestor error' }),
    );
    expect(runs.vpc?.Cause).toBeUndefined();
    expect(Object.keys(readStandInState(join(env, 'vpc'))?.resources ?? {})).toEqual([
      'aws_thing.vpc',
    ]);
    expect(readStandInState(join(env, 'monitoring'))?.resources).toEqual({});
  });

  it('leaves prevent_destroy units and what they depend on out of down commands only', async () => {
    await appliedStack();
    writeStandInUnit(join(env, 'eks'), { dependencies: ['../vpc'], preventDestroy: true });
    rmSync(join(planDir, 'json'), { recursive: true });
    const planned = await planDestroy();
    expect(planned.code).toBe(2);
    expect(report().map((r) => [r.Name, r.Result, r.Reason])).toEqual(
      expect.arrayContaining([
        ['eks', 'excluded', 'exclude block'],
        ['vpc', 'excluded', 'exclude block'],
        ['monitoring', 'succeeded', undefined],
      ]),
    );
    expect(existsSync(join(planDir, 'json', 'eks', 'tfplan.json'))).toBe(false);
    expect(planned.stdout).toMatch(/ {3}Succeeded {4}2\n {3}Excluded {5}2\n/);
    expect((await applyDestroy()).code).toBe(0);
    expect(readStandInState(join(env, 'vpc'))?.resources).not.toEqual({});
    expect(readStandInState(join(env, 'monitoring'))?.resources).toEqual({});
    expect(report().filter((r) => r.Result === 'excluded')).toHaveLength(2);
    await plan();
    expect(report().every((r) => r.Result === 'succeeded')).toBe(true);
  });
});

const LOCK_ID = '3e7a0a4d-5b1c-4f57-9d4e-2f7c1a6b9c01';

describe('state locks', () => {
  it("fails a unit whose state someone else holds, with OpenTofu's lock error and its ID", async () => {
    writeStandInUnit(join(env, 'vpc'), {
      resource_changes: [VPC],
      lock: {
        id: LOCK_ID,
        held: true,
        who: 'deployer@ci-runner-7',
        created: '2026-05-02 10:11:12.345 +0000 UTC',
      },
    });
    const run = await plan();
    expect(run.code).toBe(1);
    const lines = run.stderr
      .split('\n')
      .filter((line) => line.includes('STDERR [vpc] tofu.mjs: '))
      .map((line) => line.slice(line.indexOf('tofu.mjs: ') + 'tofu.mjs: '.length));
    expect(lines.join('\n')).toMatch(
      new RegExp(
        [
          '╷',
          '│ Error: Error acquiring the state lock',
          '│ ',
          '│ Error message: operation error DynamoDB: PutItem, https response error',
          '│ StatusCode: 400, RequestID: [0-9A-F]{26},',
          '│ ConditionalCheckFailedException: The conditional request failed',
          '│ Lock Info:',
          `│   ID:        ${LOCK_ID}`,
          '│   Path:      terraform-state/vpc/terraform.tfstate',
          '│   Operation: OperationTypeApply',
          '│   Who:       deployer@ci-runner-7',
          '│   Version:   1.11.5',
          '│   Created:   2026-05-02 10:11:12.345 \\+0000 UTC',
          '│   Info:      ',
          '│ ',
          '│ ',
          '│ OpenTofu acquires a state lock to protect the state from being written',
          '│ by multiple users at the same time. Please resolve the issue above and try',
          '│ again. For most commands, you can disable locking with the "-lock=false"',
          '│ flag, but this is not recommended.',
          '╵',
        ].join('\n'),
      ),
    );
    expect(byName(report()).vpc?.Cause).toContain(`  ID:        ${LOCK_ID}`);
    expect(readStandInLock(join(env, 'vpc'))).toBeUndefined();
    const unlocked = await start(['force-unlock', '-force', LOCK_ID], { cwd: join(env, 'vpc') })
      .done;
    expect(unlocked.code).toBe(0);
    expect(unlocked.stdout).toContain('OpenTofu state has been successfully unlocked!');
    expect((await plan()).code).toBe(2);
  });

  it('takes the state bucket and key from the Terragrunt tree', async () => {
    cpSync(INFRASTRUCTURE, join(root, 'infrastructure'), { recursive: true });
    const unit = join(root, 'infrastructure', 'environments', 'staging', 'vpc');
    writeStandInUnit(unit, { lock: { id: LOCK_ID, held: true } });
    const run = await plan(join(root, 'infrastructure', 'environments', 'staging'));
    expect(run.stderr).toContain(
      '│   Path:      infra-fleet-tfstate-123456789012-eu-west-2/environments/staging/vpc/terraform.tfstate',
    );
  });
});

describe('signals', () => {
  /** Plans, then gives the unit a pause inside apply (the plan stays valid: same changes). */
  async function plannedWithPause(vpc: string, pause: { sleep_ms: number; stop_ms?: number }) {
    writeStandInUnit(vpc, { resource_changes: [VPC] });
    expect((await plan()).code).toBe(2);
    writeStandInUnit(vpc, { resource_changes: [VPC], ...pause });
  }

  for (const [signal, label, command] of [
    ['SIGINT', 'Interrupt', 'plan'],
    ['SIGTERM', 'Terminated', 'apply'],
  ] as const) {
    it(`on ${signal} during ${command} stops gracefully, releases the lock and exits 1`, async () => {
      const vpc = join(env, 'vpc');
      writeStandInUnit(join(env, 'eks'), { dependencies: ['../vpc'] });
      if (command === 'apply') await plannedWithPause(vpc, { sleep_ms: 60000 });
      else writeStandInUnit(vpc, { resource_changes: [VPC], sleep_ms: 60000 });
      const tofu = command === 'apply' ? ['apply'] : ['plan', '-detailed-exitcode'];
      const started = start(actionArgs(env, tofu));
      await until(() => existsSync(join(vpc, STAND_IN_FILES.lock)), 'the state lock', started);
      expect(readStandInLock(vpc)?.Operation).toBe(
        command === 'apply' ? 'OperationTypeApply' : 'OperationTypePlan',
      );
      started.child.kill(signal);
      const run = await started.done;
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`INFO   ${label} signal received. Gracefully shutting down...`);
      const stdout = run.stdout.split('\n').map((l) => l.replace(/^.*?tofu\.mjs: /, ''));
      expect(stdout.join('\n')).toContain(
        [
          'Interrupt received.',
          'Please wait for OpenTofu to exit or data loss may occur.',
          'Gracefully shutting down...',
          '',
          'Stopping operation...',
          'Releasing state lock. This may take a few moments...',
        ].join('\n'),
      );
      expect(existsSync(join(vpc, STAND_IN_FILES.lock))).toBe(false);
      expect(readStandInState(vpc)).toBeUndefined();
      expect(report().map((r) => [r.Name, r.Result])).toEqual([
        ['vpc', 'failed'],
        ['eks', 'early exit'],
      ]);
    });
  }

  it('leaves the lock after SIGKILL, and the next run reports that lock until force-unlock', async () => {
    const vpc = join(env, 'vpc');
    writeStandInUnit(vpc, { resource_changes: [VPC], sleep_ms: 60000 });
    const started = start(actionArgs(env, ['plan', '-detailed-exitcode']));
    await until(() => existsSync(join(vpc, STAND_IN_FILES.lock)), 'the state lock', started);
    const lock = readStandInLock(vpc);
    started.child.kill('SIGKILL');
    expect((await started.done).signal).toBe('SIGKILL');
    expect(lock).toMatchObject({ Operation: 'OperationTypePlan', Version: '1.11.5' });
    expect(lock?.ID).toMatch(/^[0-9a-f-]{36}$/);

    writeStandInUnit(vpc, { resource_changes: [VPC] });
    const next = await plan();
    expect(next.code).toBe(1);
    expect(next.stderr).toContain('│ Error: Error acquiring the state lock');
    expect(next.stderr).toContain(`│   ID:        ${lock?.ID}`);
    expect(next.stderr).toContain('│   Operation: OperationTypePlan');

    const wrong = await start([
      'run',
      '--working-dir',
      vpc,
      '--',
      'force-unlock',
      '-force',
      LOCK_ID,
    ]).done;
    expect(wrong.code).toBe(1);
    const unlocked = await start([
      'run',
      '--working-dir',
      vpc,
      '--',
      'force-unlock',
      '-force',
      lock?.ID ?? '',
    ]).done;
    expect(unlocked.code).toBe(0);
    expect((await plan()).code).toBe(2);
  });

  it('exits at once on a second interrupt during the graceful stop, leaving the lock', async () => {
    const vpc = join(env, 'vpc');
    await plannedWithPause(vpc, { sleep_ms: 60000, stop_ms: 60000 });
    const started = start(actionArgs(env, ['apply']));
    await until(() => existsSync(join(vpc, STAND_IN_FILES.lock)), 'the state lock', started);
    started.child.kill('SIGINT');
    await until(
      () => started.output().stdout.includes('Stopping operation...'),
      'the graceful stop',
      started,
    );
    started.child.kill('SIGINT');
    const run = await started.done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Two interrupts received. Exiting immediately. Note that data loss may have occurred.',
    );
    expect(readStandInLock(vpc)?.Operation).toBe('OperationTypeApply');
  });
});

describe('plans derived from the real infrastructure tree', () => {
  it('plans every resource of the staging units, applies them and then has no changes', async () => {
    const staging = join(root, 'infrastructure', 'environments', 'staging');
    cpSync(INFRASTRUCTURE, join(root, 'infrastructure'), { recursive: true });
    const planned = await plan(staging);
    expect(planned.code).toBe(2);
    expect(report().map((r) => r.Name)).toEqual(['vpc', 'eks', 'monitoring']);

    const vpcModule = readFileSync(join(INFRASTRUCTURE, 'modules', 'vpc', 'main.tf'), 'utf8');
    const declared = [...vpcModule.matchAll(/^resource "([^"]+)" "([^"]+)"/gm)].map(
      (m) => `${m[1]}.${m[2]}`,
    );
    const vpc = planJson('vpc').resource_changes ?? [];
    expect(vpc.map((c) => c.address).sort()).toEqual([...declared].sort());
    expect(vpc.every((c) => c.change.actions.join() === 'create' && c.change.before === null)).toBe(
      true,
    );
    expect(vpc.find((c) => c.address === 'aws_vpc.this')?.change.after_unknown).toMatchObject({
      id: true,
      cidr_block: true,
    });

    const eks = planJson('eks').resource_changes ?? [];
    expect(eks.map((c) => c.address)).toEqual(
      expect.arrayContaining([
        'aws_eks_cluster.this',
        'module.node_iam.aws_iam_role.this',
        'module.control_plane_logs.aws_cloudwatch_log_group.this',
      ]),
    );
    expect(eks.find((c) => c.address === 'module.node_iam.aws_iam_role.this')?.module_address).toBe(
      'module.node_iam',
    );
    expect(eks.find((c) => c.address === 'aws_kms_key.secrets')?.change.after).toMatchObject({
      enable_key_rotation: true,
    });

    expect((await apply(staging)).code).toBe(0);
    expect((await plan(staging)).code).toBe(0);
    // Nothing was written into the repository's own tree.
    expect(
      existsSync(join(INFRASTRUCTURE, 'environments', 'staging', 'vpc', STAND_IN_FILES.state)),
    ).toBe(false);
  });

  it('destroys the staging units dependents first, then plans every resource again', async () => {
    const staging = join(root, 'infrastructure', 'environments', 'staging');
    cpSync(INFRASTRUCTURE, join(root, 'infrastructure'), { recursive: true });
    expect((await plan(staging)).code).toBe(2);
    const created = (unit: string) => planJson(unit).resource_changes?.length;
    const counts = { vpc: created('vpc'), eks: created('eks') };
    expect((await apply(staging)).code).toBe(0);
    const planned = await start(actionArgs(staging, ['plan', '-destroy', '-detailed-exitcode']))
      .done;
    expect(planned.code).toBe(2);
    expect(planJson('vpc').resource_changes?.length).toBe(counts.vpc);
    expect(
      planJson('eks').resource_changes?.every((c) => c.change.actions.join() === 'delete'),
    ).toBe(true);
    expect((await start(actionArgs(staging, ['apply', '-destroy'])).done).code).toBe(0);
    expect(report().map((r) => r.Name)).toEqual(['monitoring', 'eks', 'vpc']);
    expect((await plan(staging)).code).toBe(2);
    expect({ vpc: created('vpc'), eks: created('eks') }).toEqual(counts);
  });

  it('plans a resource removed from the module as a destroy', async () => {
    const unit = join(env, 'app');
    const module = join(root, 'modules', 'app');
    writeStandInUnit(unit, {
      derive: true,
      terragruntHcl: 'terraform {\n  source = "../../modules//app"\n}\n',
    });
    cpSync(join(INFRASTRUCTURE, 'modules', 'ecr'), module, { recursive: true });
    expect((await plan()).code).toBe(2);
    expect((await apply()).code).toBe(0);
    const main = readFileSync(join(module, 'main.tf'), 'utf8');
    writeFileSync(
      join(module, 'main.tf'),
      main.replace(/resource "aws_ecr_lifecycle_policy"[\s\S]*$/, ''),
    );
    const run = await plan();
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('# aws_ecr_lifecycle_policy.this will be destroyed');
    expect(
      planJson('app').resource_changes?.find((c) => c.address === 'aws_ecr_lifecycle_policy.this')
        ?.change.actions,
    ).toEqual(['delete']);
  });
});

it('resolves the stand-in paths next to the package sources', () => {
  expect(TERRAGRUNT_STAND_IN).toBe(
    resolve(INFRASTRUCTURE, '..', 'packages', 'testkit', 'terragrunt-stand-in', 'terragrunt.mjs'),
  );
  expect(statSync(TERRAGRUNT_STAND_IN).mode & 0o111).not.toBe(0);
  expect(statSync(TOFU_STAND_IN).mode & 0o111).not.toBe(0);
});
