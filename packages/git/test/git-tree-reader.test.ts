import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fsTreeReader, GitError, gitTreeReader, type GitTreeReader } from '../src/index.js';
import { fixtureRepo, gitIn, KUSTOMIZATION, type TestRepo } from './helpers.js';

let repo: TestRepo;
let first: string;
let head: string;
const readers: GitTreeReader[] = [];
const BIG = 'x'.repeat(300_000);

function reader(rev: string): GitTreeReader {
  const created = gitTreeReader(gitIn(repo.work), rev);
  readers.push(created);
  return created;
}

const sorted = <T extends { name: string }>(entries: T[] | undefined) =>
  entries?.sort((a, b) => a.name.localeCompare(b.name));

beforeAll(() => {
  repo = fixtureRepo();
  first = repo.git(['rev-list', '--max-parents=0', 'HEAD']);
  head = repo.commitFiles(
    {
      'k8s/base/deployment.yaml': null,
      'k8s/base/big.txt': BIG,
      'docs/unicode.md': 'Grüße – ✓\n',
    },
    'delete and add',
  );
});
afterAll(() => {
  readers.forEach((created) => created.close());
  repo.cleanup();
});

describe('gitTreeReader', () => {
  it('reads regular files at the given commit, including large and non-ASCII ones', async () => {
    const tree = reader(head);
    expect(tree.rev).toBe(head);
    await expect(tree.readText(KUSTOMIZATION)).resolves.toBe(
      'images:\n  - name: app\n    newTag: v1.0.0\n',
    );
    await expect(tree.readText('k8s/base/big.txt')).resolves.toBe(BIG);
    await expect(tree.readText('docs/unicode.md')).resolves.toBe('Grüße – ✓\n');
  });

  it('sees the tree of an older commit, with files deleted since', async () => {
    const base = reader(first);
    await expect(base.readText('k8s/base/deployment.yaml')).resolves.toBe('kind: Deployment\n');
    await expect(reader(head).readText('k8s/base/deployment.yaml')).resolves.toBeUndefined();
    await expect(base.readText('scripts/readme-link.md')).resolves.toBeUndefined();
  });

  it('lists directories with kinds, like fsTreeReader does for the same checkout', async () => {
    const tree = reader(head);
    const disk = fsTreeReader(repo.work);
    for (const dir of ['', 'k8s', 'k8s/overlays', 'scripts', 'k8s/base']) {
      expect(sorted(await tree.listDir(dir))).toEqual(sorted(await disk.listDir(dir)));
    }
    expect(sorted(await tree.listDir('k8s/overlays'))).toEqual([
      { name: 'linked', kind: 'symlink' },
      { name: 'staging', kind: 'dir' },
    ]);
  });

  it('answers undefined for what is not a regular file or not a directory', async () => {
    const tree = reader(head);
    await expect(tree.readText('scripts/readme-link.md')).resolves.toBeUndefined();
    await expect(tree.readText('k8s/overlays/linked/kustomization.yaml')).resolves.toBeUndefined();
    await expect(tree.readText('k8s/overlays')).resolves.toBeUndefined();
    await expect(tree.readText('no/such/file')).resolves.toBeUndefined();
    await expect(tree.readText('../outside')).resolves.toBeUndefined();
    await expect(tree.listDir(KUSTOMIZATION)).resolves.toBeUndefined();
    await expect(tree.listDir('k8s/overlays/linked')).resolves.toBeUndefined();
    await expect(tree.listDir('../')).resolves.toBeUndefined();
  });

  it('normalises ./, // and trailing slashes', async () => {
    const tree = reader(head);
    await expect(
      tree.readText('./k8s//overlays/staging/../staging/kustomization.yaml'),
    ).resolves.toBe(await tree.readText(KUSTOMIZATION));
    expect(await tree.listDir('./k8s/')).toEqual(await tree.listDir('k8s'));
  });

  it('serves many concurrent reads from one process, each with its own content', async () => {
    const tree = reader(head);
    const paths = Array.from({ length: 300 }, (_, index) =>
      index % 3 === 0 ? KUSTOMIZATION : index % 3 === 1 ? 'scripts/run.sh' : 'k8s/base/big.txt',
    );
    const texts = await Promise.all(paths.map((path) => tree.readText(path)));
    expect(texts.filter((text) => text === BIG)).toHaveLength(100);
    expect(texts.filter((text) => text?.startsWith('#!/bin/sh'))).toHaveLength(100);
    expect(texts.filter((text) => text?.startsWith('images:'))).toHaveLength(100);
  });

  it('rejects with a GitError for a revision that does not exist, and after close', async () => {
    const missing = reader('0'.repeat(40));
    await expect(missing.readText(KUSTOMIZATION)).rejects.toBeInstanceOf(GitError);
    const tree = reader(head);
    await tree.readText(KUSTOMIZATION);
    tree.close();
    await expect(tree.readText(KUSTOMIZATION)).rejects.toThrow(/cat-file --batch/);
  });
});
