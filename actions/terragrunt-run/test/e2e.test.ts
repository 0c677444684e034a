import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readStandInState, writeStandInUnit } from '@infra-fleet/testkit';
import {
  create,
  destroy,
  ENV_DIR,
  startFixture,
  terragruntRun,
  workspaceWith,
  type Fixture,
} from './helpers.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture?.close());

const PLAN = { command: 'plan', 'plan-dir': 'plan-out' };
const json = (text: string | undefined) => JSON.parse(text ?? 'null') as Record<string, unknown>;

describe('terragrunt-run plan through the bundle', () => {
  it('reports no changes with exit code 0 and writes a manifest of every unit', async () => {
    const workspace = workspaceWith(fixture, { vpc: {}, eks: { dependencies: ['../vpc'] } });
    const run = await terragruntRun(fixture, workspace, PLAN);
    expect(run.stderr + run.stdout).not.toMatch(/::error::/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'has-changes': 'false', 'exit-code': '0' });
    expect(json(run.outputs.summary)).toEqual({
      eks: expect.objectContaining({ status: 'succeeded', add: 0, destroy: 0 }),
      vpc: expect.objectContaining({ status: 'succeeded', add: 0, destroy: 0 }),
    });
    const manifest = json(readFileSync(run.outputs.manifest!, 'utf8'));
    expect(manifest).toMatchObject({
      terragrunt: '1.0.2',
      opentofu: '1.11.5',
      workingDirectory: ENV_DIR,
      units: { vpc: expect.anything(), eks: expect.anything() },
    });
    expect(run.summary).toMatch(/No changes in 2 unit/);
  });

  it('reports changes with exit code 2 as success, counted from the plan JSON', async () => {
    const workspace = workspaceWith(fixture, {
      vpc: { resource_changes: [create('aws_vpc.this'), create('aws_subnet.private[0]')] },
      eks: { dependencies: ['../vpc'] },
    });
    const run = await terragruntRun(fixture, workspace, PLAN);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'has-changes': 'true', 'exit-code': '2' });
    expect(json(run.outputs.summary).vpc).toMatchObject({ add: 2, change: 0, destroy: 0 });
    expect(existsSync(join(run.outputs['plan-dir']!, 'plans/vpc/tfplan.tfplan'))).toBe(true);
    expect(run.summary).toContain('aws_subnet.private[0]');
  });

  it('fails a plan that destroys unless allow-destroy is true', async () => {
    const units = {
      vpc: { resource_changes: [destroy('aws_vpc.legacy'), create('aws_vpc.this')] },
    };
    const refused = await terragruntRun(fixture, workspaceWith(fixture, units), {
      command: 'plan',
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(
      /::error::The plan deletes or replaces resources:.*aws_vpc\.legacy/s,
    );
    expect(refused.stdout).toContain('allow-destroy: true');
    expect(refused.summary).toMatch(/destroy guard/i);
    const allowed = await terragruntRun(fixture, workspaceWith(fixture, units), {
      command: 'plan',
      'allow-destroy': 'true',
    });
    expect(allowed.exitCode).toBe(0);
    expect(json(allowed.outputs.summary).vpc).toMatchObject({ add: 1, destroy: 1 });
  });

  it('fails when a unit fails, naming it, and writes no manifest', async () => {
    const workspace = workspaceWith(fixture, {
      vpc: { fail: { plan: 'Error: Invalid CIDR block' } },
      eks: { dependencies: ['../vpc'] },
    });
    const run = await terragruntRun(fixture, workspace, PLAN);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/Unit vpc failed/);
    expect(run.stdout).toMatch(/Unit eks exited early/);
    expect(run.outputs.manifest).toBe('');
    expect(existsSync(join(run.outputs['plan-dir']!, 'manifest.json'))).toBe(false);
  });

  it('refuses a plan-dir that holds the working directory, and accepts an absolute working directory', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    const refused = await terragruntRun(fixture, workspace, { command: 'plan', 'plan-dir': '.' });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(
      /::error::Input 'plan-dir': "\." contains the working directory/,
    );
    const absolute = await terragruntRun(fixture, workspace, {
      ...PLAN,
      'working-directory': join(workspace, ENV_DIR),
    });
    expect(absolute.exitCode).toBe(0);
    expect(json(readFileSync(absolute.outputs.manifest!, 'utf8')).workingDirectory).toBe(ENV_DIR);
  });

  it('removes an older manifest when a new plan fails', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    const first = await terragruntRun(fixture, workspace, PLAN);
    expect(existsSync(first.outputs.manifest!)).toBe(true);
    writeStandInUnit(join(workspace, ENV_DIR, 'vpc'), { fail: { plan: 'Error: boom' } });
    const failed = await terragruntRun(fixture, workspace, PLAN);
    expect(failed.exitCode).toBe(1);
    expect(existsSync(first.outputs.manifest!)).toBe(false);
  });

  it('validates every unit', async () => {
    const workspace = workspaceWith(fixture, { vpc: {}, eks: { dependencies: ['../vpc'] } });
    const run = await terragruntRun(fixture, workspace, { command: 'validate' });
    expect(run.exitCode).toBe(0);
    expect(json(run.outputs.summary)).toEqual({
      eks: { status: 'succeeded' },
      vpc: { status: 'succeeded' },
    });
  });
});

describe('terragrunt-run apply: only the reviewed plan', () => {
  async function reviewedPlan(units: Parameters<typeof workspaceWith>[1]) {
    const workspace = workspaceWith(fixture, units);
    const plan = await terragruntRun(fixture, workspace, {
      command: 'plan',
      'plan-dir': 'plan-out',
    });
    expect(plan.exitCode).toBe(0);
    // The artifact the approval job downloads: the manifest, outside the plan dir.
    cpSync(plan.outputs.manifest!, join(workspace, 'approved.json'));
    return workspace;
  }

  it('applies when the new plan matches the approved manifest, and a re-plan is then empty', async () => {
    const workspace = await reviewedPlan({ vpc: { resource_changes: [create('aws_vpc.this')] } });
    const apply = await terragruntRun(fixture, workspace, {
      command: 'apply',
      manifest: 'approved.json',
    });
    expect(apply.stdout).not.toMatch(/::error::/);
    expect(apply.exitCode).toBe(0);
    expect(apply.outputs).toMatchObject({ 'has-changes': 'true', 'exit-code': '0' });
    expect(readStandInState(join(workspace, ENV_DIR, 'vpc'))).toBeDefined();
    const again = await terragruntRun(fixture, workspace, PLAN);
    expect(again.outputs['has-changes']).toBe('false');
  });

  it('refuses when a unit plans differently from the approved manifest, and applies nothing', async () => {
    const workspace = await reviewedPlan({ vpc: { resource_changes: [create('aws_vpc.this')] } });
    writeStandInUnit(join(workspace, ENV_DIR, 'vpc'), {
      resource_changes: [create('aws_vpc.this'), create('aws_internet_gateway.this')],
    });
    const apply = await terragruntRun(fixture, workspace, {
      command: 'apply',
      manifest: 'approved.json',
    });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toMatch(
      /::error::Refusing to apply: the plan differs from the approved one/,
    );
    expect(apply.stdout).toContain('aws_internet_gateway.this');
    expect(apply.summary).toMatch(/Not the approved plan/);
    expect(readStandInState(join(workspace, ENV_DIR, 'vpc'))).toBeUndefined();
  });

  it('refuses saved plans that used outputs a dependency changes in the same apply', async () => {
    const vpcOutput = {
      vpc_id: { actions: ['create'] as 'create'[], before: null, after_unknown: true },
    };
    const workspace = await reviewedPlan({
      vpc: { resource_changes: [create('aws_vpc.this')], output_changes: vpcOutput },
      eks: { dependencies: ['../vpc'], resource_changes: [create('aws_eks_cluster.this')] },
    });
    const apply = await terragruntRun(fixture, workspace, {
      command: 'apply',
      manifest: 'approved.json',
    });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toMatch(
      /Refusing to apply: these saved plans[\s\S]*eks uses outputs of vpc/,
    );
    expect(readStandInState(join(workspace, ENV_DIR, 'vpc'))).toBeUndefined();
    expect(readStandInState(join(workspace, ENV_DIR, 'eks'))).toBeUndefined();
  });

  it('requires the approved manifest', async () => {
    const workspace = workspaceWith(fixture, { vpc: {} });
    const apply = await terragruntRun(fixture, workspace, { command: 'apply' });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toMatch(/::error::Input 'manifest': is required for apply/);
  });

  it('refuses to apply when a dependency allows mock outputs for apply', async () => {
    const workspace = await reviewedPlan({ vpc: { resource_changes: [create('aws_vpc.this')] } });
    writeStandInUnit(join(workspace, ENV_DIR, 'eks'), {
      terragruntHcl: `dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = { vpc_id = "vpc-mock" }
  mock_outputs_allowed_terraform_commands = ["plan", "apply"]
}
`,
    });
    const apply = await terragruntRun(fixture, workspace, {
      command: 'apply',
      manifest: 'approved.json',
    });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toMatch(/mock outputs to apply[\s\S]*eks \(dependency "vpc"/);
    expect(readStandInState(join(workspace, ENV_DIR, 'vpc'))).toBeUndefined();
  });
});
