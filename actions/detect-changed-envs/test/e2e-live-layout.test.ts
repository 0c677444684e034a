import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRepoWithOrigin, pushEvent, type TestRepo } from '@infra-fleet/testkit';
import { commitOn, detectIn, logOf, type Detected, type Edit } from './helpers.js';
import { LIVE_CONFIG, LIVE_LAYOUT } from './fixtures/live-layout.js';

/**
 * The Terragrunt live layout (<account>/<region>/<env>/<unit>), described by infra-fleet.yaml
 * with root "." and environments "*\/*\/{env}". Each row: one change on its own branch from the
 * seed, detected through the bundle as a push. Expected targets follow Terragrunt's own
 * selection (the units reading a file, and their dependents).
 */
let repo: TestRepo;
let seed: string;

beforeAll(() => {
  repo = createRepoWithOrigin({ files: { ...LIVE_LAYOUT, 'infra-fleet.yaml': LIVE_CONFIG } });
  seed = repo.git(['rev-parse', 'HEAD']);
});
afterAll(() => repo?.cleanup());

async function detectChange(branch: string, edits: Record<string, Edit>, inputs = {}, from = seed) {
  const head = commitOn(repo, branch, from, edits);
  const event = pushEvent({ before: from, after: head, ref: `refs/heads/${branch}` });
  return detectIn(repo.work, { event, inputs, sha: head });
}

/** The same tree without infra-fleet.yaml, as a repository that never had one. */
const withoutConfig = () => commitOn(repo, 'without-config', seed, { 'infra-fleet.yaml': null });

const COMMENT = { append: '\n# touched\n' };

interface Row {
  name: string;
  edits: Record<string, Edit>;
  infrastructure: string[];
  reason?: [target: string, text: string];
}

const rows: Row[] = [
  {
    name: 'a unit reaches its environment only',
    edits: { 'non-prod/us-east-1/qa/mysql/terragrunt.hcl': COMMENT },
    infrastructure: ['qa'],
    reason: ['qa', 'dependency "mysql" -> non-prod/us-east-1/qa/webserver-cluster -> qa'],
  },
  {
    name: '_envcommon/mysql.hcl reaches every environment with a mysql unit',
    edits: { '_envcommon/mysql.hcl': COMMENT },
    infrastructure: ['prod', 'qa', 'stage'],
    reason: ['stage', '_envcommon/mysql.hcl -> include "envcommon"'],
  },
  {
    name: "an account.hcl reaches that account's environments",
    edits: { 'non-prod/account.hcl': COMMENT },
    infrastructure: ['qa', 'stage'],
  },
  {
    name: "a region.hcl reaches that region's environments",
    edits: { 'prod/eu-west-1/region.hcl': COMMENT },
    infrastructure: ['prod'],
    reason: ['prod', 'prod/eu-west-1/prod/mysql'],
  },
  {
    name: 'root.hcl reaches everything',
    edits: { 'root.hcl': COMMENT },
    infrastructure: ['prod', 'qa', 'stage'],
  },
  {
    name: 'a nested local module reaches the units that call its caller',
    edits: { 'modules/asg/main.tf': COMMENT },
    infrastructure: ['prod', 'qa', 'stage'],
  },
  {
    name: 'an added unit is its environment',
    edits: { 'non-prod/us-east-1/stage/redis/terragrunt.hcl': 'terraform {}\n' },
    infrastructure: ['stage'],
  },
  {
    name: 'a deleted unit is still attributed (base graph)',
    edits: { 'prod/us-east-1/prod/webserver-cluster/terragrunt.hcl': null },
    infrastructure: ['prod'],
  },
  {
    name: 'a renamed environment reports both names',
    edits: Object.fromEntries(
      ['env.hcl', 'mysql/terragrunt.hcl', 'webserver-cluster/terragrunt.hcl'].map((file) => [
        `non-prod/us-east-1/stage/${file}`,
        { renameTo: `non-prod/us-east-1/staging/${file}` },
      ]),
    ),
    infrastructure: ['stage', 'staging'],
  },
  {
    name: 'a new account and region are discovered',
    edits: {
      'sandbox/account.hcl': 'locals {\n  account_name = "sandbox"\n}\n',
      'sandbox/us-west-2/region.hcl': 'locals {\n  aws_region = "us-west-2"\n}\n',
      'sandbox/us-west-2/dev/env.hcl': 'locals {\n  environment = "dev"\n}\n',
      'sandbox/us-west-2/dev/mysql/terragrunt.hcl': LIVE_LAYOUT[
        'non-prod/us-east-1/qa/mysql/terragrunt.hcl'
      ] as string,
    },
    infrastructure: ['dev'],
  },
];

describe('detect-changed-envs on a Terragrunt live layout (bundled)', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const result: Detected = await detectChange(`row-${rows.indexOf(row)}`, row.edits);
    expect(result.run.exitCode).toBe(0);
    expect({
      infrastructure: result.infrastructure,
      fallback: result.run.outputs.fallback,
    }).toEqual({
      infrastructure: row.infrastructure,
      fallback: 'false',
    });
    expect(result.environments).toEqual(row.infrastructure);
    if (row.reason) {
      const [target, text] = row.reason;
      expect((result.reasons[target] ?? []).join('\n')).toContain(text);
    }
  });

  it("lists the environment's folders each change reaches, for one terragrunt-run each", async () => {
    const region = await detectChange('paths-region', { 'prod/eu-west-1/region.hcl': COMMENT });
    expect(region.matrix.include).toEqual([
      expect.objectContaining({ environment: 'prod', paths: ['prod/eu-west-1/prod'] }),
    ]);
    const root = await detectChange('paths-root', { 'root.hcl': COMMENT });
    const prod = root.matrix.include.find((entry) => entry.environment === 'prod');
    expect(prod?.paths).toEqual(['prod/eu-west-1/prod', 'prod/us-east-1/prod']);
  });

  it('never reports _envcommon, modules or account folders as environments', async () => {
    const result = await detectChange('all-targets', { 'root.hcl': COMMENT });
    const names = result.matrix.include.map((entry) => entry.environment);
    expect(names).toEqual(['prod', 'qa', 'stage']);
    expect(Object.keys(result.run.outputs)).not.toContain('_envcommon');
  });

  it('fails closed on the live layout without infra-fleet.yaml, never "nothing affected"', async () => {
    const result = await detectChange(
      'no-config',
      { 'non-prod/us-east-1/qa/mysql/terragrunt.hcl': COMMENT },
      {},
      withoutConfig(),
    );
    expect(result.run.exitCode).toBe(0);
    expect(result.run.outputs).toMatchObject({ any: 'true', fallback: 'true' });
    expect(result.run.outputs['fallback-reason']).toContain(
      'changed outside the infrastructure root (infrastructure) and the k8s root (k8s); describe the layout in infra-fleet.yaml',
    );
  });

  it('refuses an explicit root that does not exist, naming what does', async () => {
    const result = await detectChange(
      'typo-root',
      { 'root.hcl': COMMENT },
      {
        'infrastructure-root': 'infra',
      },
    );
    expect(result.run.exitCode).toBe(1);
    expect(logOf(result.run)).toContain(
      'The infrastructure root "infra" (from infra-fleet.yaml or the infrastructure-root input) does not exist. Folders at the repository root: _envcommon, modules, non-prod, prod.',
    );
    expect(result.run.outputs).toEqual({});
  });

  it('refuses an explicit root under which the pattern finds no environment', async () => {
    // Without infra-fleet.yaml the pattern is environments/{env}: it used to report regions.
    const result = await detectChange(
      'region-root',
      { 'root.hcl': COMMENT },
      { 'infrastructure-root': 'non-prod' },
      withoutConfig(),
    );
    expect(result.run.exitCode).toBe(1);
    expect(logOf(result.run)).toContain(
      'No infrastructure environment found under non-prod with environments/{env} (from the infrastructure-root input): no matching folder holds a Terragrunt unit. Folders there: us-east-1, us-east-1/qa, us-east-1/qa/mysql,',
    );
  });

  it('refuses a folder in an environment position whose name could reach a shell', async () => {
    const result = await detectChange('hostile-name', {
      'prod/us-east-1/$(touch pwned)/mysql/terragrunt.hcl': 'terraform {}\n',
    });
    expect(result.run.exitCode).toBe(1);
    expect(logOf(result.run)).toContain('"prod/us-east-1/$(touch pwned)"');
    expect(result.run.outputs).toEqual({});
  });

  it('reports every environment when infra-fleet.yaml itself changes', async () => {
    const result = await detectChange('config-change', {
      'infra-fleet.yaml': `${LIVE_CONFIG}environments: [qa, stage, prod]\n`,
    });
    expect(result.infrastructure).toEqual(['qa', 'stage', 'prod']);
    expect(result.run.outputs['fallback-reason']).toContain('infra-fleet.yaml changed');
  });
});
