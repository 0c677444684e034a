import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TerragruntGraph } from '../src/index.js';
import { tempTree } from './tree.js';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '../../..');
const NCC = join(REPO, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const cleanup: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const clean of cleanup) await clean();
});

describe('bundled with ncc, as actions are', () => {
  it('ships the WASM parser next to the bundle and parses with it from anywhere', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tg-bundle-'));
    cleanup.push(() => rm(out, { recursive: true, force: true }));
    const entry = join(import.meta.dirname, 'fixtures/bundle-entry.ts');
    // --transpile-only: typechecking is tsc's job, this test is about emitted assets.
    await run(
      process.execPath,
      [NCC, 'build', entry, '--transpile-only', '--no-cache', '--quiet', '-o', out],
      {
        cwd: REPO,
      },
    );
    expect(existsSync(join(out, 'main.wasm.gz'))).toBe(true);
    const tree = await tempTree({
      'infra/root.hcl': 'locals {\n  region = "eu-west-2"\n}\n',
      'infra/modules/vpc/main.tf': 'module "sub" {\n  source = "./sub"\n}\n',
      'infra/modules/vpc/sub/main.tf': 'variable "x" {}\n',
      'infra/environments/staging/vpc/terragrunt.hcl':
        'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\nterraform {\n  source = "../../../modules//vpc"\n}\n',
    });
    cleanup.push(tree.remove);
    const { stdout } = await run(process.execPath, [join(out, 'index.js'), tree.root, 'infra'], {
      cwd: tmpdir(),
    });
    const graph = JSON.parse(stdout) as TerragruntGraph;
    expect(graph.problems).toEqual([]);
    expect(graph.units[0]!.references.map((ref) => ref.file)).toEqual([
      'infra/environments/staging/vpc/terragrunt.hcl',
      'infra/root.hcl',
      'infra/modules/vpc/main.tf',
      'infra/modules/vpc/sub/main.tf',
    ]);
  });
});
