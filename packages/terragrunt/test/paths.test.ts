import { describe, expect, it } from '@jest/globals';
import { graphOf, problems, refs, ROOT_INCLUDE, unit } from './graphs.js';

const MODULE = { 'infra/modules/app/main.tf': 'variable "x" {}\n' };
const UNITS = Object.fromEntries(
  ['a', 'b', 'vpc', 'dns'].map((name) => [
    `infra/environments/staging/${name}/terragrunt.hcl`,
    'terraform {\n  source = "."\n}\n',
  ]),
);

describe('mark_as_read and mark_glob_as_read', () => {
  it('makes every file they name a reference, relative to the current config (the read file in a read)', async () => {
    const graph = await graphOf({
      ...UNITS,
      'infra/root.hcl':
        'locals {\n  configs = mark_glob_as_read("config/{*.yaml,**/*.yaml}")\n  team = read_terragrunt_config("${get_repo_root()}/infra/team/team.hcl")\n}\n',
      'infra/team/team.hcl':
        'locals {\n  owners = mark_as_read("OWNERS")\n  rules = mark_glob_as_read("rules/*.json")\n}\n',
      'infra/team/rules/a.json': '{}',
      'infra/team/rules/b.txt': 'not matched',
      'infra/environments/staging/app/terragrunt.hcl': ROOT_INCLUDE,
      'infra/environments/staging/app/config/top.yaml': 'a: 1',
      'infra/environments/staging/app/config/deep/more.yaml': 'b: 2',
      'infra/environments/staging/app/config/notes.md': 'not matched',
    });
    expect(graph.problems).toEqual([]);
    const found = refs(graph, 'environments/staging/app');
    expect(found['environments/staging/app/config/top.yaml']).toEqual([
      'include "root"',
      'mark_glob_as_read(config/{*.yaml,**/*.yaml})',
    ]);
    expect(found['environments/staging/app/config/deep/more.yaml']).toBeDefined();
    expect(found['environments/staging/app/config/notes.md']).toBeUndefined();
    expect(found['team/OWNERS']).toEqual([
      'include "root"',
      'read_terragrunt_config infra/team/team.hcl',
      'mark_as_read infra/team/OWNERS',
    ]);
    expect(found['team/rules/a.json']).toBeDefined();
    expect(found['team/rules/b.txt']).toBeUndefined();
  });

  it('reports a glob that starts outside the repository, or an unknown one, for that unit only', async () => {
    const graph = await graphOf({
      ...UNITS,
      'infra/environments/staging/app/terragrunt.hcl':
        'locals {\n  up = mark_glob_as_read("/etc/*.yaml")\n  env = mark_glob_as_read(get_env("GLOB"))\n}\n',
    });
    expect(problems(graph)).toEqual([
      expect.stringMatching(
        /^environments\/staging\/app: mark_glob_as_read\(\) .* could not be evaluated: get_env\("GLOB"\)/,
      ),
      expect.stringMatching(
        /^environments\/staging\/app: mark_glob_as_read\("\/etc\/\*\.yaml"\) .* starts outside the repository/,
      ),
    ]);
  });
});

describe('functions in paths', () => {
  it('evaluates regex, regexall, replace with a pattern, sort, formatlist and other pure functions', async () => {
    const graph = await graphOf({
      ...MODULE,
      ...UNITS,
      'infra/environments/staging/app-blue/terragrunt.hcl': [
        'locals {',
        '  parts = regex("environments/(?P<env>[^/]+)/(?P<name>[^/]+)$", get_terragrunt_dir())',
        '  name  = replace(local.parts.name, "/-(blue|green)$/", "")',
        '}',
        'terraform {',
        '  source = "${get_repo_root()}/infra/modules//${local.name}"',
        '}',
        'dependency "first" {',
        '  config_path = "../${sort(["b", "a"])[0]}"',
        '}',
        'dependencies {',
        '  paths = concat(formatlist("../%s", slice(reverse(["x", "dns", "vpc"]), 0, 2)), [for n in regexall("[a-z]+", "b,q") : "../${n}" if n != "q"])',
        '}',
      ].join('\n'),
    });
    expect(graph.problems).toEqual([]);
    const app = unit(graph, 'environments/staging/app-blue');
    expect(refs(graph, 'environments/staging/app-blue')['modules/app/main.tf']).toBeDefined();
    expect(app.dependencies.sort()).toEqual(
      ['a', 'b', 'dns', 'vpc'].map((name) => `infra/environments/staging/${name}`),
    );
  });
});

describe('feature flags', () => {
  it('uses the defaults in dependency paths; a unit overrides the feature block of its include', async () => {
    const graph = await graphOf({
      ...UNITS,
      'infra/root.hcl': [
        'feature "extra" {\n  default = ["../dns"]\n}\n',
        'feature "first" {\n  default = "../a"\n}\n',
        'dependencies {\n  paths = concat(feature.extra.value, [feature.first.value])\n}\n',
      ].join(''),
      'infra/environments/staging/app/terragrunt.hcl': [
        ROOT_INCLUDE,
        'feature "first" {\n  default = "../b"\n}\n',
        'feature "net" {\n  default = "../vpc"\n}\n',
        'dependency "net" {\n  config_path = feature.net.value\n}\n',
      ].join(''),
    });
    expect(graph.problems).toEqual([]);
    expect(unit(graph, 'environments/staging/app').dependencies.sort()).toEqual(
      ['b', 'dns', 'vpc'].map((name) => `infra/environments/staging/${name}`),
    );
  });

  it('reports a feature flag without a block for that unit only', async () => {
    const graph = await graphOf({
      ...UNITS,
      'infra/environments/staging/app/terragrunt.hcl':
        'dependency "x" {\n  config_path = feature.missing.value\n}\n',
    });
    expect(problems(graph)).toEqual([
      expect.stringMatching(
        /^environments\/staging\/app: dependency "x" config_path .* no feature "missing" block/,
      ),
    ]);
  });
});

describe('values', () => {
  it("reads values.* from the unit's terragrunt.values.hcl, which it references", async () => {
    const graph = await graphOf({
      ...UNITS,
      'infra/environments/staging/app/terragrunt.hcl':
        'dependency "net" {\n  config_path = values.network\n}\n',
      'infra/environments/staging/app/terragrunt.values.hcl': 'network = "../vpc"\n',
    });
    expect(graph.problems).toEqual([]);
    expect(unit(graph, 'environments/staging/app').dependencies).toEqual([
      'infra/environments/staging/vpc',
    ]);
    expect(refs(graph, 'environments/staging/app')).toMatchObject({
      'environments/staging/app/terragrunt.values.hcl': ['values'],
    });
  });
});

describe('local modules', () => {
  it('references code and .hcl files in subfolders (Terragrunt >= 1.1 marks them read) and parses .tofu files', async () => {
    const graph = await graphOf({
      'infra/modules/app/main.tofu':
        'module "shared" {\n  source = "../shared"\n}\nmodule "called" {\n  source = "./called"\n}\n',
      'infra/modules/app/called/main.tf': 'variable "c" {}\n',
      'infra/modules/app/nested/extra.tf': 'variable "y" {}\n',
      'infra/modules/app/nested/deeper/config.hcl': 'x = 1\n',
      'infra/modules/app/nested/deeper/override.tofu.json': '{}',
      'infra/modules/app/nested/notes.txt': 'not read',
      'infra/modules/app/.terraform/cached.tf': 'ignored',
      'infra/modules/shared/main.tf': 'variable "z" {}\n',
      'infra/environments/staging/app/terragrunt.hcl':
        'terraform {\n  source = "../../../modules//app"\n}\n',
    });
    expect(graph.problems).toEqual([]);
    const found = refs(graph, 'environments/staging/app');
    const hop = 'terraform.source ../../../modules//app';
    for (const file of [
      'nested/extra.tf',
      'nested/deeper/config.hcl',
      'nested/deeper/override.tofu.json',
    ])
      expect(found[`modules/app/${file}`]).toEqual([hop]);
    expect(found['modules/app/nested/notes.txt']).toBeUndefined();
    expect(found['modules/app/.terraform/cached.tf']).toBeUndefined();
    expect(found['modules/shared/main.tf']).toEqual([hop, 'module "shared" (source ../shared)']);
    // A subfolder the module calls keeps the call in its chain.
    expect(found['modules/app/called/main.tf']).toEqual([hop, 'module "called" (source ./called)']);
  });
});
