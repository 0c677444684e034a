import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Git } from '../src/index.js';
import { fixtureRepo, gitIn, KUSTOMIZATION, TEST_GIT_ENV, type TestRepo } from './helpers.js';

let repo: TestRepo;
let git: Git;
let head: string;

beforeAll(() => {
  repo = fixtureRepo();
  git = gitIn(repo.work);
  head = repo.git(['rev-parse', 'HEAD']);
});
afterAll(() => repo.cleanup());

function changedPaths(from: string, to: string): string[] {
  return repo.git(['diff-tree', '-r', '--name-status', from, to]).split('\n').filter(Boolean);
}

function checkoutState() {
  return {
    status: repo.git(['status', '--porcelain', '--untracked-files=all']),
    index: readFileSync(join(repo.work, '.git', 'index')).toString('base64'),
    head: repo.git(['rev-parse', 'HEAD']),
    readme: readFileSync(join(repo.work, 'README.md'), 'utf8'),
  };
}

describe('exportTree', () => {
  it('writes exactly the tree under a folder and leaves the checkout alone', async () => {
    const tree = await git.writeTree(head, [{ path: KUSTOMIZATION, content: 'images: []\n' }]);
    const before = checkoutState();
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    try {
      await git.exportTree(tree, dir);
      expect(readFileSync(join(dir, KUSTOMIZATION), 'utf8')).toBe('images: []\n');
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(
        repo.git(['show', `${head}:README.md`]) + '\n',
      );
      expect(checkoutState()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writeTree', () => {
  it('replaces one file and leaves every other path of the base tree alone', async () => {
    const tree = await git.writeTree(head, [{ path: KUSTOMIZATION, content: 'images: []\n' }]);
    expect(changedPaths(`${head}^{tree}`, tree)).toEqual([`M\t${KUSTOMIZATION}`]);
    expect(repo.git(['cat-file', 'blob', `${tree}:${KUSTOMIZATION}`])).toBe('images: []');
  });

  it('never touches the worktree or the real index, even when they hold uncommitted work', async () => {
    const clean = checkoutState();
    expect(clean.status).toBe('');
    await git.writeTree(head, [{ path: 'README.md', content: 'via plumbing\n' }]);
    expect(checkoutState()).toEqual(clean);

    writeFileSync(join(repo.work, 'README.md'), 'staged edit\n');
    repo.git(['add', 'README.md']);
    writeFileSync(join(repo.work, 'scratch.txt'), 'untracked\n');
    const dirty = checkoutState();
    const tree = await git.writeTree(head, [{ path: KUSTOMIZATION, content: 'x: 1\n' }]);
    expect(checkoutState()).toEqual(dirty);
    expect(changedPaths(`${head}^{tree}`, tree)).toEqual([`M\t${KUSTOMIZATION}`]);
    repo.git(['reset', '--quiet', '--hard', head]);
    rmSync(join(repo.work, 'scratch.txt'));
  });

  it('keeps an existing executable mode unless told otherwise; new files get 100644', async () => {
    const tree = await git.writeTree(head, [
      { path: 'scripts/run.sh', content: '#!/bin/sh\necho changed\n' },
      { path: 'README.md', content: '#!/bin/sh\n', mode: '100755' },
      { path: 'brand/new/file.txt', content: 'new\n' },
    ]);
    const modes = repo.git([
      'ls-tree',
      '-r',
      tree,
      '--',
      'scripts/run.sh',
      'README.md',
      'brand/new/file.txt',
    ]);
    expect(modes.split('\n').map((line) => `${line.slice(0, 6)} ${line.split('\t')[1]}`)).toEqual([
      '100755 README.md',
      '100644 brand/new/file.txt',
      '100755 scripts/run.sh',
    ]);
  });

  it('stores the bytes exactly as given, ignoring attribute filters in the checkout', async () => {
    writeFileSync(join(repo.work, '.gitattributes'), '* text eol=crlf\n');
    try {
      const content = 'line one\r\nline two\nünïcödé\n';
      const tree = await git.writeTree(head, [{ path: 'README.md', content }]);
      const commit = repo.git(['commit-tree', tree, '-p', head, '-m', 'bytes']);
      expect((await git.readFile(commit, 'README.md'))?.content).toBe(content);
      expect(repo.git(['cat-file', '-s', `${tree}:README.md`])).toBe(
        String(Buffer.byteLength(content)),
      );
    } finally {
      rmSync(join(repo.work, '.gitattributes'));
    }
  });

  it('returns the base tree unchanged when given the same bytes', async () => {
    const original = (await git.readFile(head, KUSTOMIZATION))?.content ?? '';
    const tree = await git.writeTree(head, [{ path: KUSTOMIZATION, content: original }]);
    expect(tree).toBe(repo.git(['rev-parse', `${head}^{tree}`]));
  });

  it('refuses symlinks, directories, files in the way, bad modes and duplicates', async () => {
    const write = (path: string, mode?: string) =>
      git.writeTree(head, [{ path, content: 'x\n', mode }]);
    await expect(write('k8s/overlays/linked/kustomization.yaml')).rejects.toThrow(
      /cannot write 'k8s\/overlays\/linked\/kustomization.yaml': 'k8s\/overlays\/linked' is a symbolic link/,
    );
    await expect(write('scripts/readme-link.md')).rejects.toThrow(/is a symbolic link/);
    await expect(write('k8s/base')).rejects.toThrow(/cannot write 'k8s\/base': it is a directory/);
    await expect(write('README.md/child')).rejects.toThrow(/'README.md' is a file/);
    await expect(write('README.md', '120000')).rejects.toThrow(/mode 120000; use 100644 or 100755/);
    await expect(write('../escape')).rejects.toThrow(/must stay inside the repository/);
    const twice = [
      { path: 'a.txt', content: '1' },
      { path: './a.txt', content: '2' },
    ];
    await expect(git.writeTree(head, twice)).rejects.toThrow(/'a.txt' is listed twice/);
    await expect(git.writeTree('no-such-rev', [])).rejects.toThrow(
      /'no-such-rev' does not name a commit/,
    );
  });
});

describe('commitTree', () => {
  let home: string;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'git-empty-home-'));
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  /** A Git with no identity anywhere: empty HOME, no global/system config, no GIT_* identity. */
  function anonymousGit(): Git {
    const unset = Object.fromEntries(
      Object.keys(TEST_GIT_ENV)
        .filter((key) => /^GIT_(AUTHOR|COMMITTER)_/.test(key))
        .map((key) => [key, undefined]),
    );
    return gitIn(repo.work, { ...unset, HOME: home, XDG_CONFIG_HOME: home, EMAIL: undefined });
  }

  it('commits with the given identity, date and message where git has no identity configured', async () => {
    const anonymous = anonymousGit();
    const ident = await anonymous.run(['var', 'GIT_COMMITTER_IDENT'], { allowFailure: true });
    expect(ident.exitCode).not.toBe(0);

    const tree = await anonymous.writeTree(head, [
      { path: KUSTOMIZATION, content: 'images: []\n' },
    ]);
    const identity = {
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
    };
    const message = 'Bump app to v2\n\nImage: app\nPrevious: v1.0.0\n';
    const sha = await anonymous.commitTree(tree, [head], message, identity, '2025-02-03T04:05:06Z');

    const format = '%T|%P|%an <%ae> %aI|%cn <%ce> %cI';
    expect(repo.git(['log', '-1', `--format=${format}`, sha])).toBe(
      `${tree}|${head}|${identity.name} <${identity.email}> 2025-02-03T04:05:06+00:00|` +
        `${identity.name} <${identity.email}> 2025-02-03T04:05:06+00:00`,
    );
    expect(repo.git(['log', '-1', '--format=%B', sha])).toBe(message.trim());
    expect(repo.git(['status', '--porcelain'])).toBe('');
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
  });

  it('passes every parent, in order', async () => {
    const tree = repo.git(['rev-parse', `${head}^{tree}`]);
    const parent = repo.git(['rev-parse', `${head}~1`]);
    const identity = { name: 'Bot', email: 'bot@example.com' };
    const sha = await git.commitTree(tree, [head, parent], 'merge', identity);
    expect(repo.git(['log', '-1', '--format=%P', sha])).toBe(`${head} ${parent}`);
  });

  it('rejects an identity git would mangle and ids that are not full object ids', async () => {
    const tree = repo.git(['rev-parse', `${head}^{tree}`]);
    await expect(
      git.commitTree(tree, [head], 'm', { name: 'Evil <x>', email: 'a@b' }),
    ).rejects.toThrow(/git identity name "Evil <x>" must be non-empty/);
    await expect(git.commitTree(tree, [head], 'm', { name: 'Bot', email: '' })).rejects.toThrow(
      /identity email/,
    );
    await expect(
      git.commitTree('HEAD^{tree}', [head], 'm', { name: 'B', email: 'b@c' }),
    ).rejects.toThrow(/tree 'HEAD\^\{tree\}' is not a full object id/);
    await expect(git.commitTree(tree, ['main'], 'm', { name: 'B', email: 'b@c' })).rejects.toThrow(
      /parent 'main' is not a full object id/,
    );
  });
});
