import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pushEvent, type TestRepo } from '@infra-fleet/testkit';
import { commitOn, detectIn, fleetRepo, type Detected, type Edit } from './helpers.js';

/**
 * One change per row, committed on its own branch from the seeded tree, detected through the
 * bundle with a push event (before = the seed commit).
 */
interface Scenario {
  name: string;
  edits: Record<string, Edit>;
  infrastructure: string[];
  k8s: string[];
  /** For each pair, some chain of the target contains the text. */
  reasons?: Array<[target: string, text: string]>;
  fallback?: boolean;
}

const INFRA = 'infrastructure';
const STAGING_ENV = `${INFRA}/environments/staging`;
const PRODUCTION_ENV = `${INFRA}/environments/production`;
const BASE_APP = 'k8s/base/applications/load-harness';
const ALL_INFRA = ['production', 'staging', 'permanent'];
const COMMENT = { append: '\n# touched\n' };

const scenarios: Scenario[] = [
  {
    name: 'a module change reaches both environments',
    edits: { [`${INFRA}/modules/vpc/main.tf`]: COMMENT },
    infrastructure: ['production', 'staging'],
    k8s: [],
    reasons: [
      ['staging', `${INFRA}/modules/vpc/main.tf -> terraform.source ../../../modules//vpc`],
      [
        'production',
        `-> dependency of ${PRODUCTION_ENV}/eks -> dependency of ${PRODUCTION_ENV}/monitoring -> production`,
      ],
    ],
  },
  {
    name: "a unit's file reaches only its environment",
    edits: { [`${STAGING_ENV}/monitoring/terragrunt.hcl`]: COMMENT },
    infrastructure: ['staging'],
    k8s: [],
  },
  {
    name: 'common.hcl reaches every unit (environments and permanent)',
    edits: { [`${INFRA}/environments/common.hcl`]: COMMENT },
    infrastructure: ALL_INFRA,
    k8s: [],
    reasons: [['production', 'read_terragrunt_config infrastructure/environments/common.hcl']],
  },
  {
    name: 'root.hcl reaches every unit',
    edits: { [`${INFRA}/root.hcl`]: COMMENT },
    infrastructure: ALL_INFRA,
    k8s: [],
    reasons: [['staging', `${INFRA}/root.hcl -> include "root"`]],
  },
  {
    name: 'env.hcl reaches one environment',
    edits: { [`${PRODUCTION_ENV}/env.hcl`]: COMMENT },
    infrastructure: ['production'],
    k8s: [],
  },
  {
    name: 'a base manifest reaches both overlays',
    edits: { [`${BASE_APP}/deployment.yaml`]: COMMENT },
    infrastructure: [],
    k8s: ['production', 'staging'],
    reasons: [['staging', `${BASE_APP}/deployment.yaml -> resources deployment.yaml`]],
  },
  {
    name: 'an overlay patch reaches one overlay',
    edits: { 'k8s/overlays/production/patches/deployment-patch.yaml': COMMENT },
    infrastructure: [],
    k8s: ['production'],
  },
  {
    name: 'a nested local module reaches the units using its parent',
    edits: { [`${INFRA}/modules/eks/node-iam/main.tf`]: COMMENT },
    infrastructure: ['production', 'staging'],
    k8s: [],
    reasons: [['staging', 'module "node_iam" (source ./node-iam)']],
  },
  {
    name: 'a deleted unit is attributed through the base tree',
    edits: { [`${PRODUCTION_ENV}/monitoring/terragrunt.hcl`]: null },
    infrastructure: ['production'],
    k8s: [],
    reasons: [['production', `${PRODUCTION_ENV}/monitoring/terragrunt.hcl (deleted)`]],
  },
  {
    name: 'a deleted shared module file is attributed through the base tree',
    edits: { [`${INFRA}/modules/monitoring/alarms.tf`]: null },
    infrastructure: ['production', 'staging'],
    k8s: [],
    reasons: [['staging', `${INFRA}/modules/monitoring/alarms.tf (deleted) -> terraform.source`]],
  },
  {
    name: 'a rename counts both paths',
    edits: {
      [`${INFRA}/modules/monitoring/alarms.tf`]: {
        renameTo: `${INFRA}/modules/monitoring/alerts.tf`,
      },
    },
    infrastructure: ['production', 'staging'],
    k8s: [],
    reasons: [
      ['staging', 'alarms.tf (renamed to infrastructure/modules/monitoring/alerts.tf) -> '],
      ['staging', 'alerts.tf (renamed from infrastructure/modules/monitoring/alarms.tf) -> '],
    ],
  },
  {
    name: 'a new unreferenced file in an overlay folder still counts (fail closed)',
    edits: { 'k8s/overlays/staging/notes.yaml': 'kind: Note\n' },
    infrastructure: [],
    k8s: ['staging'],
    reasons: [['staging', 'unreferenced file in its folder']],
  },
  {
    name: 'documentation changes affect nothing',
    edits: {
      'README.md': '# changed\n',
      'docs/guide.md': '# changed\n',
      'infrastructure/README.md': COMMENT,
      'k8s/overlays/staging/NOTES.md': '# notes\n',
    },
    infrastructure: [],
    k8s: [],
  },
  {
    name: 'a permanent/ change reaches only permanent',
    edits: { [`${INFRA}/permanent/ecr/terragrunt.hcl`]: COMMENT },
    infrastructure: ['permanent'],
    k8s: [],
  },
  {
    name: 'unparsable HCL in a unit fails closed for its environment only',
    edits: { [`${STAGING_ENV}/vpc/terragrunt.hcl`]: 'include "root" {\n  path = \n' },
    infrastructure: ['staging'],
    k8s: [],
    fallback: true,
  },
  {
    name: 'unparsable root.hcl fails closed for every unit',
    edits: { [`${INFRA}/root.hcl`]: 'locals {\n  broken = [\n' },
    infrastructure: ALL_INFRA,
    k8s: [],
    fallback: true,
  },
];

let repo: TestRepo;
let seed: string;

beforeAll(() => {
  repo = fleetRepo();
  seed = repo.git(['rev-parse', 'HEAD']);
});
afterAll(() => repo.cleanup());

async function detectScenario(scenario: Scenario, index: number): Promise<Detected> {
  const branch = `scenario-${index}`;
  const head = commitOn(repo, branch, seed, scenario.edits, scenario.name);
  const event = pushEvent({ before: seed, after: head, ref: `refs/heads/${branch}` });
  return detectIn(repo.work, { event, sha: head });
}

describe('detect-changed-envs (bundled): one change per scenario', () => {
  it.each(scenarios.map((scenario, index) => [scenario.name, scenario, index] as const))(
    '%s',
    async (_name, scenario, index) => {
      const detected = await detectScenario(scenario, index);
      const { run } = detected;
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(detected.infrastructure).toEqual(scenario.infrastructure);
      expect(detected.k8s).toEqual(scenario.k8s);
      const environments = [...scenario.infrastructure, ...scenario.k8s].filter(
        (name) => name !== 'permanent',
      );
      expect([...detected.environments].sort()).toEqual([...new Set(environments)].sort());
      const affected = new Set([...scenario.infrastructure, ...scenario.k8s]);
      expect(run.outputs.any).toBe(String(affected.size > 0));
      for (const target of ['staging', 'production', 'permanent']) {
        expect(run.outputs[target]).toBe(String(affected.has(target)));
      }
      expect(run.outputs.fallback).toBe(String(scenario.fallback ?? false));
      expect(run.outputs.base).toBe(seed);
      expect(
        detected.matrix.include.map((entry) => `${entry.environment}/${entry.domain}`),
      ).toEqual(
        [
          ...scenario.infrastructure.map((t) => `${t}/infrastructure`),
          ...scenario.k8s.map((t) => `${t}/k8s`),
        ].sort((a, b) => order(a) - order(b)),
      );
      for (const [target, text] of scenario.reasons ?? []) {
        expect(detected.reasons[target]).toEqual(
          expect.arrayContaining([expect.stringContaining(text)]),
        );
      }
    },
  );
});

/** Report order: production, staging, permanent; infrastructure before k8s. */
function order(entry: string): number {
  const [target = '', domain = ''] = entry.split('/');
  return ['production', 'staging', 'permanent'].indexOf(target) * 2 + (domain === 'k8s' ? 1 : 0);
}
