import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { parseOutputFile } from '@infra-fleet/testkit';
import { formatOutput, maskSecret, writeOutputs } from '../src/index.js';

let dir: string;
const saved = process.env.GITHUB_OUTPUT;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'outputs-test-'));
  process.env.GITHUB_OUTPUT = join(dir, 'output');
  writeFileSync(process.env.GITHUB_OUTPUT, '');
});

afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_OUTPUT;
  else process.env.GITHUB_OUTPUT = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('writeOutputs', () => {
  it('writes every value so the runner reads it back unchanged', () => {
    writeOutputs({
      changed: true,
      attempts: 3,
      'commit-sha': 'abc123',
      diff: '--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y',
      current: { web: { tag: 'v1.2.3', digest: null } },
      list: ['staging', 'production'],
      empty: '',
      missing: undefined,
      none: null,
    });
    const text = readFileSync(join(dir, 'output'), 'utf8');
    expect(parseOutputFile(text)).toEqual({
      changed: 'true',
      attempts: '3',
      'commit-sha': 'abc123',
      diff: '--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y',
      current: '{"web":{"tag":"v1.2.3","digest":null}}',
      list: '["staging","production"]',
      empty: '',
      missing: '',
      none: '',
    });
  });

  it('keeps a value that looks like the heredoc protocol intact', () => {
    writeOutputs({ tricky: 'EOF\nname<<EOF\nx=y\n' });
    expect(parseOutputFile(readFileSync(join(dir, 'output'), 'utf8')).tricky).toBe(
      'EOF\nname<<EOF\nx=y\n',
    );
  });
});

describe('formatOutput', () => {
  it.each([
    [false, 'false'],
    [0, '0'],
    ['text', 'text'],
    [[], '[]'],
    [{}, '{}'],
  ])('formats %j as %j', (value, expected) => {
    expect(formatOutput(value)).toBe(expected);
  });
});

describe('maskSecret', () => {
  function masks(value: string | undefined): string[] {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      maskSecret(value);
      return write.mock.calls.map(([chunk]) => String(chunk));
    } finally {
      write.mockRestore();
    }
  }

  it('registers a value with the runner', () => {
    expect(masks('ghs_abc')).toEqual(['::add-mask::ghs_abc\n']);
  });

  it('registers each line of a multi-line secret as well', () => {
    expect(masks('line-one\nline-two\n')).toEqual([
      '::add-mask::line-one%0Aline-two%0A\n',
      '::add-mask::line-one\n',
      '::add-mask::line-two\n',
    ]);
  });

  it('ignores empty values', () => {
    expect(masks('')).toEqual([]);
    expect(masks(undefined)).toEqual([]);
  });
});
