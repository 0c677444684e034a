import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temp dir to write a tree into; remove() cleans it up. */
export async function tempTree(files: Record<string, string> = {}) {
  const root = await mkdtemp(join(tmpdir(), 'tg-graph-'));
  const tree = {
    root,
    async write(entries: Record<string, string>) {
      for (const [path, text] of Object.entries(entries)) {
        await mkdir(dirname(join(root, path)), { recursive: true });
        await writeFile(join(root, path), text);
      }
    },
    async link(path: string, target: string) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await symlink(target, join(root, path));
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
  await tree.write(files);
  return tree;
}

/** A repo of `envs` environments x `units` units over `modules` shared modules (each calling a nested local module). */
export function syntheticInfra(envs: number, units: number, modules = 10): Record<string, string> {
  const files: Record<string, string> = {
    'infra/root.hcl': [
      'locals {',
      '  env    = read_terragrunt_config(find_in_parent_folders("env.hcl"))',
      '  common = read_terragrunt_config(find_in_parent_folders("environments/common.hcl"))',
      '}',
      'remote_state {',
      '  backend = "s3"',
      '  config  = { key = "${path_relative_to_include()}/terraform.tfstate", region = local.common.locals.region }',
      '}',
    ].join('\n'),
    'infra/environments/common.hcl': 'locals {\n  region = "eu-west-2"\n}\n',
  };
  for (let m = 0; m < modules; m++) {
    files[`infra/modules/m${m}/main.tf`] =
      `module "shared" {\n  source = "../shared"\n}\nvariable "name" {}\n`;
    files[`infra/modules/m${m}/outputs.tf`] = 'output "id" {\n  value = "x"\n}\n';
  }
  files['infra/modules/shared/main.tf'] = 'variable "x" {\n  default = 1\n}\n';
  for (let e = 0; e < envs; e++) {
    files[`infra/environments/env${e}/env.hcl`] = `locals {\n  environment = "env${e}"\n}\n`;
    for (let u = 0; u < units; u++)
      files[`infra/environments/env${e}/u${u}/terragrunt.hcl`] = unitConfig(u, modules);
  }
  return files;
}

function unitConfig(u: number, modules: number): string {
  const dependency =
    u === 0
      ? ''
      : `dependency "previous" {\n  config_path = "../u${u - 1}"\n  mock_outputs = { id = "x" }\n}\n`;
  return [
    'include "root" {',
    '  path = find_in_parent_folders("root.hcl")',
    '}',
    'terraform {',
    `  source = "../../../modules//m${u % modules}"`,
    '}',
    dependency,
    'inputs = {',
    `  name = "u${u}"`,
    '}',
  ].join('\n');
}
