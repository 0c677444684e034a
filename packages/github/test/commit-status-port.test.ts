import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { createGitHubClient } from '../src/client.js';
import {
  COMPARE_FILE_LIMIT,
  commitStatusPort,
  toCommitStatus,
  toComparison,
  type CommitStatusPort,
} from '../src/commit-status-port.js';
import { GitHubPortError } from '../src/errors.js';

const REPO = { owner: 'octo-org', repo: 'infra-fleet' };
const quiet = { info: () => undefined, warning: () => undefined };
const IDENTITY = { name: 'Test', email: 'test@example.com', date: '2026-01-01T00:00:00Z' };

type Loose = Record<string, unknown>;
const spec = createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as {
  components: { examples: Record<string, { value: unknown }> };
};
const example = (name: string) => spec.components.examples[name]?.value as Loose;

describe("commit status port: reading GitHub's published example responses", () => {
  it('reads a status with its creator', () => {
    const [first] = example('status-items') as unknown as Loose[];
    expect(toCommitStatus(first ?? {}, 'f'.repeat(40))).toEqual({
      id: 1,
      sha: 'f'.repeat(40),
      state: 'success',
      context: 'continuous-integration/jenkins',
      description: 'Build has completed successfully',
      targetUrl: 'https://ci.example.com/1000/output',
      createdAt: '2012-07-20T01:19:13Z',
      creator: 'octocat',
    });
  });

  it('reads a status whose creator is gone, and an unknown state as an error', () => {
    const status = toCommitStatus({ id: 2, state: 'weird', creator: null }, 'f'.repeat(40));
    expect(status).toMatchObject({ state: 'error', context: 'default', description: '' });
    expect(status.creator).toBeUndefined();
  });

  it('reads a comparison: status, counts, commits, files and renames', () => {
    const comparison = toComparison(example('commit-comparison'));
    expect(comparison).toMatchObject({
      status: 'behind',
      aheadBy: 1,
      behindBy: 2,
      filesComplete: true,
    });
    expect(comparison.commits).toEqual(['6dcb09b5b57875f334f61aebed695e2e4193db5e']);
    expect(comparison.files[0]).toEqual({ filename: 'file1.txt' });
    const renamed = toComparison({ files: [{ filename: 'b', previous_filename: 'a' }] });
    expect(renamed.files).toEqual([{ filename: 'b', previousFilename: 'a' }]);
  });

  it('marks a file list GitHub may have cut', () => {
    const files = Array.from({ length: COMPARE_FILE_LIMIT }, (_, i) => ({ filename: `f${i}` }));
    expect(toComparison({ files }).filesComplete).toBe(false);
  });
});

describe('commit status port against the emulator', () => {
  let emulator: RunningEmulator;
  let port: CommitStatusPort;
  let base: string;
  let head: string;
  let fluxToken: string;

  const post = async (sha: string, body: Loose, token = fluxToken) => {
    const response = await fetch(`${emulator.url}/repos/octo-org/infra-fleet/statuses/${sha}`, {
      method: 'POST',
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
  };

  beforeAll(async () => {
    emulator = await startEmulator(REPO);
    await emulator.control.addAccount({ login: 'flux-bot', type: 'Bot' });
    fluxToken = await emulator.control.createToken('flux-bot', { statuses: 'write' });
    const token = await emulator.control.createToken('github-actions[bot]', {
      statuses: 'read',
      contents: 'read',
    });
    port = commitStatusPort(createGitHubClient({ token, baseUrl: emulator.url, log: quiet }), REPO);
    const git = emulator.state.git;
    base = (await git.resolve('refs/heads/main')) as string;
    await git.commitFiles('main', { 'k8s/overlays/staging/a.yaml': 'a: 1\n' }, 'overlay', IDENTITY);
    head = await git.commitFiles('main', { 'README.md': 'changed\n' }, 'readme', IDENTITY);
  });
  afterAll(() => emulator?.close());

  it('knows which commits exist', async () => {
    expect(await port.commitExists(head)).toBe(true);
    expect(await port.commitExists('0'.repeat(40))).toBe(false);
  });

  it('reads the branch tip, and undefined for a missing branch', async () => {
    expect(await port.branchTip('main')).toBe(head);
    expect(await port.branchTip('nope')).toBeUndefined();
  });

  it('lists statuses newest first with creators; an unchanged list costs a 304', async () => {
    await post(head, { state: 'pending', context: 'flux/staging', description: 'progressing' });
    await post(head, {
      state: 'success',
      context: 'flux/staging',
      description: 'reconciliation succeeded',
      target_url: 'https://flux.example/s',
    });
    const first = await port.listStatuses(head);
    expect(first.changed).toBe(true);
    expect(first.statuses.map((s) => [s.state, s.creator, s.sha])).toEqual([
      ['success', 'flux-bot', head],
      ['pending', 'flux-bot', head],
    ]);
    expect(first.statuses[0]?.targetUrl).toBe('https://flux.example/s');
    const before = port.stats().notModified;
    const again = await port.listStatuses(head);
    expect(again).toEqual({ changed: false, statuses: first.statuses });
    expect(port.stats().notModified).toBe(before + 1);
    await post(head, { state: 'failure', context: 'flux/staging' }, emulator.adminToken);
    const third = await port.listStatuses(head);
    expect(third.changed).toBe(true);
    expect(third.statuses[0]?.creator).toBe('emulator-admin');
  });

  it('compares two commits once: status, commits and files', async () => {
    const requestsBefore = (await emulator.control.requests()).length;
    const comparison = await port.compare(base, head);
    expect(comparison).toMatchObject({ status: 'ahead', aheadBy: 2, behindBy: 0 });
    expect(comparison?.commits).toHaveLength(2);
    expect(comparison?.commits.at(-1)).toBe(head);
    expect(comparison?.files.map((f) => f.filename).sort()).toEqual([
      'README.md',
      'k8s/overlays/staging/a.yaml',
    ]);
    expect(await port.compare(base, head)).toEqual(comparison);
    const compares = (await emulator.control.requests())
      .slice(requestsBefore)
      .filter((entry) => entry.operationId === 'repos/compare-commits');
    expect(compares).toHaveLength(1);
    expect((await port.compare(head, base))?.status).toBe('behind');
  });

  it('answers undefined for commits without common history', async () => {
    const git = emulator.state.git;
    const tree = (await git.resolve(`${head}^{tree}`)) as string;
    const orphan = await git.writeCommit({
      tree,
      parents: [],
      message: 'orphan',
      author: IDENTITY,
      committer: IDENTITY,
    });
    expect(await port.compare(base, orphan)).toBeUndefined();
  });

  it('names the operation and the missing permission when the token cannot read statuses', async () => {
    const token = await emulator.control.createToken('github-actions[bot]', { contents: 'read' });
    const weak = commitStatusPort(
      createGitHubClient({ token, baseUrl: emulator.url, log: quiet }),
      REPO,
    );
    const failure = weak.listStatuses(head);
    await expect(failure).rejects.toBeInstanceOf(GitHubPortError);
    await expect(failure).rejects.toMatchObject({
      message: expect.stringContaining(`Could not list the statuses of commit ${head}`),
      hint: expect.stringContaining('statuses: read'),
    });
  });
});
