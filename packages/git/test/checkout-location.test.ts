import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  assertInsideWorkspace,
  CheckoutLocationError,
  containedCheckout,
  findGitLocation,
} from '../src/index.js';
import { createRepoWithOrigin, type TestRepo } from './helpers.js';

let repo: TestRepo;
let scratch: string;
let dirs = 0;

beforeAll(() => {
  repo = createRepoWithOrigin({ files: { 'k8s/a.yaml': 'a: 1\n' } });
  scratch = realpathSync(mkdtempSync(join(tmpdir(), 'checkout-location-')));
});
afterAll(() => {
  repo.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

function folder(): string {
  const dir = join(scratch, `dir-${++dirs}`);
  mkdirSync(dir);
  return dir;
}

const work = () => realpathSync(repo.work);

describe('findGitLocation: where git would find the repository, without running git', () => {
  it('finds .git in the folder or a parent, and nothing where there is none', () => {
    const expected = {
      root: work(),
      gitDir: join(work(), '.git'),
      commonDir: join(work(), '.git'),
    };
    expect(findGitLocation(repo.work)).toEqual(expected);
    expect(findGitLocation(join(repo.work, 'k8s'))).toEqual(expected);
    expect(findGitLocation(folder())).toBeUndefined();
  });

  it('follows a .git file, and a worktree to its common directory', () => {
    const linked = folder();
    writeFileSync(join(linked, '.git'), `gitdir: ${join(repo.work, '.git')}\n`);
    expect(findGitLocation(linked)).toMatchObject({ root: linked, gitDir: join(work(), '.git') });
    const worktree = join(scratch, `worktree-${++dirs}`);
    repo.git(['worktree', 'add', '--quiet', '--detach', worktree]);
    expect(findGitLocation(worktree)).toMatchObject({
      root: worktree,
      commonDir: join(work(), '.git'),
    });
  });

  it('stops at a .git that is not a repository instead of looking further up', () => {
    const broken = join(repo.work, 'nested');
    mkdirSync(join(broken, '.git'), { recursive: true });
    expect(() => findGitLocation(broken)).toThrow(/\.git .*is not a valid git directory/);
    const text = folder();
    writeFileSync(join(text, '.git'), 'not a gitdir line\n');
    expect(() => findGitLocation(text)).toThrow(/neither a git directory nor a "gitdir: <path>"/);
    const dangling = folder();
    symlinkSync(join(scratch, 'missing'), join(dangling, '.git'));
    expect(() => findGitLocation(dangling)).toThrow(/is a broken symbolic link/);
    rmSync(broken, { recursive: true, force: true });
  });
});

describe('containedCheckout: the checkout and its git directories stay in the workspace', () => {
  it('accepts the workspace checkout and a folder inside it', () => {
    expect(containedCheckout(repo.work, '.')).toMatchObject({ root: work() });
    expect(containedCheckout(repo.work, 'k8s')).toMatchObject({ root: work() });
    expect(containedCheckout(repo.work, 'missing')).toBeUndefined();
    expect(containedCheckout(folder(), '.')).toBeUndefined();
  });

  it.each([
    ['an absolute path elsewhere', () => repo.work, /is outside the workspace/],
    ['a path that climbs out', () => '../..', /"\.\.\/\.\." is outside the workspace/],
  ])('refuses %s', (_, path, message) => {
    expect(() => containedCheckout(folder(), path())).toThrow(message);
  });

  it('refuses a symlink, a gitdir file, a worktree or a parent repository leading outside', () => {
    const linked = folder();
    symlinkSync(repo.work, join(linked, 'repo'));
    expect(() => containedCheckout(linked, 'repo')).toThrow(/"repo" .* \(it resolves to /);
    const gitdir = folder();
    writeFileSync(join(gitdir, '.git'), `gitdir: ${join(repo.work, '.git')}\n`);
    expect(() => containedCheckout(gitdir, '.')).toThrow(
      /uses the git directory .*\.git, outside the workspace/,
    );
    const worktree = join(folder(), 'tree');
    repo.git(['worktree', 'add', '--quiet', '--detach', worktree]);
    const gitDir = repo.git(['rev-parse', '--absolute-git-dir'], worktree);
    expect(() => containedCheckout(worktree, '.')).toThrow(
      new RegExp(`uses the git directory ${gitDir}, outside`),
    );
    const below = join(repo.work, 'below');
    mkdirSync(below);
    expect(() => containedCheckout(below, '.')).toThrow(/uses the repository .*, outside/);
  });

  it('names the path, the workspace and the fix', () => {
    const workspace = folder();
    const error = (() => {
      try {
        assertInsideWorkspace(workspace, '/etc');
      } catch (caught) {
        return caught as CheckoutLocationError;
      }
    })();
    expect(error).toBeInstanceOf(CheckoutLocationError);
    expect(error?.message).toBe(`"/etc" is outside the workspace ${workspace}.`);
    expect(error?.hint).toMatch(/inside GITHUB_WORKSPACE/);
  });
});
