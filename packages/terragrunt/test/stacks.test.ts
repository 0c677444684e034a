import { describe, expect, it } from '@jest/globals';
import { Tally } from '../src/index.js';
import { graphOf, problems, refs, ROOT_INCLUDE, unit } from './graphs.js';

const LIVE = {
  'infra/root.hcl':
    'locals {\n  region = read_terragrunt_config(find_in_parent_folders("region.hcl"))\n}\nremote_state {\n  backend = "s3"\n  config  = { key = "${path_relative_to_include()}/tf.tfstate" }\n}\n',
  'infra/environments/staging/region.hcl': 'locals {\n  region = "eu-west-2"\n}\n',
  'infra/environments/staging/account.hcl': 'locals {\n  name = "staging"\n}\n',
  'infra/environments/staging/vpc/terragrunt.hcl': 'terraform {\n  source = "."\n}\n',
  'infra/environments/staging/dns/terragrunt.hcl': 'terraform {\n  source = "."\n}\n',
  'modules/db/main.tf': 'variable "name" {}\n',
  'modules/db/nested/extra.tf': 'variable "y" {}\n',
  'modules/svc/main.tf': 'variable "s" {}\n',
};

/** A catalog outside the infrastructure root, as a separate catalog repository would be. */
const CATALOG = {
  'catalog/units/db/terragrunt.hcl': `${ROOT_INCLUDE}terraform {\n  source = "\${get_repo_root()}/modules//db"\n}\ninputs = { name = values.name }\n`,
  'catalog/units/db/README.md': '# db\n',
  'catalog/units/db/templates/policy.tpl': '{}',
  'catalog/units/svc/terragrunt.hcl': [
    ROOT_INCLUDE,
    // Relative to this catalog dir, not to where the unit is generated.
    'terraform {\n  source = "../../..//modules/svc"\n  update_source_with_cas = true\n}\n',
    'dependency "db" {\n  config_path  = values.db_path\n  mock_outputs = { id = "x" }\n}\n',
    'dependency "vpc" {\n  config_path = "${get_repo_root()}/infra/environments/staging/vpc"\n}\n',
  ].join(''),
  'catalog/units/svc/main.tf': 'variable "x" {}\n',
  'catalog/stacks/pair/terragrunt.stack.hcl': [
    'unit "db" {\n  source = "../../units/db"\n  update_source_with_cas = true\n  path = "db"\n  values = { name = "${values.name}-pair" }\n}\n',
    'unit "svc" {\n  source = "../../units/svc"\n  update_source_with_cas = true\n  path = "svc"\n  values = { db_path = unit.db.path }\n}\n',
  ].join(''),
};

const STACK = [
  'locals {\n  account = read_terragrunt_config(find_in_parent_folders("account.hcl"))\n}\n',
  'unit "db" {\n  source = "../../../../catalog/units/db"\n  path   = "db"\n  values = { name = local.account.locals.name }\n',
  // Merged into the generated unit: paths relative to it, unit.*/stack.* as generated dirs.
  '  autoinclude {\n    dependency "dns" {\n      config_path = "../../../dns"\n    }\n    dependency "pair" {\n      config_path = stack.pair.path\n    }\n  }\n}\n',
  'stack "pair" {\n  source = "../../../../catalog/stacks/pair"\n  path   = "pair"\n  values = { name = "p" }\n}\n',
  'unit "remote" {\n  source = "git::https://example.com/catalog.git//units/x?ref=v1"\n  path   = "remote"\n}\n',
].join('');

describe('terragrunt.stack.hcl', () => {
  it('is a node standing for the units it generates, evaluated where Terragrunt generates them', async () => {
    const graph = await graphOf({
      ...LIVE,
      ...CATALOG,
      'infra/environments/staging/app/terragrunt.stack.hcl': STACK,
      'infra/environments/staging/consumer/terragrunt.hcl':
        'dependency "db" {\n  config_path = "../app/.terragrunt-stack/db"\n}\n',
    });
    expect(graph.problems).toEqual([]);
    expect(
      graph.units.map((node) => [node.kind, node.dir.replace('infra/', ''), node.target]),
    ).toEqual([
      ['stack', 'environments/staging/app', 'staging'],
      ['unit', 'environments/staging/consumer', 'staging'],
      ['unit', 'environments/staging/dns', 'staging'],
      ['unit', 'environments/staging/vpc', 'staging'],
    ]);
    const found = Object.fromEntries(
      unit(graph, 'environments/staging/app').references.map((ref) => [ref.file, ref.via]),
    );
    expect(found['infra/environments/staging/app/terragrunt.stack.hcl']).toEqual([]);
    const db = 'unit "db" (source ../../../../catalog/units/db)';
    // Every file of a local source is copied, so every one is a reference.
    for (const file of ['terragrunt.hcl', 'README.md', 'templates/policy.tpl'])
      expect(found[`catalog/units/db/${file}`]).toEqual([db]);
    // find_in_parent_folders from .terragrunt-stack/db reaches root.hcl and region.hcl above the stack.
    expect(found['infra/root.hcl']).toEqual([db, 'include "root"']);
    expect(found['infra/environments/staging/region.hcl']).toEqual([
      db,
      'include "root"',
      'read_terragrunt_config infra/environments/staging/region.hcl',
    ]);
    expect(found['infra/environments/staging/account.hcl']).toEqual([
      'read_terragrunt_config infra/environments/staging/account.hcl',
    ]);
    expect(found['modules/db/nested/extra.tf']).toEqual([db, 'terraform.source modules//db']);
    const pair = 'stack "pair" (source ../../../../catalog/stacks/pair)';
    expect(found['catalog/stacks/pair/terragrunt.stack.hcl']).toEqual([pair]);
    const svc = 'unit "svc" (source ../../units/svc)';
    expect(found['catalog/units/svc/main.tf']).toEqual([pair, svc]);
    expect(found['modules/svc/main.tf']).toEqual([
      pair,
      svc,
      'terraform.source ../../..//modules/svc',
    ]);
    expect(Object.keys(found).some((file) => file.includes('.terragrunt-stack'))).toBe(false);
    const app = unit(graph, 'environments/staging/app');
    // Its own units and stacks are not dependencies; the units outside it are.
    expect(app.dependencies.sort()).toEqual([
      'infra/environments/staging/dns',
      'infra/environments/staging/vpc',
    ]);
    expect(app.mockOutputs).toEqual([{ dependency: 'pair/svc/db', allowedCommands: ['*'] }]);
    // A dependency on a unit the stack generates is one on the stack.
    expect(unit(graph, 'environments/staging/consumer').dependencies).toEqual([
      'infra/environments/staging/app',
    ]);
    expect(refs(graph, 'environments/staging/consumer')).toMatchObject({
      'catalog/units/db/terragrunt.hcl': ['dependency "db"'],
    });
  });

  it('follows a stack file that its include blocks extend, and no_dot_terragrunt_stack', async () => {
    const graph = await graphOf({
      ...LIVE,
      ...CATALOG,
      'infra/environments/staging/app/terragrunt.stack.hcl':
        'locals {\n  units = "../../../../catalog/units"\n}\ninclude "more" {\n  path = "more.stack.hcl"\n}\n',
      'infra/environments/staging/app/more.stack.hcl':
        'unit "db" {\n  source = "${local.units}/db"\n  path = "db"\n  no_dot_terragrunt_stack = true\n  values = { name = "x" }\n}\n',
      'infra/environments/staging/consumer/terragrunt.hcl':
        'dependency "db" {\n  config_path = "../app/db"\n}\n',
    });
    expect(graph.problems).toEqual([]);
    const found = refs(graph, 'environments/staging/app');
    expect(found['environments/staging/app/more.stack.hcl']).toEqual(['include "more"']);
    expect(Object.keys(found)).toContain('catalog/units/db/README.md');
    // Generated into the stack dir itself, not under .terragrunt-stack.
    expect(unit(graph, 'environments/staging/consumer').dependencies).toEqual([
      'infra/environments/staging/app',
    ]);
  });

  it('reports what it cannot follow for that stack only; remote sources are ignored', async () => {
    const files = {
      ...LIVE,
      ...CATALOG,
      'infra/environments/staging/app/terragrunt.stack.hcl': STACK,
      'infra/environments/staging/broken/terragrunt.stack.hcl':
        'unit "x" {\n  source = get_env("UNIT_SOURCE")\n  path = "x"\n}\nunit "y" {\n  source = "../../../../catalog/units/db"\n  path = "../../escape"\n}\n',
      'infra/environments/staging/both/terragrunt.hcl': 'terraform {\n  source = "."\n}\n',
      'infra/environments/staging/both/terragrunt.stack.hcl': STACK,
    };
    const graph = await graphOf(files, new Tally(), (tree) =>
      tree.link(
        'infra/environments/staging/linked/terragrunt.stack.hcl',
        '../app/terragrunt.stack.hcl',
      ),
    );
    expect(unit(graph, 'environments/staging/linked').kind).toBe('stack');
    expect(problems(graph)).toEqual([
      expect.stringMatching(
        /^environments\/staging\/both: .* holds both terragrunt.hcl and terragrunt.stack.hcl/,
      ),
      expect.stringMatching(
        /^environments\/staging\/broken: unit "x" source .* could not be evaluated: get_env/,
      ),
      expect.stringMatching(
        /^environments\/staging\/broken: unit "y" path "..\/..\/escape" .* leaves the stack dir/,
      ),
      expect.stringMatching(
        /^environments\/staging\/linked: .*terragrunt.stack.hcl is a symlink, which change detection does not follow/,
      ),
    ]);
  });

  it('bounds a stack that generates itself, with a problem for that stack', async () => {
    const tally = new Tally();
    const graph = await graphOf(
      {
        ...LIVE,
        'infra/environments/staging/loop/terragrunt.stack.hcl':
          'stack "a" {\n  source = "."\n  path = "a"\n}\nstack "b" {\n  source = "."\n  path = "b"\n}\n',
      },
      tally,
    );
    expect(problems(graph)).toEqual([
      expect.stringMatching(
        /^environments\/staging\/loop: .* generates more than 500 units and stacks, or nests stacks more than 16 deep; change detection stops generating there/,
      ),
    ]);
    expect(tally.evaluations).toBeLessThanOrEqual(2 + 500 + 16);
  });
});
