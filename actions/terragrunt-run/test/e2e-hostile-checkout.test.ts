import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeStandInUnit } from '@infra-fleet/testkit';
import {
  create,
  ENV_DIR,
  startFixture,
  terragruntRun,
  workspaceWith,
  type Fixture,
} from './helpers.js';

// A checkout is hostile input: its version files, folders and links are the pull request's.
let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture?.close());

const PLAN = { command: 'plan', 'plan-dir': 'plan-out' };
/** A safety net only: a run that blocks on a FIFO is killed, never waited for by duration. */
const SAFETY = { timeoutMs: 60_000 };
const everything = (run: { stdout: string; stderr: string; summary: string }) =>
  run.stdout + run.stderr + run.summary;

describe('version files are read only as small regular files of the repository', () => {
  it.each([
    ['/etc/passwd', 'root:'],
    ['/proc/self/environ', 'HOSTILE_MARKER'],
    ['/dev/zero', '\\u0000'],
  ])(
    'fails, naming the file, when .terragrunt-version links to %s, and never echoes it',
    async (target, leak) => {
      if (!existsSync(target)) return;
      const workspace = workspaceWith(fixture, { vpc: {} });
      symlinkSync(target, join(workspace, '.terragrunt-version'));
      const run = await terragruntRun(fixture, workspace, PLAN, {
        ...SAFETY,
        env: { HOSTILE_MARKER: 'marker-value' },
      });
      expect(run.timedOut).toBe(false);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(
        '::error::.terragrunt-version is a symbolic link; a version file is read only when it is a regular file of the repository of at most 1024 bytes.',
      );
      expect(everything(run)).not.toContain(leak);
      expect(everything(run)).not.toContain('marker-value');
    },
  );

  it('fails at once on a FIFO instead of hanging', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    const fifo = join(workspace, ENV_DIR, '.opentofu-version');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const run = await terragruntRun(fixture, workspace, PLAN, SAFETY);
    expect(run.timedOut).toBe(false);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::${ENV_DIR}/.opentofu-version is not a regular file (a FIFO, socket or device);`,
    );
  });

  it('fails on a version file over 1 KiB rather than reading it', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    writeFileSync(join(workspace, '.terragrunt-version'), `1.0.2\n${'#'.repeat(2048)}\n`);
    const run = await terragruntRun(fixture, workspace, PLAN);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::.terragrunt-version is larger than 1024 bytes;');
  });

  it('never quotes a first line that is not a version', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    writeFileSync(join(workspace, '.opentofu-version'), 'ghp_leakedTokenValue123\n');
    const run = await terragruntRun(fixture, workspace, PLAN);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::.opentofu-version: its first line is not a version of the form X.Y.Z',
    );
    expect(everything(run)).not.toContain('ghp_leakedTokenValue123');
  });
});

describe('paths stay in the workspace after symbolic links are resolved', () => {
  /** A folder outside the workspace holding a stand-in unit, as another checkout would. */
  function outsideEnvironment(): string {
    const outside = mkdtempSync(join(fixture.root, 'outside-'));
    writeStandInUnit(join(outside, 'env', 'vpc'), { resource_changes: [create('aws_vpc.stolen')] });
    return join(outside, 'env');
  }

  it('refuses a working-directory that links outside the workspace', async () => {
    const workspace = workspaceWith(fixture, {});
    mkdirSync(join(workspace, 'infrastructure/environments'), { recursive: true });
    symlinkSync(outsideEnvironment(), join(workspace, 'infrastructure/environments/escape'));
    const run = await terragruntRun(fixture, workspace, {
      ...PLAN,
      'working-directory': 'infrastructure/environments/escape',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::Input 'working-directory': "infrastructure/environments/escape" leads outside the workspace through a symbolic link.`,
    );
    expect(everything(run)).not.toContain('aws_vpc.stolen');
  });

  it('refuses a plan-dir that links outside the workspace, writing nothing there', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    const outside = mkdtempSync(join(fixture.root, 'outside-'));
    symlinkSync(outside, join(workspace, 'plan-out'));
    const run = await terragruntRun(fixture, workspace, PLAN);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::Input 'plan-dir': "plan-out" leads outside the workspace through a symbolic link.`,
    );
    expect(readdirSync(outside)).toEqual([]);
  });

  it('takes a plan-dir outside the workspace when the workflow gives it so', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    const run = await terragruntRun(fixture, workspace, { ...PLAN, 'plan-dir': '../plans' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['plan-dir']).toBe(join(realpathSync(workspace), '..', 'plans'));
  });

  it('refuses a plan-dir through a link to nothing, which would create its target', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    const target = join(fixture.root, 'created-by-link');
    symlinkSync(target, join(workspace, 'plan-out'));
    const run = await terragruntRun(fixture, workspace, PLAN);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`"plan-out" goes through a symbolic link that leads nowhere.`);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a manifest that links outside the workspace', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    const plan = await terragruntRun(fixture, workspace, PLAN);
    expect(plan.exitCode).toBe(0);
    const outside = mkdtempSync(join(fixture.root, 'outside-'));
    cpSync(plan.outputs.manifest!, join(outside, 'manifest.json'));
    mkdirSync(join(workspace, 'reviewed'));
    symlinkSync(join(outside, 'manifest.json'), join(workspace, 'reviewed/manifest.json'));
    const apply = await terragruntRun(fixture, workspace, {
      command: 'apply',
      manifest: 'reviewed/manifest.json',
    });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain(
      `::error::Input 'manifest': "reviewed/manifest.json" leads outside the workspace through a symbolic link.`,
    );
  });
});
