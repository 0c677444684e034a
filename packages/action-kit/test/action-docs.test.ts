import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  parseActionMetadata,
  renderInputsTable,
  renderOutputsTable,
  updateActionReadme,
} from '../src/index.js';

const ACTION_YML = `name: Demo
description: Demo action
inputs:
  overlay:
    description: |
      Overlay directory,
      relative to the root.
    required: true
  mode:
    description: push or dry-run
    required: false
    default: push
  token:
    description: Token with a | pipe and <angle> brackets, \`a|b\` in code, and a\\.b
    default: \${{ github.token }}
  allow-downgrade:
    description: Allow it.
    default: false
outputs:
  changed:
    description: true when a commit was made.
  current:
    description: JSON map image -> tag.
runs:
  using: node24
  main: dist/index.js
`;

const README = `# Demo

## Inputs

<!-- action-docs:inputs -->
stale
<!-- /action-docs:inputs -->

## Outputs

<!-- action-docs:outputs -->
<!-- /action-docs:outputs -->

Footer.
`;

const metadata = parseActionMetadata(ACTION_YML);

describe('parseActionMetadata', () => {
  it('reads inputs, outputs and runs with types normalised', () => {
    expect(metadata.inputs.overlay).toEqual({
      description: 'Overlay directory,\nrelative to the root.\n',
      required: true,
    });
    expect(metadata.inputs['allow-downgrade']).toEqual({
      description: 'Allow it.',
      required: false,
      default: 'false',
    });
    expect(Object.keys(metadata.outputs)).toEqual(['changed', 'current']);
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('names the file when the YAML is broken', () => {
    expect(() => parseActionMetadata('inputs: [', 'actions/x/action.yml')).toThrow(
      /^actions\/x\/action\.yml is not valid YAML: Flow sequence .* at line 1, column 10:$/,
    );
  });
});

describe('tables', () => {
  it('renders inputs: name and default in backticks, description on one line', () => {
    expect(renderInputsTable(metadata.inputs).split('\n')).toEqual([
      '| Name | Required | Default | Description |',
      '| --- | --- | --- | --- |',
      '| `overlay` | yes |  | Overlay directory, relative to the root. |',
      '| `mode` | no | `push` | push or dry-run |',
      '| `token` | no | `${{ github.token }}` | Token with a \\| pipe and &lt;angle&gt; brackets, `a\\|b` in code, and a\\\\.b |',
      '| `allow-downgrade` | no | `false` | Allow it. |',
    ]);
  });

  it('renders outputs and says when there are none', () => {
    expect(renderOutputsTable(metadata.outputs)).toBe(
      '| Name | Description |\n| --- | --- |\n| `changed` | true when a commit was made. |\n| `current` | JSON map image -&gt; tag. |',
    );
    expect(renderInputsTable({})).toBe('_This action has no inputs._');
    expect(renderOutputsTable({})).toBe('_This action has no outputs._');
  });
});

describe('updateActionReadme', () => {
  it('replaces only the marked blocks and reports which changed', () => {
    const first = updateActionReadme(README, metadata);
    expect(first.changed).toEqual(['inputs', 'outputs']);
    expect(first.text).toContain('<!-- action-docs:inputs -->\n\n| Name | Required |');
    expect(first.text).toContain('tag. |\n\n<!-- /action-docs:outputs -->\n\nFooter.\n');
    expect(first.text).not.toContain('stale');
    expect(first.text.startsWith('# Demo\n\n## Inputs\n\n')).toBe(true);
    expect(updateActionReadme(first.text, metadata)).toEqual({ text: first.text, changed: [] });
  });

  it('reports just the block that differs', () => {
    const { text } = updateActionReadme(README, metadata);
    const edited = text.replace('push or dry-run', 'push or dry run');
    expect(updateActionReadme(edited, metadata).changed).toEqual(['inputs']);
  });

  it('names the file and the marker when one is missing', () => {
    const readme = README.replace('<!-- /action-docs:outputs -->', '');
    expect(() => updateActionReadme(readme, metadata, 'actions/demo/README.md')).toThrow(
      'actions/demo/README.md has no <!-- action-docs:outputs --> ... <!-- /action-docs:outputs --> block.',
    );
  });
});

describe('scripts/docs.ts', () => {
  const root = mkdtempSync(join(tmpdir(), 'docs-test-'));
  const script = resolve(import.meta.dirname, '../../../scripts/docs.ts');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function addAction(name: string, readme: string): string {
    mkdirSync(join(root, 'actions', name), { recursive: true });
    writeFileSync(join(root, 'actions', name, 'action.yml'), ACTION_YML);
    writeFileSync(join(root, 'actions', name, 'README.md'), readme);
    return join(root, 'actions', name, 'README.md');
  }

  async function docs(...args: string[]): Promise<{ code: number; out: string }> {
    const argv = ['--import', 'tsx', script, '--root', root, ...args];
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, argv);
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const failure = error as { code: number; stdout: string; stderr: string };
      return { code: failure.code, out: failure.stdout + failure.stderr };
    }
  }

  it('--check lists stale READMEs, write mode fixes them, then --check passes', async () => {
    const alpha = addAction('alpha', README);
    const beta = addAction('beta', updateActionReadme(README, metadata).text);
    const stale = await docs('--check');
    expect(stale.code).toBe(1);
    expect(stale.out).toContain('actions/alpha/README.md: inputs and outputs block(s) out of date');
    expect(stale.out).not.toContain('actions/beta');
    expect(readFileSync(alpha, 'utf8')).toBe(README);

    const written = await docs();
    expect(written).toEqual({
      code: 0,
      out: 'actions/alpha/README.md: regenerated inputs and outputs\n',
    });
    expect(readFileSync(alpha, 'utf8')).toBe(readFileSync(beta, 'utf8'));
    expect((await docs('--check')).code).toBe(0);
  });

  it('fails naming the README whose markers are missing', async () => {
    addAction('gamma', '# Gamma\n');
    const result = await docs('--check');
    expect(result.code).toBe(1);
    expect(result.out).toContain('actions/gamma/README.md has no <!-- action-docs:inputs -->');
    expect(result.out).toContain('Hint: Add both markers');
  });
});
