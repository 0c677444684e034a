import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GitError, type Git } from '../src/index.js';
import { fixtureRepo, gitIn, KUSTOMIZATION, type TestRepo } from './helpers.js';

const BOT = { name: 'bot', email: 'bot@example.com' };

let repo: TestRepo;
beforeEach(() => {
  repo = fixtureRepo();
});
afterEach(() => repo.cleanup());

const originTip = () => repo.git(['rev-parse', 'main'], repo.origin);

/** Another writer lands a commit on origin main. */
function advanceOrigin(content: string): string {
  const other = repo.clone();
  return repo.commitFiles({ 'README.md': content }, `other writer: ${content}`, other);
}

/** Plumbing-only change of one file on top of `tip`, as bump-overlay-tag makes it. */
async function commitOn(git: Git, tip: string, content: string): Promise<string> {
  const tree = await git.writeTree(tip, [{ path: KUSTOMIZATION, content }]);
  return git.commitTree(tree, [tip], `set ${content}`, BOT);
}

describe('fetchBranch', () => {
  it('fetches the current tip into the remote-tracking ref', async () => {
    const git = gitIn(repo.work);
    const newer = advanceOrigin('newer\n');
    expect(await git.fetchBranch('origin', 'main')).toBe(newer);
    expect(repo.git(['rev-parse', 'refs/remotes/origin/main'])).toBe(newer);
    expect(repo.git(['rev-parse', 'HEAD'])).not.toBe(newer);
  });

  it('keeps a depth-1 clone shallow while following the branch', async () => {
    const shallow = repo.clone({ depth: 1 });
    const git = gitIn(shallow);
    advanceOrigin('one\n');
    const newer = advanceOrigin('two\n');
    expect(await git.fetchBranch('origin', 'main')).toBe(newer);
    expect(await git.isShallow()).toBe(true);
    expect(repo.git(['rev-list', '--count', 'refs/remotes/origin/main'], shallow)).toBe('1');
    expect((await git.readFile(newer, 'README.md'))?.content).toBe('two\n');
  });

  it('accepts a remote given as a URL', async () => {
    const git = gitIn(repo.work);
    expect(await git.fetchBranch(pathToFileURL(repo.origin).href, 'main')).toBe(originTip());
  });

  it('says so when the branch does not exist on the remote', async () => {
    const failure = gitIn(repo.work).fetchBranch('origin', 'release/next');
    await expect(failure).rejects.toBeInstanceOf(GitError);
    await expect(failure).rejects.toThrow(
      /branch 'release\/next' does not exist on remote 'origin'/,
    );
  });

  it('refuses names git would misread before running anything', async () => {
    const git = gitIn(repo.work);
    await expect(git.fetchBranch('origin', '--upload-pack=evil')).rejects.toThrow(
      /is not a valid git branch/,
    );
    await expect(git.fetchBranch('origin', 'a..b')).rejects.toThrow(/is not a valid git branch/);
    await expect(git.fetchBranch('origin', 'refs/heads/main')).rejects.toThrow(
      /must be the short name/,
    );
  });
});

describe('push', () => {
  it('lands a plumbing commit from a shallow checkout detached at a tag', async () => {
    repo.git(['tag', 'v1.0.0']);
    repo.git(['push', '--quiet', 'origin', 'v1.0.0']);
    const before = advanceOrigin('after the tag\n');
    const checkout = repo.clone({ depth: 1, branch: 'v1.0.0' });
    const git = gitIn(checkout);
    const head = repo.git(['rev-parse', 'HEAD'], checkout);

    const tip = await git.fetchBranch('origin', 'main');
    expect(tip).toBe(before);
    const sha = await commitOn(git, tip, 'landed\n');
    expect(await git.push('origin', sha, 'main')).toEqual({ status: 'pushed' });

    expect(originTip()).toBe(sha);
    expect(repo.git(['log', '-1', '--format=%P', sha], repo.origin)).toBe(tip);
    expect(repo.git(['show', `main:${KUSTOMIZATION}`], repo.origin)).toBe('landed');
    expect(repo.git(['rev-parse', 'HEAD'], checkout)).toBe(head);
    expect(repo.git(['status', '--porcelain'], checkout)).toBe('');
  });

  it('is idempotent: pushing the sha the branch already has succeeds', async () => {
    const git = gitIn(repo.work);
    const sha = await commitOn(git, originTip(), 'same\n');
    await git.push('origin', sha, 'main');
    expect(await git.push('origin', sha, 'main')).toEqual({ status: 'pushed' });
  });

  it("returns 'stale' when another writer moved the branch we have not fetched", async () => {
    const git = gitIn(repo.work);
    const tip = await git.fetchBranch('origin', 'main');
    const sha = await commitOn(git, tip, 'mine\n');
    const theirs = advanceOrigin('theirs\n');
    const result = await git.push('origin', sha, 'main');
    expect(result).toEqual({
      status: 'stale',
      detail: expect.stringMatching(/\[rejected\] \(fetch first\)/),
    });
    expect(originTip()).toBe(theirs);
  });

  it("returns 'stale' for a non-fast-forward once the newer tip is known locally", async () => {
    const git = gitIn(repo.work);
    const tip = originTip();
    const sha = await commitOn(git, tip, 'mine\n');
    const theirs = advanceOrigin('theirs\n');
    await git.fetchBranch('origin', 'main');
    const result = await git.push('origin', sha, 'main');
    expect(result).toEqual({
      status: 'stale',
      detail: expect.stringMatching(/\[rejected\] \(non-fast-forward\)/),
    });
    expect(originTip()).toBe(theirs);
  });

  it('throws with the server reason when a hook or branch protection rejects the push', async () => {
    const hook = join(repo.origin, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/main." >&2\nexit 1\n',
    );
    chmodSync(hook, 0o755);
    const git = gitIn(repo.work);
    const tip = originTip();
    const sha = await commitOn(git, tip, 'blocked\n');
    const error = (await git.push('origin', sha, 'main').catch((e: unknown) => e)) as GitError;
    expect(error).toBeInstanceOf(GitError);
    expect(error.message).toMatch(/push of [0-9a-f]{40} to origin refs\/heads\/main failed/);
    expect(error.message).toMatch(/\[remote rejected\] \(pre-receive hook declined\)/);
    expect(error.message).toMatch(/remote: GH006: Protected branch update failed/);
    expect(originTip()).toBe(tip);
  });

  it('throws when the remote cannot be reached', async () => {
    const git = gitIn(repo.work);
    const sha = await commitOn(git, originTip(), 'nowhere\n');
    await expect(git.push(join(repo.root, 'missing.git'), sha, 'main')).rejects.toThrow(
      /failed: .*does not appear to be a git repository/s,
    );
  });

  it('never forces and refuses anything but a full sha', async () => {
    const git = gitIn(repo.work);
    await expect(git.push('origin', '+HEAD', 'main')).rejects.toThrow(
      /'\+HEAD' is not a full object id/,
    );
    await expect(git.push('origin', 'HEAD', 'main')).rejects.toThrow(/is not a full object id/);
  });
});
