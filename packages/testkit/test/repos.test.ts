import { afterEach, describe, expect, it } from '@jest/globals';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRepoWithOrigin, runGit, TEST_GIT_ENV, type TestRepo } from '../src/repos.js';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

describe('createRepoWithOrigin', () => {
  it('creates a bare origin on main and a work clone tracking it', () => {
    repo = createRepoWithOrigin({ files: { 'a.txt': 'A\n', 'dir/b.txt': 'B\n' } });
    expect(repo.git(['rev-parse', '--is-bare-repository'], repo.origin)).toBe('true');
    expect(repo.git(['symbolic-ref', 'HEAD'], repo.origin)).toBe('refs/heads/main');
    expect(repo.git(['rev-parse', 'main'], repo.origin)).toBe(repo.git(['rev-parse', 'HEAD']));
    expect(repo.git(['rev-parse', '--abbrev-ref', '@{upstream}'])).toBe('origin/main');
    expect(repo.git(['ls-tree', '-r', '--name-only', 'main'], repo.origin).split('\n')).toEqual([
      'a.txt',
      'dir/b.txt',
    ]);
    expect(repo.git(['status', '--porcelain'])).toBe('');
  });

  it('uses the fixed identity and date from TEST_GIT_ENV', () => {
    repo = createRepoWithOrigin();
    const line = repo.git(['log', '-1', '--format=%an <%ae> %aI | %cn <%ce>', 'main'], repo.origin);
    expect(line).toBe(
      `${TEST_GIT_ENV.GIT_AUTHOR_NAME} <${TEST_GIT_ENV.GIT_AUTHOR_EMAIL}> 2024-01-01T00:00:00+00:00 | ` +
        `${TEST_GIT_ENV.GIT_COMMITTER_NAME} <${TEST_GIT_ENV.GIT_COMMITTER_EMAIL}>`,
    );
  });

  it('copies real directory trees into the initial commit, keeping symlinks as links', () => {
    const source = mkdtempSync(join(tmpdir(), 'repos-test-src-'));
    try {
      mkdirSync(join(source, 'base'));
      writeFileSync(join(source, 'base', 'kustomization.yaml'), 'resources: []\n');
      symlinkSync('base', join(source, 'alias'));
      repo = createRepoWithOrigin({ copy: [{ from: source, to: 'k8s' }] });
      expect(repo.git(['show', 'main:k8s/base/kustomization.yaml'], repo.origin)).toBe(
        'resources: []',
      );
      expect(repo.git(['ls-tree', 'main', '--', 'k8s/alias'], repo.origin)).toMatch(
        /^120000 blob /,
      );
      expect(repo.git(['cat-file', '-p', 'main:k8s/alias'], repo.origin)).toBe('base');
    } finally {
      rmSync(source, { recursive: true, force: true });
    }
  });

  it('ignores the global git config of the machine', () => {
    const home = mkdtempSync(join(tmpdir(), 'repos-test-home-'));
    const saved = process.env.HOME;
    try {
      writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = Leaked Global Name\n');
      process.env.HOME = home;
      repo = createRepoWithOrigin();
      expect(repo.git(['config', '--default', 'unset', '--get', 'user.name'])).toBe('unset');
    } finally {
      process.env.HOME = saved;
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('TestRepo', () => {
  it('commitFiles writes, deletes, commits and pushes to origin main', () => {
    repo = createRepoWithOrigin({ files: { 'keep.txt': 'k\n', 'gone.txt': 'g\n' } });
    const sha = repo.commitFiles({ 'new/file.txt': 'n\n', 'gone.txt': null }, 'change files');
    expect(repo.git(['rev-parse', 'main'], repo.origin)).toBe(sha);
    expect(repo.git(['log', '-1', '--format=%s', sha], repo.origin)).toBe('change files');
    expect(repo.git(['ls-tree', '-r', '--name-only', sha], repo.origin).split('\n')).toEqual([
      'keep.txt',
      'new/file.txt',
    ]);
    expect(existsSync(join(repo.work, 'gone.txt'))).toBe(false);
  });

  it('commitFiles from another clone lands on origin main', () => {
    repo = createRepoWithOrigin();
    const other = repo.clone({ name: 'other' });
    expect(other).toBe(join(repo.root, 'other'));
    const sha = repo.commitFiles({ 'x.txt': 'x\n' }, 'from other', other);
    expect(repo.git(['rev-parse', 'main'], repo.origin)).toBe(sha);
    expect(repo.git(['rev-list', '--count', 'main'], repo.origin)).toBe('2');
  });

  it('clone with depth makes a shallow clone; without depth a full one', () => {
    repo = createRepoWithOrigin();
    repo.commitFiles({ 'one.txt': '1\n' }, 'one');
    repo.commitFiles({ 'two.txt': '2\n' }, 'two');
    const shallow = repo.clone({ depth: 1 });
    const full = repo.clone();
    expect(repo.git(['rev-parse', '--is-shallow-repository'], shallow)).toBe('true');
    expect(repo.git(['rev-list', '--count', 'HEAD'], shallow)).toBe('1');
    expect(repo.git(['rev-parse', '--is-shallow-repository'], full)).toBe('false');
    expect(repo.git(['rev-list', '--count', 'HEAD'], full)).toBe('3');
  });

  it('clone with branch checks that branch out', () => {
    repo = createRepoWithOrigin();
    repo.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/release']);
    const clone = repo.clone({ branch: 'release' });
    expect(repo.git(['symbolic-ref', '--short', 'HEAD'], clone)).toBe('release');
  });

  it('git throws with the command and git stderr', () => {
    repo = createRepoWithOrigin();
    expect(() => repo?.git(['rev-parse', '--verify', 'no-such-ref'])).toThrow(
      /git rev-parse --verify no-such-ref .*exited with 128: fatal: Needed a single revision/,
    );
  });

  it('cleanup removes the whole temp folder', () => {
    const created = createRepoWithOrigin();
    expect(readFileSync(join(created.work, 'README.md'), 'utf8')).toBe('# test repository\n');
    created.cleanup();
    expect(existsSync(created.root)).toBe(false);
  });

  it('runGit runs in the given directory', () => {
    repo = createRepoWithOrigin();
    expect(runGit(['rev-parse', '--show-toplevel'], join(repo.work))).toBe(repo.work);
  });
});
