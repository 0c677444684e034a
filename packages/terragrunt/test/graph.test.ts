import { afterEach, describe, expect, it } from '@jest/globals';
import { fsTreeReader } from '@infra-fleet/git';
import { buildTerragruntGraph, type TerragruntGraph, type TerragruntUnit } from '../src/index.js';
import { tempTree } from './tree.js';

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

function unit(graph: TerragruntGraph, dir: string): TerragruntUnit {
  const found = graph.units.find((candidate) => candidate.dir === `infra/${dir}`);
  if (!found) throw new Error(`no unit ${dir} in ${graph.units.map((u) => u.dir).join(', ')}`);
  return found;
}

/** file -> via, with the infra/ prefix dropped for readability. */
function refs(graph: TerragruntGraph, dir: string): Record<string, string[]> {
  return Object.fromEntries(
    unit(graph, dir).references.map((ref) => [ref.file.replace(/^infra\//, ''), ref.via]),
  );
}

const ROOT = {
  'infra/root.hcl': `
locals {
  common = read_terragrunt_config(find_in_parent_folders("environments/common.hcl"))
  env    = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}
remote_state {
  backend = "s3"
  config  = { key = "\${path_relative_to_include()}/terraform.tfstate", region = local.common.locals.region }
}
inputs = { owners = file("owners.txt") }
`,
  'infra/owners.txt': 'team\n',
  'infra/environments/common.hcl': 'locals {\n  region = "eu-west-2"\n}\n',
  'infra/environments/staging/env.hcl': 'locals {\n  environment = "staging"\n}\n',
  'infra/environments/production/env.hcl': 'locals {\n  environment = "production"\n}\n',
  'infra/permanent/env.hcl': 'locals {\n  environment = "permanent"\n}\n',
  'infra/modules/vpc/main.tf': 'variable "cidr" {}\n',
  'infra/modules/vpc/README.md': '# vpc\n',
};

function unitHcl(source: string, extra = ''): string {
  return `include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\nterraform {\n  source = "${source}"\n}\n${extra}`;
}

describe('includes and read_terragrunt_config', () => {
  it('follows the root include, its reads of env.hcl and common.hcl, and file() relative to root.hcl', async () => {
    const graph = await graphOf({
      ...ROOT,
      'infra/environments/staging/vpc/terragrunt.hcl': unitHcl('../../../modules//vpc'),
    });
    expect(graph.problems).toEqual([]);
    expect(refs(graph, 'environments/staging/vpc')).toEqual({
      'environments/staging/vpc/terragrunt.hcl': [],
      'root.hcl': ['include "root"'],
      'environments/common.hcl': [
        'include "root"',
        'read_terragrunt_config infra/environments/common.hcl',
      ],
      'environments/staging/env.hcl': [
        'include "root"',
        'read_terragrunt_config infra/environments/staging/env.hcl',
      ],
      'owners.txt': ['include "root"', 'file(infra/owners.txt)'],
      'modules/vpc/main.tf': ['terraform.source ../../../modules//vpc'],
      'modules/vpc/README.md': ['terraform.source ../../../modules//vpc'],
    });
    expect(unit(graph, 'environments/staging/vpc').target).toBe('staging');
  });

  it('follows includes of includes and exposes included locals to the child', async () => {
    const graph = await graphOf({
      ...ROOT,
      'infra/_envcommon/vpc.hcl': `
include "root" {
  path = find_in_parent_folders("root.hcl")
}
locals {
  module = "vpc"
  extra  = read_terragrunt_config("\${get_parent_terragrunt_dir()}/extra.hcl")
}
`,
      'infra/_envcommon/extra.hcl': 'locals {\n  tfvars = "common.tfvars"\n}\n',
      'infra/environments/staging/vpc/terragrunt.hcl': `
include "envcommon" {
  path   = "\${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/vpc.hcl"
  expose = true
}
terraform {
  source = "\${get_terragrunt_dir()}/../../../modules//\${include.envcommon.locals.module}"
  extra_arguments "common" {
    commands           = ["plan"]
    required_var_files = ["\${get_terragrunt_dir()}/\${include.envcommon.locals.extra.locals.tfvars}"]
  }
}
`,
    });
    expect(graph.problems).toEqual([]);
    const found = refs(graph, 'environments/staging/vpc');
    expect(found['_envcommon/vpc.hcl']).toEqual(['include "envcommon"']);
    expect(found['root.hcl']).toEqual(['include "envcommon"', 'include "root"']);
    expect(found['_envcommon/extra.hcl']).toEqual([
      'include "envcommon"',
      'read_terragrunt_config infra/_envcommon/extra.hcl',
    ]);
    expect(found['environments/staging/env.hcl']).toHaveLength(3);
    expect(found['modules/vpc/main.tf']).toEqual(['terraform.source infra/modules//vpc']);
    expect(found['environments/staging/vpc/common.tfvars']?.[0]).toMatch(
      /^extra_arguments "common" required_var_files/,
    );
  });

  it('finds the nearest file above the unit, and uses the fallback when there is none', async () => {
    const graph = await graphOf({
      ...ROOT,
      'infra/environments/staging/team/env.hcl': 'locals {\n  environment = "staging-team"\n}\n',
      'infra/environments/staging/team/app/terragrunt.hcl': unitHcl(
        '../../../../modules//vpc',
        'locals {\n  opt = read_terragrunt_config(find_in_parent_folders("optional.hcl", "none.hcl"), {})\n}\n',
      ),
    });
    expect(graph.problems).toEqual([]);
    const found = refs(graph, 'environments/staging/team/app');
    expect(found['environments/staging/team/env.hcl']).toBeDefined();
    expect(found['environments/staging/env.hcl']).toBeUndefined();
    expect(found['environments/staging/team/app/none.hcl']).toEqual([
      'read_terragrunt_config infra/environments/staging/team/app/none.hcl',
    ]);
  });

  it('evaluates the include path functions in the unit context', async () => {
    const graph = await graphOf({
      'infra/root.hcl': `
inputs = {
  a = file("\${get_parent_terragrunt_dir()}/vars/\${path_relative_to_include()}.yaml")
  b = file(format("%s/%s/from.txt", get_terragrunt_dir(), path_relative_from_include()))
  c = file("\${get_repo_root()}/\${get_path_from_repo_root()}/\${basename(get_original_terragrunt_dir())}.txt")
}
`,
      'infra/environments/staging/app/terragrunt.hcl':
        'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n',
    });
    expect(graph.problems).toEqual([]);
    expect(Object.keys(refs(graph, 'environments/staging/app'))).toEqual(
      expect.arrayContaining([
        'vars/environments/staging/app.yaml',
        'from.txt',
        'environments/staging/app/app.txt',
      ]),
    );
  });

  it('treats a terragrunt.hcl that units include (the legacy root) as a root, not a unit', async () => {
    const graph = await graphOf({
      'infra/terragrunt.hcl': 'locals {\n  x = 1\n}\n',
      'infra/environments/staging/app/terragrunt.hcl':
        'include {\n  path = find_in_parent_folders()\n}\n',
    });
    expect(graph.units.map((u) => u.dir)).toEqual(['infra/environments/staging/app']);
    expect(refs(graph, 'environments/staging/app')['terragrunt.hcl']).toEqual(['include']);
  });
});

describe('dependencies and sources', () => {
  it('records dependency and dependencies blocks as unit dirs and references', async () => {
    const graph = await graphOf({
      ...ROOT,
      'infra/environments/staging/vpc/terragrunt.hcl': unitHcl('../../../modules//vpc'),
      'infra/environments/staging/dns/terragrunt.hcl': unitHcl('../../../modules//vpc'),
      'infra/environments/staging/eks/terragrunt.hcl': unitHcl(
        '../../../modules//vpc',
        'dependency "vpc" {\n  config_path = "../vpc"\n  mock_outputs = { id = "x" }\n}\ndependencies {\n  paths = ["../dns"]\n}\ninputs = { vpc = dependency.vpc.outputs.id }\n',
      ),
    });
    expect(graph.problems).toEqual([]);
    expect(unit(graph, 'environments/staging/eks').dependencies).toEqual([
      'infra/environments/staging/vpc',
      'infra/environments/staging/dns',
    ]);
    const found = refs(graph, 'environments/staging/eks');
    expect(found['environments/staging/vpc/terragrunt.hcl']).toEqual(['dependency "vpc"']);
    expect(found['environments/staging/dns/terragrunt.hcl']).toEqual(['dependencies ../dns']);
  });

  it('follows nested local modules recursively, cycle-safe, and not remote ones', async () => {
    const graph = await graphOf({
      ...ROOT,
      'infra/modules/eks/main.tf':
        'module "sub" {\n  source = "./sub"\n}\nmodule "registry" {\n  source = "terraform-aws-modules/eks/aws"\n}\n',
      'infra/modules/eks/sub/main.tf': 'module "other" {\n  source = "../../other"\n}\n',
      'infra/modules/eks/sub/policy.tpl': '{}',
      'infra/modules/eks/sub/files/ignored.txt': 'not referenced',
      'infra/modules/other/main.tf':
        'module "back" {\n  source = "../eks/sub"\n}\nlocals {\n  p = templatefile("${path.module}/tpl/p.json", {})\n}\n',
      'infra/modules/other/tpl/p.json': '{}',
      'infra/modules/other/tpl/unused.json': '{}',
      'infra/modules/other/calls.tf.json':
        '{"module": {"from_json": {"source": "../json-target"}}}',
      'infra/modules/json-target/main.tf': 'variable "x" {}\n',
      'infra/environments/staging/eks/terragrunt.hcl': unitHcl('../../../modules//eks'),
      'infra/environments/staging/remote/terragrunt.hcl': unitHcl(
        'git::https://example.com/modules.git//eks?ref=v1',
      ),
      'infra/environments/staging/registry/terragrunt.hcl': unitHcl(
        'tfr:///terraform-aws-modules/vpc/aws?version=5.0.0',
      ),
    });
    expect(graph.problems).toEqual([]);
    const found = refs(graph, 'environments/staging/eks');
    const hop = 'terraform.source ../../../modules//eks';
    expect(found['modules/eks/main.tf']).toEqual([hop]);
    expect(found['modules/eks/sub/policy.tpl']).toEqual([hop, 'module "sub" (source ./sub)']);
    expect(found['modules/other/main.tf']).toEqual([
      hop,
      'module "sub" (source ./sub)',
      'module "other" (source ../../other)',
    ]);
    expect(found['modules/other/tpl/p.json']).toEqual([
      ...found['modules/other/main.tf']!,
      'templatefile(infra/modules/other/tpl/p.json)',
    ]);
    expect(found['modules/json-target/main.tf']?.at(-1)).toBe(
      'module "from_json" (source ../json-target)',
    );
    expect(found['modules/eks/sub/files/ignored.txt']).toBeUndefined();
    expect(found['modules/other/tpl/unused.json']).toBeUndefined();
    for (const dir of ['environments/staging/remote', 'environments/staging/registry']) {
      expect(Object.keys(refs(graph, dir)).filter((file) => file.startsWith('modules/'))).toEqual(
        [],
      );
    }
  });

  it('follows var files, -var-file arguments, file() and templatefile() in the unit', async () => {
    const graph = await graphOf({
      ...ROOT,
      'infra/environments/staging/app/terragrunt.hcl': unitHcl(
        '../../../modules//vpc',
        `
terraform {
  extra_arguments "vars" {
    commands           = ["plan"]
    required_var_files = ["\${get_terragrunt_dir()}/../shared.tfvars"]
    optional_var_files = ["\${get_terragrunt_dir()}/optional.tfvars"]
    arguments          = ["-var-file=\${get_repo_root()}/infra/global.tfvars", "-lock=false"]
  }
}
inputs = {
  policy = jsondecode(file("policy.json"))
  script = templatefile("\${get_terragrunt_dir()}/tpl/init.sh", { env = "staging" })
  marker = mark_as_read("read-me.txt")
}
`,
      ),
    });
    expect(graph.problems).toEqual([]);
    const found = refs(graph, 'environments/staging/app');
    expect(found['environments/staging/shared.tfvars']).toBeDefined();
    expect(found['environments/staging/app/optional.tfvars']).toBeDefined();
    expect(found['global.tfvars']?.[0]).toMatch(/^extra_arguments "vars" arguments/);
    expect(found['environments/staging/app/policy.json']).toEqual([
      'file(infra/environments/staging/app/policy.json)',
    ]);
    expect(found['environments/staging/app/tpl/init.sh']).toEqual([
      'templatefile(infra/environments/staging/app/tpl/init.sh)',
    ]);
    expect(found['environments/staging/app/read-me.txt']).toEqual([
      'mark_as_read infra/environments/staging/app/read-me.txt',
    ]);
  });

  it('treats a unit without terraform.source as its own module and follows its local module calls', async () => {
    const graph = await graphOf({
      ...ROOT,
      'infra/environments/staging/inline/terragrunt.hcl':
        'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n',
      'infra/environments/staging/inline/main.tf':
        'module "vpc" {\n  source = "../../../modules/vpc"\n}\n',
    });
    expect(graph.problems).toEqual([]);
    expect(refs(graph, 'environments/staging/inline')['modules/vpc/main.tf']).toEqual([
      'terraform (no source: the unit dir is the module)',
      'module "vpc" (source ../../../modules/vpc)',
    ]);
  });

  it('sets targets: environments/<env>, permanent, else the first dir under the root', async () => {
    const graph = await graphOf({
      ...ROOT,
      'infra/environments/production/vpc/terragrunt.hcl': unitHcl('../../../modules//vpc'),
      'infra/permanent/ecr/terragrunt.hcl': unitHcl('../../modules//vpc'),
      'infra/sandbox/vpc/terragrunt.hcl': 'terraform {\n  source = "../../modules//vpc"\n}\n',
      'infra/environments/staging/vpc/.terragrunt-cache/x/terragrunt.hcl': 'broken {{{',
    });
    expect(graph.units.map((u) => [u.dir.replace('infra/', ''), u.target])).toEqual([
      ['environments/production/vpc', 'production'],
      ['permanent/ecr', 'permanent'],
      ['sandbox/vpc', 'sandbox'],
    ]);
    expect(refs(graph, 'permanent/ecr')['permanent/env.hcl']).toBeDefined();
  });
});
