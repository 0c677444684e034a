import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeStandInUnit } from '@infra-fleet/testkit';
import { create, startFixture, terragruntRun, workspaceWith, type Fixture } from './helpers.js';

/** Without working-directory, the environment's folder comes from infra-fleet.yaml. */
let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture?.close());

const errorsOf = (run: { annotations: Array<{ command: string; message: string }> }) =>
  run.annotations
    .filter((a) => a.command === 'error')
    .map((a) => a.message)
    .join('\n');

describe('terragrunt-run by environment (bundled)', () => {
  it("plans the environment's folder of our own layout (no infra-fleet.yaml: the defaults)", async () => {
    const workspace = workspaceWith(fixture, {
      vpc: { resource_changes: [create('aws_vpc.this')] },
    });
    const run = await terragruntRun(fixture, workspace, {
      command: 'plan',
      'working-directory': '',
      environment: 'staging',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    expect(run.summary).toContain('Terragrunt plan: staging');
  });

  it('plans the one folder of an environment in a live layout', async () => {
    const workspace = workspaceWith(fixture, {});
    writeFileSync(
      join(workspace, 'infra-fleet.yaml'),
      'infrastructure:\n  root: live\n  environments: "*/*/{env}"\n  shared: []\n',
    );
    writeStandInUnit(join(workspace, 'live/non-prod/us-east-1/qa/db'), {
      resource_changes: [create('aws_db_instance.this')],
    });
    const run = await terragruntRun(fixture, workspace, {
      command: 'plan',
      'working-directory': '',
      environment: 'qa',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
  });

  it('refuses an environment spread over several folders, naming them, and one with none', async () => {
    const workspace = workspaceWith(fixture, {});
    writeFileSync(
      join(workspace, 'infra-fleet.yaml'),
      'infrastructure:\n  root: "."\n  environments: "*/*/{env}"\n  shared: []\n',
    );
    for (const region of ['us-east-1', 'eu-west-1'])
      writeStandInUnit(join(workspace, `prod/${region}/prod/app`), {});
    const several = await terragruntRun(fixture, workspace, {
      command: 'plan',
      'working-directory': '',
      environment: 'prod',
    });
    expect(several.exitCode).toBe(1);
    expect(errorsOf(several)).toContain(
      'Environment "prod" has 2 folders (prod/eu-west-1/prod, prod/us-east-1/prod); one run plans one folder.',
    );
    const none = await terragruntRun(fixture, workspace, {
      command: 'plan',
      'working-directory': '',
      environment: 'qa',
    });
    expect(errorsOf(none)).toContain(
      'No folder of environment "qa" matches */*/{env} (environments there: prod).',
    );
  });
});
