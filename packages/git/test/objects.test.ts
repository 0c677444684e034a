import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@infra-fleet/testkit';
import { ObjectReader } from '../src/blob-reader.js';
import { parseLsTree, parseTreeObject } from '../src/tree.js';
import { gitIn, TEST_GIT_ENV } from './helpers.js';

/** Tree objects read through cat-file --batch, and trees written through mktree --batch. */

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repository(format: 'sha1' | 'sha256') {
  const dir = mkdtempSync(join(tmpdir(), `git-objects-${format}-`));
  dirs.push(dir);
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, ...TEST_GIT_ENV } })
      .toString()
      .trim();
  git(['init', '--quiet', `--object-format=${format}`, '--initial-branch=main']);
  const files: Record<string, string> = {
    'a b/ünïcode name.txt': 'spaces and accents\n',
    'k8s/overlays/staging/kustomization.yaml': 'images: []\n',
    'run.sh': '#!/bin/sh\n',
    'z.txt': 'last\n',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  git(['add', '--all']);
  git(['update-index', '--chmod=+x', 'run.sh']);
  git(['commit', '--quiet', '-m', 'base']);
  return { dir, git };
}

describe.each(['sha1', 'sha256'] as const)('tree objects (%s)', (format) => {
  it('parse as ls-tree lists them: modes, types, object ids and names', () => {
    const { git } = repository(format);
    for (const tree of ['HEAD^{tree}', 'HEAD:k8s', 'HEAD:a b']) {
      const oid = git(['rev-parse', tree]);
      const bytes = execFileSync('git', ['cat-file', 'tree', oid], {
        cwd: repositoryDir(git),
      });
      const listed = parseLsTree(git(['-c', 'core.quotePath=false', 'ls-tree', '-z', oid]));
      expect(parseTreeObject(bytes, oid.length)).toEqual(listed);
    }
  });

  it('are written through mktree: nested new folders, several files, the rest untouched', async () => {
    const { dir, git } = repository(format);
    const tree = await gitIn(dir).writeTree('HEAD', [
      { path: 'new/deeper/one.yaml', content: 'one\n' },
      { path: 'new/two.yaml', content: 'two\n' },
      { path: 'k8s/overlays/staging/kustomization.yaml', content: 'images: [a]\n' },
      { path: 'k8s/overlays/production/kustomization.yaml', content: 'images: [b]\n' },
    ]);
    expect(git(['diff-tree', '-r', '--name-status', 'HEAD^{tree}', tree]).split('\n')).toEqual([
      'A\tk8s/overlays/production/kustomization.yaml',
      'M\tk8s/overlays/staging/kustomization.yaml',
      'A\tnew/deeper/one.yaml',
      'A\tnew/two.yaml',
    ]);
    expect(git(['cat-file', 'blob', `${tree}:new/deeper/one.yaml`])).toBe('one');
    expect(git(['ls-tree', tree, 'run.sh']).slice(0, 6)).toBe('100755');
    // A well-formed tree: fsck finds nothing wrong with what mktree wrote.
    expect(() => git(['fsck', '--strict', '--no-dangling'])).not.toThrow();
  });
});

/** The directory a repository() helper runs in (its cwd, read back from git). */
function repositoryDir(git: (args: string[]) => string): string {
  return git(['rev-parse', '--show-toplevel']);
}

describe('the object reader', () => {
  it('answers any name git resolves, undefined for none, and ends when idle', async () => {
    const { dir, git } = repository('sha1');
    const reader = new ObjectReader(gitIn(dir), { closeAfterIdleMs: 0 });
    const commit = await reader.read('HEAD^{commit}');
    expect(commit).toMatchObject({ oid: git(['rev-parse', 'HEAD']), type: 'commit' });
    expect((await reader.read('HEAD:z.txt'))?.bytes.toString()).toBe('last\n');
    expect(await reader.read('refs/heads/nope')).toBeUndefined();
    await expect(reader.read('HEAD\nHEAD')).rejects.toThrow('not an object name');
    await waitFor(() => !reader.usable, { what: 'the idle reader to end' });
    await expect(reader.read('HEAD')).rejects.toThrow('closed');
  });

  it('sees objects written after it started (a fetch between two reads of one landing)', async () => {
    const { dir, git } = repository('sha1');
    const repo = gitIn(dir);
    expect((await repo.readFile('HEAD', 'z.txt'))?.content).toBe('last\n');
    const written = await repo.writeTree('HEAD', [{ path: 'added.txt', content: 'new\n' }]);
    const commit = git(['commit-tree', written, '-p', 'HEAD', '-m', 'later']);
    git(['update-ref', 'refs/heads/later', commit]);
    expect((await repo.readFile('later', 'added.txt'))?.content).toBe('new\n');
    expect(await repo.treeOf('later')).toBe(written);
  });
});
