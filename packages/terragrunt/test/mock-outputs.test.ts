import { afterEach, describe, expect, it } from '@jest/globals';
import { fsTreeReader } from '@infra-fleet/git';
import { buildTerragruntGraph } from '../src/index.js';
import { tempTree } from './tree.js';

type Tree = Awaited<ReturnType<typeof tempTree>>;
let tree: Tree | undefined;
afterEach(async () => {
  await tree?.remove();
  tree = undefined;
});

async function mocksOf(config: string) {
  tree = await tempTree({
    'infra/env/vpc/terragrunt.hcl': '',
    'infra/env/app/terragrunt.hcl': config,
  });
  const graph = await buildTerragruntGraph(fsTreeReader(tree.root), 'infra');
  return graph.units.find((unit) => unit.dir === 'infra/env/app')?.mockOutputs;
}

describe('mock outputs in the unit graph', () => {
  it('lists the commands a dependency allows its mocks for', async () => {
    const mocks = await mocksOf(`
dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = { id = "vpc-mock" }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}`);
    expect(mocks).toEqual([{ dependency: 'vpc', allowedCommands: ['init', 'validate', 'plan'] }]);
  });

  it('treats mocks without an allow-list as allowed for every command', async () => {
    const mocks = await mocksOf(`
dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = { id = "vpc-mock" }
}`);
    expect(mocks).toEqual([{ dependency: 'vpc', allowedCommands: ['*'] }]);
  });

  it('reports an allow-list it cannot evaluate as unknown', async () => {
    const mocks = await mocksOf(`
dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = { id = "vpc-mock" }
  mock_outputs_allowed_terraform_commands = [get_env("MOCK_CMD")]
}`);
    expect(mocks).toEqual([{ dependency: 'vpc', allowedCommands: 'unknown' }]);
  });

  it('ignores dependencies without mocks', async () => {
    expect(await mocksOf('dependency "vpc" {\n  config_path = "../vpc"\n}\n')).toEqual([]);
  });
});
