import { afterEach, describe, expect, it } from '@jest/globals';
import { fsTreeReader, type TreeReader } from '@infra-fleet/git';
import { buildTerragruntGraph, type TerragruntGraph } from '../src/index.js';
import { syntheticInfra, tempTree } from './tree.js';

type Tree = Awaited<ReturnType<typeof tempTree>>;
let tree: Tree | undefined;
afterEach(async () => {
  await tree?.remove();
  tree = undefined;
});

async function graphOf(files: Record<string, string>, setup?: (tree: Tree) => Promise<void>) {
  tree = await tempTree(files);
  await setup?.(tree);
  return buildTerragruntGraph(fsTreeReader(tree.root), 'infra');
}

const BASE = {
  'infra/root.hcl':
    'locals {\n  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))\n}\n',
  'infra/environments/staging/env.hcl': 'locals {\n  environment = "staging"\n}\n',
  'infra/environments/production/env.hcl': 'locals {\n  environment = "production"\n}\n',
  'infra/modules/vpc/main.tf': 'variable "cidr" {}\n',
  'infra/environments/staging/vpc/terragrunt.hcl': unitHcl(),
  'infra/environments/production/vpc/terragrunt.hcl': unitHcl(),
};

function unitHcl(extra = '', source = '"../../../modules//vpc"'): string {
  return `include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\nterraform {\n  source = ${source}\n}\n${extra}`;
}

function summary(graph: TerragruntGraph) {
  return graph.problems.map((p) => ({
    scope: p.scope,
    node: p.node?.replace('infra/', ''),
    file: p.file.replace('infra/', ''),
  }));
}

describe('problems: failing closed', () => {
  it('reports an unknown function in a path position for that unit only', async () => {
    const graph = await graphOf({
      ...BASE,
      'infra/environments/staging/app/terragrunt.hcl': unitHcl(
        '',
        '"${run_cmd("pick-module")}/vpc"',
      ),
    });
    expect(summary(graph)).toEqual([
      {
        scope: 'node',
        node: 'environments/staging/app',
        file: 'environments/staging/app/terragrunt.hcl',
      },
    ]);
    expect(graph.problems[0]!.message).toMatch(
      /terraform\.source .* could not be evaluated: function run_cmd\(\) is not evaluated/,
    );
    expect(graph.problems[0]!.message).toMatch(/Use literal paths/);
  });

  it('does not report unknown values outside path positions, nor unknown tails of remote sources', async () => {
    const graph = await graphOf({
      ...BASE,
      'infra/environments/staging/app/terragrunt.hcl': unitHcl(
        'inputs = {\n  account = get_aws_account_id()\n  region = get_env("AWS_REGION", "eu-west-2")\n}\n',
        '"git::https://example.com/m.git//vpc?ref=${get_env("REF")}"',
      ),
    });
    expect(graph.problems).toEqual([]);
  });

  it('reports file() of an unknown path, and a missing module dir or dependency', async () => {
    const graph = await graphOf({
      ...BASE,
      'infra/environments/staging/a/terragrunt.hcl': unitHcl(
        'inputs = { x = file(get_env("FILE")) }\n',
      ),
      'infra/environments/staging/b/terragrunt.hcl': unitHcl('', '"../../../modules//gone"'),
      'infra/environments/staging/c/terragrunt.hcl': unitHcl(
        'dependency "x" {\n  config_path = "../nowhere"\n}\n',
      ),
    });
    const byNode = Object.fromEntries(
      graph.problems.map((p) => [p.node!.replace('infra/environments/staging/', ''), p.message]),
    );
    expect(byNode.a).toMatch(/file\(\) .* could not be evaluated: get_env\("FILE"\)/);
    expect(byNode.b).toMatch(/resolves to infra\/modules\/gone, which is not a directory/);
    expect(byNode.c).toMatch(
      /dependency "x" .* no unit config at infra\/environments\/staging\/nowhere/,
    );
    expect(graph.problems.every((p) => p.scope === 'node')).toBe(true);
  });

  it('reports an unparsable root.hcl once, with scope all', async () => {
    const graph = await graphOf({ ...BASE, 'infra/root.hcl': 'locals {\n  broken = \n' });
    expect(summary(graph)).toEqual([{ scope: 'all', node: undefined, file: 'root.hcl' }]);
    expect(graph.problems[0]!.message).toMatch(/cannot parse infra\/root\.hcl: .*root\.hcl:2/);
    expect(graph.units).toHaveLength(2);
  });

  it('scopes an unparsable env.hcl to the units that read it, and a broken unit to itself', async () => {
    const graph = await graphOf({
      ...BASE,
      'infra/environments/staging/env.hcl': 'locals {{',
      'infra/environments/production/app/terragrunt.hcl': 'include "root" {',
    });
    expect(summary(graph)).toEqual([
      {
        scope: 'node',
        node: 'environments/production/app',
        file: 'environments/production/app/terragrunt.hcl',
      },
      { scope: 'node', node: 'environments/staging/vpc', file: 'environments/staging/env.hcl' },
    ]);
    const broken = graph.units.find((u) => u.dir.endsWith('production/app'))!;
    expect(broken).toMatchObject({
      target: 'production',
      references: [{ file: 'infra/environments/production/app/terragrunt.hcl', via: [] }],
    });
  });

  it('reports include and read cycles instead of hanging', async () => {
    const graph = await graphOf({
      ...BASE,
      'infra/loop/a.hcl': 'locals {\n  b = read_terragrunt_config("b.hcl")\n}\n',
      'infra/loop/b.hcl': 'locals {\n  a = read_terragrunt_config("a.hcl")\n}\n',
      'infra/loop/self.hcl':
        'include "self" {\n  path = "${get_repo_root()}/infra/loop/self.hcl"\n}\n',
      'infra/environments/staging/app/terragrunt.hcl': unitHcl(
        'locals {\n  a = read_terragrunt_config("../../../loop/a.hcl")\n}\n',
      ),
      'infra/environments/staging/inc/terragrunt.hcl': unitHcl().replace(
        'include "root"',
        'include "self" {\n  path = "../../../loop/self.hcl"\n}\ninclude "root"',
      ),
    });
    const messages = graph.problems.map(
      (p) => `${p.node?.replace('infra/environments/staging/', '')}: ${p.message}`,
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^app: read_terragrunt_config in infra\/loop\/b\.hcl forms a cycle through infra\/loop\/a\.hcl/,
      ),
      expect.stringMatching(
        /^inc: include "self" in infra\/loop\/self\.hcl forms a cycle through infra\/loop\/self\.hcl/,
      ),
    ]);
  });
});

describe('symlinks are never followed', () => {
  it('does not discover units behind a symlinked dir, and reports symlinked module files and unit configs', async () => {
    const graph = await graphOf(BASE, async (t) => {
      await t.link('infra/environments/mirror', 'staging');
      await t.write({ 'infra/shared/providers.tf': 'provider "aws" {}\n' });
      await t.link('infra/modules/vpc/providers.tf', '../../shared/providers.tf');
      await t.write({ 'infra/real/terragrunt.hcl': unitHcl('', '"../modules//vpc"') });
      await t.link(
        'infra/environments/staging/linked/terragrunt.hcl',
        '../../../real/terragrunt.hcl',
      );
    });
    expect(graph.units.map((u) => u.dir)).not.toContain('infra/environments/mirror/vpc');
    const linked = graph.problems.filter((p) => p.file === 'infra/modules/vpc/providers.tf');
    expect(linked.map((p) => p.node).sort()).toEqual([
      'infra/environments/production/vpc',
      'infra/environments/staging/vpc',
      'infra/real',
    ]);
    expect(linked[0]!.message).toMatch(/is a symlink; change detection does not follow symlinks/);
    const unitLink = graph.problems.find((p) => p.node === 'infra/environments/staging/linked');
    expect(unitLink).toMatchObject({
      scope: 'node',
      message: expect.stringMatching(/is a symlink, which change detection does not follow/),
    });
  });
});

describe('scale', () => {
  it('builds 1000 units (20 environments x 50) reading each shared file once', async () => {
    tree = await tempTree(syntheticInfra(20, 50));
    const reads = new Map<string, number>();
    const base = fsTreeReader(tree.root);
    const counting: TreeReader = {
      readText: (path) => {
        reads.set(path, (reads.get(path) ?? 0) + 1);
        return base.readText(path);
      },
      listDir: (dir) => base.listDir(dir),
    };
    const graph = await buildTerragruntGraph(counting, 'infra');
    expect(graph.problems).toEqual([]);
    expect(graph.units).toHaveLength(1000);
    expect(new Set(graph.units.map((u) => u.target)).size).toBe(20);
    expect(Math.max(...reads.values())).toBe(1);
    const u7 = graph.units.find((u) => u.dir === 'infra/environments/env3/u7')!;
    expect(u7.dependencies).toEqual(['infra/environments/env3/u6']);
    expect(u7.references.map((r) => r.file)).toEqual(
      expect.arrayContaining([
        'infra/modules/m7/main.tf',
        'infra/modules/shared/main.tf',
        'infra/environments/env3/env.hcl',
      ]),
    );
  });
});
