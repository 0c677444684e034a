import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { fsTreeReader } from '@infra-fleet/git';
import { buildTerragruntGraph } from '../src/index.js';

const REPO = resolve(import.meta.dirname, '../../..');

describe("this repository's infrastructure/ tree", () => {
  it('links staging/eks to the eks module, its nested module, root.hcl, env.hcl, common.hcl and staging/vpc', async () => {
    const graph = await buildTerragruntGraph(fsTreeReader(REPO), 'infrastructure');
    expect(graph.problems).toEqual([]);
    const eks = graph.units.find((unit) => unit.dir === 'infrastructure/environments/staging/eks')!;
    expect(eks.target).toBe('staging');
    expect(eks.dependencies).toEqual(['infrastructure/environments/staging/vpc']);
    const via = Object.fromEntries(eks.references.map((ref) => [ref.file, ref.via]));
    expect(via['infrastructure/environments/staging/eks/terragrunt.hcl']).toEqual([]);
    expect(via['infrastructure/root.hcl']).toEqual(['include "root"']);
    expect(via['infrastructure/environments/staging/env.hcl']).toBeDefined();
    expect(via['infrastructure/environments/common.hcl']).toBeDefined();
    expect(via['infrastructure/modules/eks/main.tf']).toEqual([
      'terraform.source ../../../modules//eks',
    ]);
    const nested = eks.references.filter(
      (ref) => ref.via.length === 2 && ref.via[1]!.startsWith('module "'),
    );
    expect(nested.map((ref) => ref.file)).toContain('infrastructure/modules/eks/node-iam/main.tf');
    expect(via['infrastructure/environments/staging/vpc/terragrunt.hcl']).toEqual([
      'dependency "vpc"',
    ]);
    expect(via['infrastructure/environments/production/env.hcl']).toBeUndefined();
  });

  it('puts every unit under environments/<env> or permanent', async () => {
    const graph = await buildTerragruntGraph(fsTreeReader(REPO), 'infrastructure');
    const targets = new Set(graph.units.map((unit) => unit.target));
    expect([...targets].sort()).toEqual(['permanent', 'production', 'staging']);
  });
});
