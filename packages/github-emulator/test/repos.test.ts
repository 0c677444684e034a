import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, startApi, type Api } from './api-fixture.js';
import { contractValidator } from './contract.js';

let api: Api;
let check: Awaited<ReturnType<typeof contractValidator>>;
let initial: string;
const seedDir = mkdtempSync(join(tmpdir(), 'gh-emulator-repos-'));
const who = { name: 'Dev', email: 'dev@example.com', date: '2026-02-02T02:02:02Z' };

function seedTree(): void {
  mkdirSync(join(seedDir, 'k8s/base'), { recursive: true });
  writeFileSync(join(seedDir, 'k8s/base/deploy.yaml'), 'kind: Deployment\n');
  writeFileSync(join(seedDir, 'k8s/base/old.yaml'), 'kind: ConfigMap\n');
  writeFileSync(join(seedDir, 'run.sh'), '#!/bin/sh\n');
  chmodSync(join(seedDir, 'run.sh'), 0o755);
  symlinkSync('k8s/base/deploy.yaml', join(seedDir, 'link-file'));
  symlinkSync('k8s', join(seedDir, 'link-dir'));
  symlinkSync('../outside', join(seedDir, 'link-out'));
}

beforeAll(async () => {
  seedTree();
  api = await startApi({ seed: { copy: [{ from: seedDir, to: '.' }] } });
  check = await contractValidator();
  initial = (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object.sha;
});
afterAll(async () => {
  await api.emu.close();
  rmSync(seedDir, { recursive: true, force: true });
});

async function op(operationId: string, path: string, headers?: Record<string, string>) {
  const response = await api.call('GET', path, undefined, { headers });
  check(operationId, response.status, response.body);
  return response;
}

describe('repository and branches', () => {
  it('answers the repository with its owner organization', async () => {
    const repo = await op('repos/get', REPO);
    expect(repo.body).toMatchObject({
      full_name: 'octo-org/infra-fleet',
      default_branch: 'main',
      owner: { login: 'octo-org', type: 'Organization' },
    });
    expect((await op('repos/get', '/repos/octo-org/other')).status).toBe(404);
  });

  it('lists branches with their tips and answers one branch with its commit', async () => {
    await api.call('POST', `${REPO}/git/refs`, { ref: 'refs/heads/release/1', sha: initial });
    const list = await op('repos/list-branches', `${REPO}/branches`);
    expect(list.body.map((b: { name: string }) => b.name)).toEqual(['main', 'release/1']);
    expect(list.body[0].commit.sha).toBe(initial);
    const branch = await op('repos/get-branch', `${REPO}/branches/release%2F1`);
    expect(branch.body).toMatchObject({
      name: 'release/1',
      protected: false,
      commit: { sha: initial },
    });
    expect(branch.body.commit.commit.message).toBe('Initial commit');
    const missing = await op('repos/get-branch', `${REPO}/branches/nope`);
    expect(missing.body.message).toBe('Branch not found');
  });
});

describe('contents', () => {
  it('answers a file as base64 with its blob sha', async () => {
    const file = await op('repos/get-content', `${REPO}/contents/k8s/base/deploy.yaml`);
    expect(file.body).toMatchObject({
      type: 'file',
      name: 'deploy.yaml',
      path: 'k8s/base/deploy.yaml',
      encoding: 'base64',
      size: 17,
    });
    expect(Buffer.from(file.body.content, 'base64').toString()).toBe('kind: Deployment\n');
    const blob = await api.call('GET', `${REPO}/git/blobs/${file.body.sha}`);
    expect(blob.status).toBe(200);
    const raw = await api.call('GET', `${REPO}/contents/k8s/base/deploy.yaml`, undefined, {
      headers: { accept: 'application/vnd.github.raw+json' },
    });
    expect(raw.body).toBe('kind: Deployment\n');
  });

  it('lists a directory and the root, with types for files, dirs and symlinks', async () => {
    const dir = await op('repos/get-content', `${REPO}/contents/k8s/base`);
    expect(dir.body.map((e: { path: string; type: string }) => `${e.type} ${e.path}`)).toEqual([
      'file k8s/base/deploy.yaml',
      'file k8s/base/old.yaml',
    ]);
    const root = await op('repos/get-content', `${REPO}/contents/`);
    expect(root.body.map((e: { name: string; type: string }) => `${e.type} ${e.name}`)).toEqual([
      'dir k8s',
      'symlink link-dir',
      'symlink link-file',
      'symlink link-out',
      'file run.sh',
    ]);
    // Octokit drops the slash of an empty {path}: GitHub answers .../contents as the root too.
    const bare = await op('repos/get-content', `${REPO}/contents`);
    expect(bare.body).toEqual(root.body);
  });

  it('follows a symlink to a file in the repository and describes any other symlink', async () => {
    const toFile = await op('repos/get-content', `${REPO}/contents/link-file`);
    expect(toFile.body).toMatchObject({ type: 'file', path: 'k8s/base/deploy.yaml' });
    const toDir = await op('repos/get-content', `${REPO}/contents/link-dir`);
    expect(toDir.body).toMatchObject({ type: 'symlink', target: 'k8s', path: 'link-dir' });
    const outside = await op('repos/get-content', `${REPO}/contents/link-out`);
    expect(outside.body).toMatchObject({ type: 'symlink', target: '../outside' });
  });

  it('reads at a ref and answers 404 for unknown paths and refs', async () => {
    const state = api.emu.state;
    await state.git.commitFiles(
      'release/1',
      { 'k8s/base/deploy.yaml': 'kind: Deployment # r1\n' },
      'r1',
      who,
    );
    const atRef = await op(
      'repos/get-content',
      `${REPO}/contents/k8s/base/deploy.yaml?ref=release/1`,
    );
    expect(Buffer.from(atRef.body.content, 'base64').toString()).toBe('kind: Deployment # r1\n');
    const atSha = await op(
      'repos/get-content',
      `${REPO}/contents/k8s/base/deploy.yaml?ref=${initial}`,
    );
    expect(Buffer.from(atSha.body.content, 'base64').toString()).toBe('kind: Deployment\n');
    expect((await op('repos/get-content', `${REPO}/contents/nope.txt`)).status).toBe(404);
    const badRef = await op('repos/get-content', `${REPO}/contents/run.sh?ref=nope`);
    expect(badRef.body.message).toBe('No commit found for the ref nope');
  });
});

describe('compare', () => {
  let feature: string;

  beforeAll(async () => {
    await api.call('POST', `${REPO}/git/refs`, { ref: 'refs/heads/feature', sha: initial });
    const git = api.emu.state.git;
    await git.commitFiles(
      'feature',
      { 'k8s/base/deploy.yaml': 'kind: Deployment\nreplicas: 2\n', 'k8s/base/old.yaml': null },
      'one',
      who,
    );
    feature = await git.commitFiles('feature', { 'docs/new.md': 'a\nb\nc\n' }, 'two', who);
  });

  it('answers ahead with the commits and files since the merge base', async () => {
    const ahead = await op('repos/compare-commits', `${REPO}/compare/${initial}...feature`);
    expect(ahead.body).toMatchObject({
      status: 'ahead',
      ahead_by: 2,
      behind_by: 0,
      total_commits: 2,
    });
    expect(
      ahead.body.commits.map((c: { commit: { message: string } }) => c.commit.message),
    ).toEqual(['one', 'two']);
    expect(ahead.body.merge_base_commit.sha).toBe(initial);
    const files = ahead.body.files.map((f: Record<string, unknown>) => [
      f.filename,
      f.status,
      f.additions,
      f.deletions,
      f.changes,
    ]);
    expect(files).toEqual([
      ['docs/new.md', 'added', 3, 0, 3],
      ['k8s/base/deploy.yaml', 'modified', 1, 0, 1],
      ['k8s/base/old.yaml', 'removed', 0, 1, 1],
    ]);
  });

  it('answers behind, identical and diverged', async () => {
    expect(
      (await op('repos/compare-commits', `${REPO}/compare/feature...${initial}`)).body,
    ).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 2 });
    expect(
      (await op('repos/compare-commits', `${REPO}/compare/feature...${feature}`)).body,
    ).toMatchObject({ status: 'identical', commits: [], files: [] });
    const diverged = await op('repos/compare-commits', `${REPO}/compare/release/1...feature`);
    expect(diverged.body).toMatchObject({ status: 'diverged', ahead_by: 2, behind_by: 1 });
  });

  it('pages the commits with Link and answers 404 for an unknown ref', async () => {
    const page = await op(
      'repos/compare-commits',
      `${REPO}/compare/${initial}...feature?per_page=1`,
    );
    expect(page.body.commits).toHaveLength(1);
    expect(page.body.ahead_by).toBe(2);
    expect(page.headers.get('link')).toContain('rel="next"');
    expect((await op('repos/compare-commits', `${REPO}/compare/main...nope`)).status).toBe(404);
  });
});

describe('list commits', () => {
  const messages = (body: Array<{ commit: { message: string } }>) =>
    body.map((c) => c.commit.message);

  it('lists from a branch, newest first, and only those that touched a path', async () => {
    await api.call('POST', `${REPO}/git/refs`, { ref: 'refs/heads/history', sha: initial });
    const git = api.emu.state.git;
    await git.commitFiles('history', { 'k8s/a.yaml': 'a: 1\n' }, 'a one', who);
    await git.commitFiles('history', { 'docs/x.md': 'x\n' }, 'docs', who);
    const last = await git.commitFiles('history', { 'k8s/a.yaml': 'a: 2\n' }, 'a two', who);

    const all = await op('repos/list-commits', `${REPO}/commits?sha=history`);
    expect(all.status).toBe(200);
    expect(all.body[0].sha).toBe(last);
    expect(messages(all.body).slice(0, 3)).toEqual(['a two', 'docs', 'a one']);
    const touched = await op('repos/list-commits', `${REPO}/commits?sha=history&path=k8s/a.yaml`);
    expect(messages(touched.body)).toEqual(['a two', 'a one']);
    const folder = await op('repos/list-commits', `${REPO}/commits?sha=${last}&path=docs/`);
    expect(messages(folder.body)).toEqual(['docs']);
  });

  it('pages with Link, defaults to the default branch, answers 404 for an unknown sha', async () => {
    const page = await op('repos/list-commits', `${REPO}/commits?sha=history&per_page=1`);
    expect(messages(page.body)).toEqual(['a two']);
    expect(page.headers.get('link')).toContain('rel="next"');
    const main = await op('repos/list-commits', `${REPO}/commits`);
    expect(main.body.at(-1).sha).toBe(initial);
    expect((await op('repos/list-commits', `${REPO}/commits?sha=nope`)).status).toBe(404);
  });
});
