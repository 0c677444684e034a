import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { runGit } from '@infra-fleet/testkit';
import {
  ConditionalGetCache,
  createGitHubClient,
  gitDataPort,
  GitHubPortError,
  pullRequestPort,
  type GitDataPort,
  type GitHubClientOptions,
  type RepoRef,
} from '../src/index.js';

const KUSTOMIZATION = 'k8s/overlays/prod/kustomization.yaml';
const SEED = {
  [KUSTOMIZATION]: '# prod overlay – äöü\nimages:\n  - name: app\n    newTag: "1.2.3"\n',
  'k8s/overlays/prod/patch.yaml': 'kind: Deployment\n',
  'README.md': '# infra\n',
};

let emu: RunningEmulator;
let scratch: string;
let repo: RepoRef;
let writeToken: string;
const warnings: string[] = [];

beforeAll(async () => {
  emu = await startEmulator({ seed: { files: SEED } });
  scratch = mkdtempSync(join(tmpdir(), 'github-ports-'));
  repo = { owner: emu.state.owner, repo: emu.state.repo };
  emu.state.addAccount({ login: 'fleet-bot', type: 'Bot' });
  writeToken = emu.createToken('fleet-bot', { contents: 'write', pull_requests: 'write' });
});

afterAll(async () => {
  await emu?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function client(token = writeToken, options: Partial<GitHubClientOptions> = {}) {
  const log = { warning: (m: string) => void warnings.push(m), info: () => undefined };
  return createGitHubClient({ token, baseUrl: emu.url, waitUnitMs: 10, log, ...options });
}

const git = (...args: string[]) => runGit(args, emu.gitDir);

let clones = 0;
function cloneBranch(branch: string): string {
  const work = join(scratch, `clone-${++clones}`);
  runGit(['clone', '--quiet', '--branch', branch, emu.gitDir, work], scratch);
  return work;
}

/** Lands one file change on `branch` through the port, as bump-overlay-tag's api method does. */
async function commitFile(port: GitDataPort, parent: string, path: string, content: string) {
  const blob = await port.createBlob(content);
  const tree = await port.createTree(await port.commitTree(parent), [{ path, sha: blob }]);
  return port.createCommit({ message: `set ${path}`, tree, parents: [parent] });
}

describe('GitDataPort against the emulator', () => {
  it('reads the branch tip, its tree, a directory and a UTF-8 file', async () => {
    const port = gitDataPort(client(), repo);
    const tip = await port.branchTip('main');
    expect(tip).toBe(git('rev-parse', 'refs/heads/main'));
    expect(await port.commitTree(tip)).toBe(git('rev-parse', 'refs/heads/main^{tree}'));
    const listing = await port.listDirectory(tip, 'k8s/overlays/prod/');
    expect(listing?.map(({ name, type, path }) => `${type} ${name} ${path}`).sort()).toEqual([
      `file kustomization.yaml ${KUSTOMIZATION}`,
      'file patch.yaml k8s/overlays/prod/patch.yaml',
    ]);
    const file = await port.readFile('main', KUSTOMIZATION);
    expect(file).toEqual({
      content: SEED[KUSTOMIZATION],
      sha: git('rev-parse', `main:${KUSTOMIZATION}`),
    });
  });

  it('answers undefined for missing paths and refuses the wrong kind', async () => {
    const port = gitDataPort(client(), repo);
    expect(await port.readFile('main', 'k8s/overlays/nope/kustomization.yaml')).toBeUndefined();
    expect(await port.listDirectory('main', 'k8s/overlays/nope')).toBeUndefined();
    await expect(port.readFile('main', 'k8s/overlays/prod')).rejects.toThrow(
      '"k8s/overlays/prod" at main is a directory, not a file',
    );
    await expect(port.listDirectory('main', KUSTOMIZATION)).rejects.toThrow(
      `"${KUSTOMIZATION}" at main is a file, not a directory`,
    );
  });

  it('refuses to read through a symlink', async () => {
    const work = cloneBranch('main');
    symlinkSync('overlays/prod/kustomization.yaml', join(work, 'k8s/link.yaml'));
    runGit(['add', 'k8s/link.yaml'], work);
    runGit(['commit', '--quiet', '-m', 'link'], work);
    runGit(['push', '--quiet', 'origin', 'HEAD:refs/heads/with-link'], work);
    await expect(
      gitDataPort(client(), repo).readFile('with-link', 'k8s/link.yaml'),
    ).rejects.toThrow(/"k8s\/link.yaml" at with-link is a symlink/);
  });

  it('names a missing branch with a hint', async () => {
    const error = await gitDataPort(client(), repo)
      .branchTip('no-such-branch')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubPortError);
    expect(error).toMatchObject({
      status: 404,
      message: `Branch "no-such-branch" does not exist in ${repo.owner}/${repo.repo}`,
      hint: expect.stringContaining('contents: read'),
    });
  });

  it('lands blob, tree and commit with a non-forced update that git then sees', async () => {
    const port = gitDataPort(client(), repo);
    const tip = await port.branchTip('main');
    const edited = SEED[KUSTOMIZATION].replace('1.2.3', '1.2.4');
    const commit = await commitFile(port, tip, KUSTOMIZATION, edited);
    expect(await port.updateBranch('main', commit)).toBe('updated');
    const work = cloneBranch('main');
    expect(readFileSync(join(work, KUSTOMIZATION), 'utf8')).toBe(edited);
    expect(runGit(['log', '-1', '--format=%s%n%P'], work)).toBe(`set ${KUSTOMIZATION}\n${tip}`);
    expect(runGit(['diff', '--name-only', `${tip}`, 'HEAD'], work)).toBe(KUSTOMIZATION);
  });

  it('reports a non-fast-forward update as stale and leaves the branch alone', async () => {
    const port = gitDataPort(client(), repo);
    const base = await port.branchTip('main');
    const ours = await commitFile(port, base, 'README.md', '# ours\n');
    const theirs = await commitFile(port, base, 'README.md', '# theirs\n');
    expect(await port.updateBranch('main', theirs)).toBe('updated');
    expect(await port.updateBranch('main', ours)).toBe('stale');
    expect(git('rev-parse', 'refs/heads/main')).toBe(theirs);
  });

  it('reports stale when another writer lands just before our update', async () => {
    const port = gitDataPort(client(), repo);
    const base = await port.branchTip('main');
    const ours = await commitFile(port, base, 'README.md', '# raced\n');
    await emu.control.race({ branch: 'main', files: { 'other.txt': 'other\n' } });
    expect(await port.updateBranch('main', ours)).toBe('stale');
    const tip = git('rev-parse', 'refs/heads/main');
    expect(tip).not.toBe(ours);
    expect(git('rev-parse', `${tip}^`)).toBe(base);
  });

  it('tells whether a commit is in a branch: at its tip, in its history, or not', async () => {
    const port = gitDataPort(client(), repo);
    const base = await port.branchTip('main');
    const ours = await commitFile(port, base, 'README.md', '# ours, then built on\n');
    const aside = await commitFile(port, base, 'README.md', '# never landed\n');
    expect(await port.updateBranch('main', ours)).toBe('updated');
    expect(await port.branchContains('main', ours)).toBe(true);
    const later = await commitFile(port, ours, 'later.txt', 'later\n');
    expect(await port.updateBranch('main', later)).toBe('updated');
    expect(await port.branchContains('main', ours)).toBe(true);
    expect(await port.branchContains('main', base)).toBe(true);
    expect(await port.branchContains('main', aside)).toBe(false);
    expect(await port.branchContains('main', 'f'.repeat(40))).toBe(false);
  });

  it('putBranch creates, leaves alone, then force-moves a bot branch', async () => {
    const port = gitDataPort(client(), repo);
    const tip = await port.branchTip('main');
    expect(await port.putBranch('bot/bump-app', tip)).toBe('created');
    expect(await port.putBranch('bot/bump-app', tip)).toBe('unchanged');
    const sibling = await commitFile(port, tip, 'x.txt', 'x');
    const other = await commitFile(port, tip, 'y.txt', 'y');
    expect(await port.putBranch('bot/bump-app', sibling)).toBe('updated');
    expect(await port.putBranch('bot/bump-app', other)).toBe('updated');
    expect(git('rev-parse', 'refs/heads/bot/bump-app')).toBe(other);
  });

  it('turns a 403 with X-Accepted-GitHub-Permissions into a hint naming the permission', async () => {
    const readOnly = emu.createToken('fleet-bot', { contents: 'read' });
    const error = await gitDataPort(client(readOnly), repo)
      .createBlob('x')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubPortError);
    expect(error).toMatchObject({
      status: 403,
      message: expect.stringMatching(
        /^Could not create a blob .* HTTP 403: Resource not accessible/,
      ),
      hint: expect.stringContaining('contents: write'),
    });
  });
});

describe('PullRequestPort against the emulator', () => {
  it('creates, finds and updates one pull request, never a duplicate', async () => {
    const data = gitDataPort(client(), repo);
    const prs = pullRequestPort(client(), repo);
    const tip = await data.branchTip('main');
    await data.putBranch('bot/promote-prod', await commitFile(data, tip, 'z.txt', 'z\n'));
    expect(await prs.findOpen('bot/promote-prod', 'main')).toBeUndefined();
    const created = await prs.create({
      head: 'bot/promote-prod',
      base: 'main',
      title: 'Promote app 1.2.4',
      body: 'first',
    });
    expect(created).toMatchObject({ head: 'bot/promote-prod', base: 'main', state: 'open' });
    expect(created.htmlUrl).toMatch(new RegExp(`/pull/${created.number}$`));
    expect(await prs.findOpen('bot/promote-prod', 'main')).toEqual(created);
    const again = await prs.create({
      head: 'bot/promote-prod',
      base: 'main',
      title: 'Promote app 1.2.5',
      body: 'second',
    });
    expect(again).toMatchObject({
      number: created.number,
      title: 'Promote app 1.2.5',
      body: 'second',
    });
    const updated = await prs.update(created.number, { title: 'Promote app 1.2.6', body: 'third' });
    expect(updated).toMatchObject({ number: created.number, title: 'Promote app 1.2.6' });
    const all = await client().request('GET /repos/{owner}/{repo}/pulls', {
      ...repo,
      state: 'all',
    });
    expect(all.data.map((pr) => pr.number)).toEqual([created.number]);
  });
});

describe('the client against the emulator: faults and limits', () => {
  it('retries injected 5xx answers', async () => {
    await emu.control.resetLog();
    await emu.control.addFault({ method: 'GET', path: '/git/ref/heads', status: 502, count: 2 });
    const tip = await gitDataPort(client(), repo).branchTip('main');
    expect(tip).toBe(git('rev-parse', 'refs/heads/main'));
    const log = await emu.control.requests();
    expect(log.map((entry) => entry.status)).toEqual([502, 502, 200]);
  });

  it('waits out a secondary rate limit for its retry-after', async () => {
    await emu.control.addFault({
      path: '/git/commits/',
      kind: 'secondary',
      retryAfter: 1,
      status: 429,
    });
    const port = gitDataPort(client(writeToken, { waitUnitMs: 1000 }), repo);
    const tip = await port.branchTip('main');
    const started = Date.now();
    expect(await port.commitTree(tip)).toBe(git('rev-parse', `${tip}^{tree}`));
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(warnings.join('\n')).toMatch(/secondary rate limit hit .*waiting 1 s/);
  });

  it('waits for a primary rate limit to reset', async () => {
    await emu.control.addFault({ path: '/git/ref/heads', kind: 'primary', resetSeconds: 1 });
    const tip = await gitDataPort(client(), repo).branchTip('main');
    expect(tip).toBe(git('rev-parse', 'refs/heads/main'));
    expect(warnings.join('\n')).toMatch(
      /rate limit exhausted \(GET .*\); waiting \d s for the reset/,
    );
  });

  it('makes unchanged reads cost 304s that leave the rate limit alone', async () => {
    const octokit = client();
    const cache = new ConditionalGetCache(octokit);
    const route = 'GET /repos/{owner}/{repo}/contents/{path}';
    const params = { ...repo, path: KUSTOMIZATION, ref: 'main' };
    const remaining = async () =>
      Number(
        (await octokit.request('GET /repos/{owner}/{repo}', { ...repo })).headers[
          'x-ratelimit-remaining'
        ],
      );
    expect((await cache.get(route, params)).changed).toBe(true);
    const before = await remaining();
    expect((await cache.get(route, params)).changed).toBe(false);
    expect((await cache.get(route, params)).changed).toBe(false);
    expect(await remaining()).toBe(before - 1);
    expect(cache.stats).toEqual({ requests: 3, notModified: 2 });
  });
});
