import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Octokit } from '@octokit/core';
import { REPO, git, startApi, type Api } from './api-fixture.js';
import { contractValidator } from './contract.js';

let api: Api;
let check: Awaited<ReturnType<typeof contractValidator>>;
let main: string;
const work = mkdtempSync(join(tmpdir(), 'gh-emulator-git-data-'));

beforeAll(async () => {
  api = await startApi({
    seed: { files: { 'k8s/app/kustomization.yaml': 'images: []\n', 'README.md': 'hi\n' } },
  });
  check = await contractValidator();
  main = (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object.sha;
});
afterAll(async () => {
  await api.emu.close();
  rmSync(work, { recursive: true, force: true });
});

function blobSha(content: Buffer): string {
  const header = Buffer.from(`blob ${content.length}\0`);
  return createHash('sha1')
    .update(Buffer.concat([header, content]))
    .digest('hex');
}

/** Calls the API and validates the answer against GitHub's schema for the operation. */
async function op(
  operationId: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
) {
  const response = await api.call(method, path, body, { token });
  check(operationId, response.status, response.body);
  return response;
}

async function commitOnMain(files: Record<string, string>, message: string, parent = main) {
  const tree = await op('git/create-tree', 'POST', `${REPO}/git/trees`, {
    base_tree: parent,
    tree: Object.entries(files).map(([path, content]) => ({
      path,
      mode: '100644',
      type: 'blob',
      content,
    })),
  });
  const commit = await op('git/create-commit', 'POST', `${REPO}/git/commits`, {
    message,
    tree: tree.body.sha,
    parents: [parent],
  });
  return commit.body.sha as string;
}

describe('blobs', () => {
  it('stores utf-8 and base64 content and reads it back as wrapped base64', async () => {
    const text = await op('git/create-blob', 'POST', `${REPO}/git/blobs`, {
      content: 'héllo\n',
      encoding: 'utf-8',
    });
    expect(text.status).toBe(201);
    expect(text.body.sha).toBe(blobSha(Buffer.from('héllo\n')));
    const long = Buffer.alloc(100, 7);
    const binary = await op('git/create-blob', 'POST', `${REPO}/git/blobs`, {
      content: long.toString('base64'),
      encoding: 'base64',
    });
    const got = await op('git/get-blob', 'GET', `${REPO}/git/blobs/${binary.body.sha}`);
    expect(got.body).toMatchObject({ sha: binary.body.sha, size: 100, encoding: 'base64' });
    expect(got.body.content.split('\n')[0]).toHaveLength(60);
    expect(Buffer.from(got.body.content, 'base64')).toEqual(long);
    const utf8 = await op('git/get-blob', 'GET', `${REPO}/git/blobs/${text.body.sha}`);
    expect(Buffer.from(utf8.body.content, 'base64').toString('utf8')).toBe('héllo\n');
  });

  it('answers 422 for a missing field or a malformed sha, and 404 for an unknown blob', async () => {
    const missing = await op('git/create-blob', 'POST', `${REPO}/git/blobs`, { encoding: 'utf-8' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([
      { resource: 'Blob', field: 'content', code: 'missing_field' },
    ]);
    expect((await op('git/get-blob', 'GET', `${REPO}/git/blobs/xyz`)).status).toBe(422);
    expect((await op('git/get-blob', 'GET', `${REPO}/git/blobs/${'a'.repeat(40)}`)).status).toBe(
      404,
    );
  });
});

describe('trees', () => {
  it('edits a base tree: nested paths, content entries and deletions with sha null', async () => {
    const blob = await op('git/create-blob', 'POST', `${REPO}/git/blobs`, { content: 'new\n' });
    const base = (await op('git/get-commit', 'GET', `${REPO}/git/commits/${main}`)).body.tree.sha;
    const created = await op('git/create-tree', 'POST', `${REPO}/git/trees`, {
      base_tree: base,
      tree: [
        { path: 'deep/a/b.txt', mode: '100644', type: 'blob', sha: blob.body.sha },
        { path: 'run.sh', mode: '100755', type: 'blob', content: '#!/bin/sh\n' },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(created.status).toBe(201);
    const names = created.body.tree.map((entry: { path: string }) => entry.path);
    expect(names).toEqual(['deep', 'k8s', 'run.sh']);
    const recursive = await op(
      'git/get-tree',
      'GET',
      `${REPO}/git/trees/${created.body.sha}?recursive=1`,
    );
    const paths = recursive.body.tree.map(
      (entry: { path: string; mode: string }) => `${entry.mode} ${entry.path}`,
    );
    expect(paths).toEqual([
      '040000 deep',
      '040000 deep/a',
      '100644 deep/a/b.txt',
      '040000 k8s',
      '040000 k8s/app',
      '100644 k8s/app/kustomization.yaml',
      '100755 run.sh',
    ]);
    const flat = await op('git/get-tree', 'GET', `${REPO}/git/trees/${created.body.sha}`);
    expect(flat.body.tree).toHaveLength(3);
  });

  it('refuses an entry whose sha is not an object of its type', async () => {
    const bad = await op('git/create-tree', 'POST', `${REPO}/git/trees`, {
      tree: [{ path: 'x', mode: '100644', type: 'blob', sha: 'b'.repeat(40) }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.message).toContain('is not a valid blob');
    expect((await op('git/get-tree', 'GET', `${REPO}/git/trees/${'c'.repeat(40)}`)).status).toBe(
      404,
    );
  });
});

describe('commits', () => {
  it('defaults author and committer to the token account', async () => {
    const sha = await commitOnMain({ 'a.txt': 'a\n' }, 'add a');
    const got = await op('git/get-commit', 'GET', `${REPO}/git/commits/${sha}`);
    expect(got.body.author).toMatchObject({
      name: 'Emulator Admin',
      email: expect.stringMatching(/\+emulator-admin@users\.noreply\.github\.com$/),
    });
    expect(got.body.committer.name).toBe('Emulator Admin');
    expect(got.body.parents.map((p: { sha: string }) => p.sha)).toEqual([main]);
    expect(got.body.verification.verified).toBe(false);
  });

  it('signs commits of an installation token made without committer, as GitHub does', async () => {
    const token = api.emu.createToken('github-actions[bot]', { contents: 'write' });
    const tree = (await op('git/get-commit', 'GET', `${REPO}/git/commits/${main}`)).body.tree.sha;
    const made = await op(
      'git/create-commit',
      'POST',
      `${REPO}/git/commits`,
      { message: 'bot', tree, parents: [main] },
      token,
    );
    expect(made.body.verification).toMatchObject({ verified: true, reason: 'valid' });
    expect(made.body.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
    expect(made.body.author.email).toBe('41898282+github-actions[bot]@users.noreply.github.com');
  });

  it('keeps an explicit author with its date, and refuses unknown trees and parents', async () => {
    const tree = (await op('git/get-commit', 'GET', `${REPO}/git/commits/${main}`)).body.tree.sha;
    const author = { name: 'Mona', email: 'mona@example.com', date: '2025-05-05T05:05:05Z' };
    const made = await op('git/create-commit', 'POST', `${REPO}/git/commits`, {
      message: 'm',
      tree,
      author,
    });
    expect(made.body.author).toEqual(author);
    expect(made.body.parents).toEqual([]);
    const badTree = await op('git/create-commit', 'POST', `${REPO}/git/commits`, {
      message: 'm',
      tree: 'd'.repeat(40),
    });
    expect(badTree.status).toBe(422);
    const badParent = await op('git/create-commit', 'POST', `${REPO}/git/commits`, {
      message: 'm',
      tree,
      parents: [tree],
    });
    expect(badParent.status).toBe(422);
    expect((await op('git/create-commit', 'POST', `${REPO}/git/commits`, { tree })).status).toBe(
      422,
    );
    expect(
      (await op('git/get-commit', 'GET', `${REPO}/git/commits/${'e'.repeat(40)}`)).status,
    ).toBe(404);
  });
});

describe('refs end to end', () => {
  it('fast-forwards main, refuses a non-fast-forward without force, and a clone sees the commit', async () => {
    const first = await commitOnMain(
      { 'k8s/app/kustomization.yaml': 'images: [v2]\n' },
      'bump to v2',
    );
    const updated = await op('git/update-ref', 'PATCH', `${REPO}/git/refs/heads/main`, {
      sha: first,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.object.sha).toBe(first);
    const sibling = await commitOnMain({ 'other.txt': 'x\n' }, 'sibling', main);
    const refused = await op('git/update-ref', 'PATCH', `${REPO}/git/refs/heads/main`, {
      sha: sibling,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe('Update is not a fast forward');
    const clone = join(work, 'clone');
    git(['clone', '--quiet', api.emu.gitDir, clone], work);
    expect(git(['log', '-1', '--format=%H %s'], clone)).toBe(`${first} bump to v2`);
    expect(readFileSync(join(clone, 'k8s/app/kustomization.yaml'), 'utf8')).toBe('images: [v2]\n');
    const forced = await op('git/update-ref', 'PATCH', `${REPO}/git/refs/heads/main`, {
      sha: sibling,
      force: true,
    });
    expect(forced.body.object.sha).toBe(sibling);
    git(['fetch', '--quiet', 'origin'], clone);
    expect(git(['rev-parse', 'origin/main'], clone)).toBe(sibling);
    main = sibling;
  });

  it('creates, lists, reads and deletes refs; creating twice is 422', async () => {
    const created = await op('git/create-ref', 'POST', `${REPO}/git/refs`, {
      ref: 'refs/heads/feature/x',
      sha: main,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(created.body.url);
    const again = await op('git/create-ref', 'POST', `${REPO}/git/refs`, {
      ref: 'refs/heads/feature/x',
      sha: main,
    });
    expect(again.body.message).toBe('Reference already exists');
    const bad = await op('git/create-ref', 'POST', `${REPO}/git/refs`, { ref: 'main', sha: main });
    expect(bad.status).toBe(422);
    const got = await op('git/get-ref', 'GET', `${REPO}/git/ref/heads%2Ffeature%2Fx`);
    expect(got.body).toMatchObject({
      ref: 'refs/heads/feature/x',
      object: { sha: main, type: 'commit' },
    });
    const matching = await op(
      'git/list-matching-refs',
      'GET',
      `${REPO}/git/matching-refs/heads/feat`,
    );
    expect(matching.body.map((r: { ref: string }) => r.ref)).toEqual(['refs/heads/feature/x']);
    expect((await op('git/delete-ref', 'DELETE', `${REPO}/git/refs/heads/feature/x`)).status).toBe(
      204,
    );
    expect((await op('git/get-ref', 'GET', `${REPO}/git/ref/heads/feature/x`)).status).toBe(404);
    const gone = await op('git/update-ref', 'PATCH', `${REPO}/git/refs/heads/feature/x`, {
      sha: main,
    });
    expect(gone.body.message).toBe('Reference does not exist');
  });

  it('works with a real Octokit (encoded ref, errors as RequestError)', async () => {
    const octokit = new Octokit({ auth: api.token, baseUrl: api.emu.url });
    const ref = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: 'octo-org',
      repo: 'infra-fleet',
      ref: 'heads/main',
    });
    expect(ref.data.object.sha).toBe(main);
    await expect(
      octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        owner: 'octo-org',
        repo: 'infra-fleet',
        ref: 'heads/main',
        sha: 'f'.repeat(40),
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Object does not exist'),
    });
  });

  it('lets 10 concurrent compare-and-swap writers all land, one commit each', async () => {
    const land = async (writer: number) => {
      for (let attempt = 1; attempt <= 30; attempt++) {
        const tip = (await api.call('GET', `${REPO}/git/ref/heads/main`)).body.object.sha;
        const sha = await commitOnMain(
          { [`writers/${writer}.txt`]: `${writer}\n` },
          `writer ${writer}`,
          tip,
        );
        const update = await api.call('PATCH', `${REPO}/git/refs/heads/main`, { sha });
        if (update.status === 200) return attempt;
        expect(update.body.message).toBe('Update is not a fast forward');
        await sleep(Math.random() * 30 * attempt);
      }
      throw new Error(`writer ${writer} never landed`);
    };
    const attempts = await Promise.all(Array.from({ length: 10 }, (_, writer) => land(writer)));
    expect(Math.max(...attempts)).toBeGreaterThan(1);
    const clone = join(work, 'writers');
    git(['clone', '--quiet', api.emu.gitDir, clone], work);
    const subjects = git(['log', '--format=%s', `${main}..HEAD`], clone).split('\n');
    expect(subjects.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `writer ${i}`).sort());
    expect(git(['ls-files', 'writers'], clone).split('\n')).toHaveLength(10);
  });
});
