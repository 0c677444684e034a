import { describe, expect, it } from '@jest/globals';
import { classifyPush, parsePushPorcelain } from '../src/push-status.js';
import { assertBranchName, isRemoteName, normalizeRepoPath } from '../src/refs.js';
import { lookupPath, parseLsTree, type TreeEntry } from '../src/tree.js';

const SHA = 'a'.repeat(40);

describe('parsePushPorcelain', () => {
  it('reads flag, refspec, summary and reason of each ref line', () => {
    const stdout = [
      'To https://github.com/o/r.git',
      `!\t${SHA}:refs/heads/main\t[rejected] (fetch first)`,
      `=\t${SHA}:refs/heads/other\t[up to date]`,
      ' \trefs/heads/x:refs/heads/x\t1111111..2222222',
      'Done',
    ].join('\n');
    expect(parsePushPorcelain(stdout)).toEqual([
      {
        flag: '!',
        refspec: `${SHA}:refs/heads/main`,
        summary: '[rejected]',
        reason: 'fetch first',
      },
      { flag: '=', refspec: `${SHA}:refs/heads/other`, summary: '[up to date]', reason: '' },
      { flag: ' ', refspec: 'refs/heads/x:refs/heads/x', summary: '1111111..2222222', reason: '' },
    ]);
  });
});

describe('classifyPush', () => {
  const line = (flag: string, summary: string, reason: string) => ({
    flag,
    refspec: 'x',
    summary,
    reason,
  });
  it.each([
    ['new branch', 'pushed', line('*', '[new branch]', '')],
    ['fast-forward', 'pushed', line(' ', '1..2', '')],
    ['up to date', 'pushed', line('=', '[up to date]', '')],
    ['fetch first', 'stale', line('!', '[rejected]', 'fetch first')],
    ['non-fast-forward', 'stale', line('!', '[rejected]', 'non-fast-forward')],
    ['stale info', 'stale', line('!', '[rejected]', 'stale info')],
    ['lost the ref lock', 'stale', line('!', '[remote rejected]', 'failed to update ref')],
    [
      'old value moved',
      'stale',
      line('!', '[remote rejected]', "cannot lock ref 'refs/heads/main'"),
    ],
    ['hook', 'failed', line('!', '[remote rejected]', 'pre-receive hook declined')],
    [
      'protected branch',
      'failed',
      line('!', '[remote rejected]', 'protected branch hook declined'),
    ],
    ['already exists', 'failed', line('!', '[rejected]', 'already exists')],
    ['no status line', 'failed', undefined],
  ])('%s -> %s', (_, status, ref) => {
    expect(classifyPush(ref, 'remote: reason').status).toBe(status);
  });

  it('carries git and remote reasons in the detail', () => {
    const result = classifyPush(
      line('!', '[remote rejected]', 'pre-receive hook declined'),
      'remote: GH006 nope',
    );
    expect(result).toEqual({
      status: 'failed',
      reason: '[remote rejected] (pre-receive hook declined)\nremote: GH006 nope',
    });
    expect(classifyPush(undefined, 'fatal: Authentication failed')).toEqual({
      status: 'failed',
      reason: 'fatal: Authentication failed',
    });
  });
});

describe('tree parsing and lookup', () => {
  const entry = (mode: string, type: TreeEntry['type'], name: string): TreeEntry => ({
    mode,
    type,
    oid: SHA,
    name,
  });

  it('parses ls-tree -z records, names with tabs and newlines included', () => {
    const output = `100644 blob ${SHA}\ta\tb\n.txt\u0000040000 tree ${SHA}\tdir\u0000`;
    expect(parseLsTree(output)).toEqual([
      entry('100644', 'blob', 'a\tb\n.txt'),
      entry('040000', 'tree', 'dir'),
    ]);
    expect(() => parseLsTree('garbage\u0000')).toThrow(/unexpected git ls-tree output/);
  });

  it.each([
    [
      'a/b/c',
      'found',
      [
        entry('040000', 'tree', 'a'),
        entry('040000', 'tree', 'a/b'),
        entry('100644', 'blob', 'a/b/c'),
      ],
    ],
    ['a/b/c', 'absent', [entry('040000', 'tree', 'a')]],
    ['a/b/c', 'symlink', [entry('040000', 'tree', 'a'), entry('120000', 'blob', 'a/b')]],
    ['a/b', 'symlink', [entry('040000', 'tree', 'a'), entry('120000', 'blob', 'a/b')]],
    ['a/b/c', 'not-a-directory', [entry('100644', 'blob', 'a')]],
    ['a/b/c', 'not-a-directory', [entry('040000', 'tree', 'a'), entry('160000', 'commit', 'a/b')]],
  ])('%s -> %s', (path, kind, entries) => {
    expect(lookupPath(path, entries).kind).toBe(kind);
  });
});

describe('names and paths', () => {
  it.each(['main', 'release/v1', 'feature/a-b_c.d', 'user@x'])('accepts branch %s', (name) => {
    expect(assertBranchName(name)).toBe(name);
  });

  it.each([
    '',
    '@',
    '-x',
    'a b',
    'a..b',
    'a@{1}',
    'a/',
    '/a',
    'a//b',
    '.a',
    'a/.b',
    'a.lock',
    'a.',
    'x:y',
    'a~1',
    'a^',
    'a*',
    'a?',
    'a[',
    'a\\b',
    'a\tb',
    'a\u007fb',
  ])('refuses branch %j', (name) => {
    expect(() => assertBranchName(name)).toThrow(`branch name '${name}' is not a valid git branch`);
  });

  it('tells remote names from URLs and paths', () => {
    expect(isRemoteName('origin')).toBe(true);
    expect(isRemoteName('https://github.com/o/r.git')).toBe(false);
    expect(isRemoteName('/tmp/origin.git')).toBe(false);
    expect(isRemoteName('../origin.git')).toBe(false);
  });

  it.each([
    ['', ''],
    ['.', ''],
    ['./a//b/', 'a/b'],
    ['k8s/overlays/staging', 'k8s/overlays/staging'],
  ])('normalises %j to %j', (input, output) => {
    expect(normalizeRepoPath(input)).toBe(output);
  });
});
