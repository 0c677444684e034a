import { describe, expect, it } from '@jest/globals';
import { Tally } from '../src/index.js';
import { graphOf, problems, refs, ROOT_INCLUDE, unit } from './graphs.js';

const BASE = {
  'infra/root.hcl': 'locals {\n  region = "eu-west-2"\n}\n',
  'infra/environments/staging/env.hcl':
    'locals {\n  vpc_dir = "../vpc"\n  shared = read_terragrunt_config(find_in_parent_folders("shared.hcl"))\n}\ninputs = {\n  dns_dir = "../dns"\n}\n',
  'infra/environments/staging/shared.hcl': 'locals {\n  eks_dir = "../eks"\n}\n',
  'infra/environments/staging/vpc/terragrunt.hcl': 'terraform {\n  source = "."\n}\n',
  'infra/environments/staging/dns/terragrunt.hcl': 'terraform {\n  source = "."\n}\n',
  'infra/environments/staging/eks/terragrunt.hcl': 'terraform {\n  source = "."\n}\n',
};

const ENV_INCLUDE =
  'include "env" {\n  path   = find_in_parent_folders("env.hcl")\n  expose = true\n}\n';

describe('a bare include beside labelled ones', () => {
  it('follows both, in either order, as Terragrunt does (it labels the bare one "")', async () => {
    const graph = await graphOf({
      ...BASE,
      'infra/environments/staging/a/terragrunt.hcl': `include {\n  path = find_in_parent_folders("root.hcl")\n}\n${ENV_INCLUDE}`,
      'infra/environments/staging/b/terragrunt.hcl': `${ENV_INCLUDE}include {\n  path = find_in_parent_folders("root.hcl")\n}\n`,
    });
    expect(graph.problems).toEqual([]);
    for (const dir of ['environments/staging/a', 'environments/staging/b']) {
      expect(refs(graph, dir)).toMatchObject({
        'root.hcl': ['include'],
        'environments/staging/env.hcl': ['include "env"'],
      });
    }
  });

  it('reports several bare includes (which Terragrunt refuses) for that unit only', async () => {
    const graph = await graphOf({
      ...BASE,
      'infra/environments/staging/a/terragrunt.hcl': `include {\n  path = find_in_parent_folders("root.hcl")\n}\ninclude {\n  path = find_in_parent_folders("env.hcl")\n}\n${ROOT_INCLUDE}`,
    });
    expect(problems(graph)).toEqual([
      'environments/staging/a: infra/environments/staging/a/terragrunt.hcl has 2 include blocks without a label, which Terragrunt refuses; give each a label (include "root" { ... }).',
    ]);
    expect(refs(graph, 'environments/staging/a')['environments/staging/env.hcl']).toEqual([
      'include',
    ]);
  });
});

describe('dependency paths from exposed includes', () => {
  it('takes config_path and paths from include.<name> locals, inputs and reads', async () => {
    const graph = await graphOf({
      ...BASE,
      'infra/environments/staging/app/terragrunt.hcl': [
        ENV_INCLUDE,
        'dependency "vpc" {\n  config_path = include.env.locals.vpc_dir\n}\n',
        'dependency "eks" {\n  config_path = include.env.locals.shared.locals.eks_dir\n}\n',
        'dependencies {\n  paths = [include.env.inputs.dns_dir]\n}\n',
      ].join(''),
    });
    expect(graph.problems).toEqual([]);
    expect(unit(graph, 'environments/staging/app').dependencies.sort()).toEqual(
      ['dns', 'eks', 'vpc'].map((name) => `infra/environments/staging/${name}`),
    );
  });

  it('exposes blocks as Terragrunt does: include.<name>.dependency.<label>, .terraform.source, and the same on read results', async () => {
    const graph = await graphOf({
      ...BASE,
      'infra/_envcommon/app.hcl': [
        'terraform {\n  source = "${get_repo_root()}/infra/modules//app"\n}\n',
        'dependency "vpc" {\n  config_path = "${get_terragrunt_dir()}/../vpc"\n}\n',
        'dependency "dns" {\n  config_path = "../dns"\n}\n',
      ].join(''),
      'infra/modules/app/main.tf': 'variable "x" {}\n',
      'infra/environments/staging/app/terragrunt.hcl': [
        'include "common" {\n  path   = "${get_repo_root()}/infra/_envcommon/app.hcl"\n  expose = true\n}\n',
        'locals {\n  read = read_terragrunt_config("${get_repo_root()}/infra/_envcommon/app.hcl")\n}\n',
        'terraform {\n  source = include.common.terraform.source\n}\n',
        'dependency "net" {\n  config_path = include.common.dependency.vpc.config_path\n}\n',
        'dependencies {\n  paths = [local.read.dependency.dns.config_path]\n}\n',
      ].join(''),
    });
    expect(graph.problems).toEqual([]);
    expect(refs(graph, 'environments/staging/app')['modules/app/main.tf']).toEqual([
      'terraform.source infra/modules//app',
    ]);
    expect(unit(graph, 'environments/staging/app').dependencies.sort()).toEqual([
      'infra/environments/staging/dns',
      'infra/environments/staging/vpc',
    ]);
  });

  it('exposes a lone bare include as include itself', async () => {
    const graph = await graphOf({
      ...BASE,
      'infra/environments/staging/app/terragrunt.hcl':
        'include {\n  path   = find_in_parent_folders("env.hcl")\n  expose = true\n}\ndependency "vpc" {\n  config_path = include.locals.vpc_dir\n}\n',
    });
    expect(graph.problems).toEqual([]);
    expect(unit(graph, 'environments/staging/app').dependencies).toEqual([
      'infra/environments/staging/vpc',
    ]);
  });
});

describe('functions inside a file read by read_terragrunt_config', () => {
  const COMMON = {
    'infra/environments/common.hcl': [
      'locals {',
      '  unit   = basename(get_original_terragrunt_dir())',
      '  here   = get_terragrunt_dir()',
      '  from   = get_path_from_repo_root()',
      '  policy = file("${get_original_terragrunt_dir()}/policy.json")',
      '  shared = file("${get_terragrunt_dir()}/shared.txt")',
      '}',
    ].join('\n'),
    'infra/modules/api/main.tf': 'variable "x" {}\n',
    'infra/modules/web/main.tf': 'variable "x" {}\n',
    'infra/environments/static.hcl': 'locals {\n  region = "eu-west-2"\n}\n',
  };
  const UNIT = [
    'locals {',
    '  common = read_terragrunt_config(find_in_parent_folders("common.hcl"))',
    '  static = read_terragrunt_config(find_in_parent_folders("static.hcl"))',
    '}',
    'terraform {',
    '  source = "../../../modules//${local.common.locals.unit}"',
    '}',
    'inputs = {',
    '  here = file("${local.common.locals.here}/${local.common.locals.from}.txt")',
    '}',
  ].join('\n');

  it('resolves get_original_terragrunt_dir() to each reading unit, get_terragrunt_dir() to the read file', async () => {
    const graph = await graphOf({
      ...COMMON,
      'infra/environments/staging/api/terragrunt.hcl': UNIT,
      'infra/environments/staging/web/terragrunt.hcl': UNIT,
    });
    expect(graph.problems).toEqual([]);
    for (const name of ['api', 'web']) {
      const found = refs(graph, `environments/staging/${name}`);
      expect(found[`modules/${name}/main.tf`]).toEqual([
        `terraform.source ../../../modules//${name}`,
      ]);
      expect(found[`environments/staging/${name}/policy.json`]).toEqual([
        'read_terragrunt_config infra/environments/common.hcl',
        `file(infra/environments/staging/${name}/policy.json)`,
      ]);
      expect(found['environments/shared.txt']).toBeDefined();
      // get_path_from_repo_root() is relative to the read file's dir, Terragrunt's working dir there.
      expect(found['environments/infra/environments.txt']).toBeDefined();
    }
  });

  it('evaluates each read file once per unit however often it is read, and shares it when it does not use the unit', async () => {
    const reads = Array.from(
      { length: 5 },
      (_, at) =>
        `  c${at} = read_terragrunt_config(find_in_parent_folders("common.hcl"))\n  s${at} = read_terragrunt_config(find_in_parent_folders("static.hcl"))\n`,
    ).join('');
    const tally = new Tally();
    const graph = await graphOf(
      {
        ...COMMON,
        'infra/environments/staging/api/terragrunt.hcl': `locals {\n${reads}}\n`,
        'infra/environments/staging/api/policy.json': '{}',
      },
      tally,
    );
    expect(graph.problems).toEqual([]);
    expect(tally.evaluations).toBe(3);
  });
});
