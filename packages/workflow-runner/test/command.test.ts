import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runWorkflowCommand } from '../src/index.js';
import { parseRunArgs } from '../src/args.js';

const checkout = mkdtempSync(join(tmpdir(), 'run-command-'));

beforeAll(() => {
  mkdirSync(join(checkout, '.github/workflows'), { recursive: true });
  writeFileSync(
    join(checkout, '.github/workflows/hello.yml'),
    `name: hello
on:
  workflow_dispatch:
    inputs:
      who: { type: string, required: true }
permissions: {}
jobs:
  greet:
    runs-on: ubuntu-24.04
    steps:
      - name: Greet
        env:
          WHO: \${{ inputs.who }}
          PLACE: \${{ vars.PLACE }}
          KEY: \${{ secrets.KEY }}
        run: echo "hello $WHO from $PLACE with $KEY"
      - name: Fail when asked
        if: inputs.who == 'nobody'
        run: exit 1
`,
  );
});
afterAll(() => rmSync(checkout, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), cwd: checkout, isTTY: false } }; // prettier-ignore
}

describe('infra-fleet run', () => {
  it('runs a workflow file with inputs, vars and secrets, one line per change, then the summary', async () => {
    const { out, io: sink } = io();
    const logs = join(checkout, 'logs');
    const code = await runWorkflowCommand(['.github/workflows/hello.yml', '--input', 'who=world', '--var', 'PLACE=here', '--secret', 'KEY=s3cret', '--no-live', '--logs', logs], sink); // prettier-ignore
    const text = out.join('');
    expect(code).toBe(0);
    expect(text).toMatch(/greet: ✓ Greet \(\d+\.\ds\)/);
    expect(text).toMatch(/\.github\/workflows\/hello\.yml: success in/);
    expect(text).toContain(`logs: ${logs}/run-`);
    expect(text).not.toContain('s3cret');
  });

  it('exits 1 when the run fails and 2 on a usage error', async () => {
    const failed = io();
    expect(await runWorkflowCommand(['.github/workflows/hello.yml', '--input', 'who=nobody', '--no-live'], failed.io)).toBe(1); // prettier-ignore
    expect(failed.out.join('')).toMatch(/failure: Fail when asked/);
    const usage = io();
    expect(await runWorkflowCommand(['--input', 'x'], usage.io)).toBe(2);
    expect(usage.err.join('')).toMatch(/--input takes NAME=VALUE|Name one workflow file/);
  });

  it('parses repeatable flags and reviewers', () => {
    expect(parseRunArgs(['w.yml', '--reviewers', 'production=maria,sam', '--approve', 'production=maria'])).toMatchObject({ reviewers: { production: ['maria', 'sam'] }, approve: { production: 'maria' }, event: 'workflow_dispatch', live: true }); // prettier-ignore
  });
});
