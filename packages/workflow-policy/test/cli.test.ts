import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FIXTURES, REPO } from './helpers.js';

const CLI = path.resolve(import.meta.dirname, '../src/cli.ts');

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'workflow-policy-cli-'));
  await writeFile(path.join(root, 'package.json'), '{ "name": "infra-fleet" }\n');
  for (const action of ['bump-overlay-tag', 'detect-changed-envs']) {
    await mkdir(path.join(root, 'actions', action), { recursive: true });
    await cp(
      path.join(REPO, 'actions', action, 'action.yml'),
      path.join(root, 'actions', action, 'action.yml'),
    );
  }
  await mkdir(path.join(root, '.github/workflows'), { recursive: true });
  await cp(path.join(FIXTURES, 'clean.yml'), path.join(root, '.github/workflows/clean.yml'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      CLI,
      '--root',
      root,
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('lint:workflows', () => {
  it('passes a repository that follows every rule', async () => {
    expect(await cli()).toEqual({ code: 0, stdout: '0 findings in 3 files\n', stderr: '' });
  });

  it('prints file:line rule message and a count, and exits 1', async () => {
    await cp(
      path.join(FIXTURES, 'secrets-inherit.yml'),
      path.join(root, '.github/workflows/inherit.yml'),
    );
    const result = await cli('--no-external');
    await rm(path.join(root, '.github/workflows/inherit.yml'));
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      '.github/workflows/inherit.yml:6 reusable-workflow-inputs ./.github/workflows/reusable-callee.yml: there is no workflow at .github/workflows/reusable-callee.yml',
      '.github/workflows/inherit.yml:10 secrets-inherit job call passes every secret (secrets: inherit); pass only the ones the called workflow declares',
      '2 findings in 4 files',
      '',
    ]);
  });

  it('checks the files it is given, with JSON output', async () => {
    const fixture = path.join(root, 'fixture.yml');
    await cp(path.join(FIXTURES, 'pull-request-target.yml'), fixture);
    const result = await cli('--format', 'json', fixture);
    const report = JSON.parse(result.stdout) as {
      files: string[];
      findings: Array<{ rule: string }>;
    };
    expect(result.code).toBe(1);
    expect(report.files).toEqual(['fixture.yml']);
    expect(report.findings.map((item) => item.rule)).toEqual([
      'forbidden-trigger',
      'untrusted-checkout',
    ]);
  });

  it('refuses files outside the repository and bad options with exit code 2', async () => {
    const outside = await cli(path.join(FIXTURES, 'clean.yml'));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is outside the repository');
    expect((await cli('--format', 'xml')).stderr).toContain('--format "xml" is not text or json');
  });
});
