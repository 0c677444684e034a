import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  readStandInState,
  writeStandInUnit,
  type StandInResourceChange,
  type StandInUnitSpec,
} from '@infra-fleet/testkit';
import { ENV_DIR, startFixture, terragruntRun, workspaceWith, type Fixture } from './helpers.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture?.close());

const DESTROY = {
  command: 'destroy',
  'allow-destroy': 'true',
  'destroyable-environments': 'staging',
  'plan-dir': 'plan-out',
};
const RECREATE = {
  command: 'recreate',
  'destroyable-environments': 'staging',
  'plan-dir': 'plan-out',
};
const json = (text: string | undefined) => JSON.parse(text ?? 'null') as Record<string, unknown>;

const resource = (address: string): StandInResourceChange => ({
  address,
  change: { actions: ['create'], after: { name: address }, after_unknown: { id: true } },
});
const outputs = { id: { actions: ['create' as const], after_unknown: true } };

/** staging's three units as this repository has them: vpc <- eks <- monitoring. */
function stagingUnits(extra: Partial<Record<string, StandInUnitSpec>> = {}) {
  const unit = (name: string, spec: StandInUnitSpec = {}) => ({
    resource_changes: [resource(`aws_thing.${name}`), resource(`aws_other.${name}`)],
    output_changes: outputs,
    ...spec,
    ...extra[name],
  });
  return {
    vpc: unit('vpc'),
    eks: unit('eks', { dependencies: ['../vpc'] }),
    monitoring: unit('monitoring', { dependencies: ['../eks'] }),
  };
}

const state = (workspace: string, unit: string) =>
  Object.keys(readStandInState(join(workspace, ENV_DIR, unit))?.resources ?? {});

/** Nothing was installed or run: the refusal came first. */
function refusedBeforeRunning(run: { exitCode: number | null; stdout: string }) {
  expect(run.exitCode).toBe(1);
  expect(run.stdout).not.toContain('Running terragrunt');
}

describe('terragrunt-run recreate and destroy through the bundle', () => {
  it('recreates an empty environment dependencies first, then destroys it dependents first', async () => {
    const workspace = workspaceWith(fixture, stagingUnits());
    const created = await terragruntRun(fixture, workspace, RECREATE);
    expect(created.stdout).not.toMatch(/::error::/);
    expect(created.exitCode).toBe(0);
    expect(created.stdout).toContain('-- apply\n'); // no saved plans: fresh ones, unit by unit
    expect(created.outputs).toMatchObject({ 'has-changes': 'true', 'exit-code': '0' });
    expect(json(created.outputs.summary).eks).toMatchObject({ status: 'succeeded', add: 2 });
    expect(created.summary).toContain('### Terragrunt recreate: staging');
    expect(created.summary).toContain(
      '🏗️ Recreated (add 6), dependencies first: `vpc` → `eks` → `monitoring`.',
    );
    expect(created.summary).toContain('✅ A new plan has no changes: staging matches the commit.');
    expect(json(readFileSync(created.outputs.manifest!, 'utf8')).units).toMatchObject({
      vpc: expect.anything(),
    });
    expect(state(workspace, 'monitoring')).toHaveLength(2);

    const destroyed = await terragruntRun(fixture, workspace, DESTROY);
    expect(destroyed.stdout).not.toMatch(/::error::/);
    expect(destroyed.exitCode).toBe(0);
    expect(destroyed.stdout).toMatch(/-- plan -destroy -detailed-exitcode\n/);
    expect(destroyed.stdout).toMatch(/--out-dir \S+plans -- apply -destroy\n/);
    expect(destroyed.outputs).toMatchObject({ 'has-changes': 'true', 'exit-code': '0' });
    expect(json(destroyed.outputs.summary).vpc).toMatchObject({ status: 'succeeded', destroy: 2 });
    expect(destroyed.summary).toContain('### Terragrunt destroy: staging');
    expect(destroyed.summary).toContain(
      '🗑️ Destroyed (destroy 6), dependents first: `monitoring` → `eks` → `vpc`.',
    );
    expect(destroyed.summary).toContain('aws_other.eks');
    for (const unit of ['vpc', 'eks', 'monitoring']) expect(state(workspace, unit)).toEqual([]);
    const record = json(readFileSync(destroyed.outputs.manifest!, 'utf8'));
    expect(record).toMatchObject({ workingDirectory: ENV_DIR, units: { eks: expect.anything() } });
  });

  it('succeeds with nothing to do when run twice, and recreates what it destroyed', async () => {
    const workspace = workspaceWith(fixture, stagingUnits());
    expect((await terragruntRun(fixture, workspace, RECREATE)).exitCode).toBe(0);
    const again = await terragruntRun(fixture, workspace, RECREATE);
    expect(again.exitCode).toBe(0);
    expect(again.outputs['has-changes']).toBe('false');
    expect(again.summary).toContain('✅ Nothing to recreate: every unit matches the commit.');
    expect((await terragruntRun(fixture, workspace, DESTROY)).exitCode).toBe(0);
    const twice = await terragruntRun(fixture, workspace, DESTROY);
    expect(twice.exitCode).toBe(0);
    expect(twice.outputs['has-changes']).toBe('false');
    expect(twice.summary).toContain('✅ Nothing to destroy: no unit has resources in state.');
    expect(twice.stdout).not.toContain('-- apply -destroy');
    const back = await terragruntRun(fixture, workspace, RECREATE);
    expect(back.exitCode).toBe(0);
    expect(state(workspace, 'eks')).toEqual(['aws_other.eks', 'aws_thing.eks']);
  });

  it('keeps what a unit that failed to destroy depends on, and fails naming it', async () => {
    const units = stagingUnits({
      eks: { fail: { destroy: 'deleting EKS Cluster: ResourceInUse' } },
    });
    const workspace = workspaceWith(fixture, units);
    expect((await terragruntRun(fixture, workspace, RECREATE)).exitCode).toBe(0);
    const run = await terragruntRun(fixture, workspace, DESTROY);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::terragrunt apply -destroy failed:/);
    expect(run.stdout).toMatch(/Unit eks failed \(run error: .*ResourceInUse/);
    expect(run.stdout).toContain('Unit vpc exited early (ancestor error).');
    expect(run.summary).toContain('🗑️ Destroyed (destroy 2), dependents first: `monitoring`.');
    expect(state(workspace, 'monitoring')).toEqual([]);
    expect(state(workspace, 'vpc')).toHaveLength(2);
    expect(state(workspace, 'eks')).toHaveLength(2);
  });

  it('leaves prevent_destroy units and what they depend on, reported as excluded', async () => {
    const workspace = workspaceWith(fixture, stagingUnits());
    expect((await terragruntRun(fixture, workspace, RECREATE)).exitCode).toBe(0);
    writeStandInUnit(join(workspace, ENV_DIR, 'eks'), {
      dependencies: ['../vpc'],
      preventDestroy: true,
      ...stagingUnits().eks,
    });
    const run = await terragruntRun(fixture, workspace, DESTROY);
    expect(run.exitCode).toBe(0);
    expect(json(run.outputs.summary)).toMatchObject({
      eks: { status: 'excluded' },
      vpc: { status: 'excluded' },
      monitoring: { status: 'succeeded', destroy: 2 },
    });
    expect(run.summary).toContain('➖ Excluded in 2 unit(s): `eks`, `vpc`');
    expect(state(workspace, 'vpc')).toHaveLength(2);
    expect(state(workspace, 'monitoring')).toEqual([]);
  });

  it('recreate keeps the destroy guard and the mock-output check', async () => {
    const deleting = workspaceWith(fixture, {
      vpc: { resource_changes: [{ address: 'aws_eip.old', change: { actions: ['delete'] } }] },
    });
    const guarded = await terragruntRun(fixture, deleting, RECREATE);
    expect(guarded.exitCode).toBe(1);
    expect(guarded.stdout).toMatch(
      /::error::The plan deletes or replaces resources:.*aws_eip\.old/s,
    );
    expect(guarded.stdout).not.toContain('-- apply');

    const mocked = workspaceWith(fixture, {
      vpc: {},
      eks: {
        terragruntHcl:
          'dependency "vpc" {\n  config_path = "../vpc"\n  mock_outputs = { id = "vpc-mock" }\n}\n',
      },
    });
    const refused = await terragruntRun(fixture, mocked, RECREATE);
    refusedBeforeRunning(refused);
    expect(refused.stdout).toMatch(/::error::Refusing to apply: these dependencies may hand mock/);
  });
});

describe('what destroy and recreate refuse, before anything runs', () => {
  function fleet() {
    const workspace = workspaceWith(fixture, stagingUnits());
    for (const path of [
      'infrastructure/environments/production/vpc',
      'infrastructure/permanent/ecr',
    ])
      writeStandInUnit(join(workspace, path), { resource_changes: [resource('aws_thing.kept')] });
    return workspace;
  }

  it('destroy needs allow-destroy, and an environment listed as destroyable', async () => {
    const workspace = fleet();
    const unallowed = await terragruntRun(fixture, workspace, {
      ...DESTROY,
      'allow-destroy': 'false',
    });
    refusedBeforeRunning(unallowed);
    expect(unallowed.stdout).toContain(
      "::error::Input 'allow-destroy': must be true for command destroy",
    );
    const unlisted = await terragruntRun(fixture, workspace, {
      ...DESTROY,
      'destroyable-environments': '',
    });
    refusedBeforeRunning(unlisted);
    expect(unlisted.stdout).toContain(
      '::error::Environment "staging" is not in destroyable-environments (empty)',
    );
    const bad = await terragruntRun(fixture, workspace, {
      ...DESTROY,
      'destroyable-environments': 'staging, $(id)',
    });
    refusedBeforeRunning(bad);
    expect(bad.stdout).toContain(`Input 'destroyable-environments': "$(id)" is not`);
  });

  it.each([
    [
      'production, not listed',
      'infrastructure/environments/production',
      {},
      /"production" is not in destroyable-environments \(staging\)/,
    ],
    [
      'production, under the name staging',
      'infrastructure/environments/production',
      { environment: 'staging' },
      /environment "staging" does not name the folder "infrastructure\/environments\/production"/,
    ],
    [
      'permanent, even listed',
      'infrastructure/permanent',
      { 'destroyable-environments': 'permanent staging' },
      /"infrastructure\/permanent" is or holds the shared folder "infrastructure\/permanent"/,
    ],
    [
      'a folder holding permanent',
      'infrastructure',
      {},
      /"infrastructure" is or holds the shared folder/,
    ],
    [
      'one unit of staging',
      'infrastructure/environments/staging/eks',
      {},
      /is not an environment folder \(it is inside "infrastructure\/environments\/staging"\)/,
    ],
  ])('refuses %s', async (_name, folder, extra, message) => {
    const workspace = fleet();
    for (const command of [DESTROY, RECREATE]) {
      const run = await terragruntRun(fixture, workspace, {
        ...command,
        'working-directory': folder,
        ...extra,
      });
      refusedBeforeRunning(run);
      expect(run.stdout).toMatch(message);
    }
    expect(state(workspace, 'vpc')).toEqual([]);
    expect(existsSync(join(workspace, 'infrastructure/permanent/ecr/.standin-state.json'))).toBe(
      false,
    );
  });

  it('follows links: a folder that leads to permanent is permanent', async () => {
    const workspace = fleet();
    symlinkSync('../permanent', join(workspace, 'infrastructure/environments/qa'));
    const run = await terragruntRun(fixture, workspace, {
      ...DESTROY,
      'working-directory': 'infrastructure/environments/qa',
      'destroyable-environments': 'qa staging',
    });
    refusedBeforeRunning(run);
    expect(run.stdout).toContain('"infrastructure/permanent" is or holds the shared folder');
  });

  it('refuses to destroy what a unit outside the environment depends on', async () => {
    const workspace = fleet();
    writeStandInUnit(join(workspace, 'infrastructure/environments/production/dns'), {
      dependencies: ['../../staging/vpc'],
    });
    const run = await terragruntRun(fixture, workspace, DESTROY);
    refusedBeforeRunning(run);
    expect(run.stdout).toContain(
      'infrastructure/environments/production/dns depends on infrastructure/environments/staging/vpc',
    );
    // Recreating takes nothing away from another unit.
    expect((await terragruntRun(fixture, workspace, RECREATE)).exitCode).toBe(0);
  });

  it('takes no manifest: destroy and recreate check their own plans', async () => {
    const workspace = fleet();
    const run = await terragruntRun(fixture, workspace, { ...DESTROY, manifest: 'x.json' });
    refusedBeforeRunning(run);
    expect(run.stdout).toContain("::error::Input 'manifest': is for apply; destroy plans");
  });
});
