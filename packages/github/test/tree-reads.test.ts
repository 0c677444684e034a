import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@infra-fleet/github-emulator';
import { runGit } from '@infra-fleet/testkit';
import { commitStatusPort, createGitHubClient, gitDataPort, type RepoRef } from '../src/index.js';
import { ok, ScriptServer, type Reply } from './script-server.js';

const quiet = { info: () => undefined, warning: () => undefined };
const REPO: RepoRef = { owner: 'octo-org', repo: 'infra-fleet' };
const COMMIT = 'c'.repeat(40);
const TAG = 'a'.repeat(40);

describe('GitDataPort.resolveCommit and CommitTreePort against the emulator', () => {
  let emulator: RunningEmulator;
  let token: string;
  let main: string;
  const port = () =>
    gitDataPort(createGitHubClient({ token, baseUrl: emulator.url, log: quiet }), REPO);

  beforeAll(async () => {
    emulator = await startEmulator({
      seed: { files: { 'README.md': '# fleet\n', 'k8s/overlays/staging/kustomization.yaml': '' } },
    });
    token = emulator.createToken('github-actions[bot]', { contents: 'read', statuses: 'read' });
    main = runGit(['rev-parse', 'refs/heads/main'], emulator.gitDir);
    runGit(['tag', 'v1.0.0', main], emulator.gitDir);
    runGit(['branch', 'release', main], emulator.gitDir);
  });
  afterAll(() => emulator?.close());

  it('resolves a full sha, a branch, a lightweight tag and a refs/ name to the commit', async () => {
    for (const ref of [main, main.toUpperCase(), 'release', 'v1.0.0', 'refs/tags/v1.0.0']) {
      expect(await port().resolveCommit(ref)).toBe(main);
    }
  });

  it('answers undefined when no commit, branch or tag matches', async () => {
    for (const ref of ['deadbeef', 'f'.repeat(40), 'refs/heads/v1.0.0', 'nope']) {
      expect(await port().resolveCommit(ref)).toBeUndefined();
    }
  });

  it('says what is at a path, lists a directory, and counts the requests', async () => {
    const tree = commitStatusPort(
      createGitHubClient({ token, baseUrl: emulator.url, log: quiet }),
      REPO,
    );
    expect(await tree.pathType(main, 'k8s/overlays/staging/')).toBe('dir');
    expect(await tree.pathType(main, 'README.md')).toBe('file');
    expect(await tree.pathType(main, 'k8s/overlays/prod')).toBeUndefined();
    const names = async (path: string) =>
      (await tree.listDirectory(main, path))?.map((entry) => `${entry.name}:${entry.type}`);
    expect(await names('k8s/overlays')).toEqual(['staging:dir']);
    expect(await names('k8s/overlays/prod')).toBeUndefined();
    expect(tree.stats().requests).toBe(5);
  });
});

describe('GitDataPort.resolveCommit: annotated tags (scripted GitHub)', () => {
  let server: ScriptServer;
  afterAll(() => server?.close());

  const serve = async (answers: Record<string, Reply>) => {
    server = await new ScriptServer(
      (request) => answers[request.url] ?? { status: 404, body: { message: 'Not Found' } },
    ).start();
    const client = createGitHubClient({ token: 't', baseUrl: server.url, log: quiet });
    return gitDataPort(client, REPO);
  };

  it('peels an annotated tag to its commit, and refuses a tag of a tree', async () => {
    const git = '/repos/octo-org/infra-fleet/git';
    const port = await serve({
      [`${git}/ref/tags%2Fv2.0.0`]: ok({ object: { type: 'tag', sha: TAG } }),
      [`${git}/tags/${TAG}`]: ok({ object: { type: 'commit', sha: COMMIT } }),
      [`${git}/ref/tags%2Ftree-tag`]: ok({ object: { type: 'tree', sha: TAG } }),
    });
    expect(await port.resolveCommit('v2.0.0')).toBe(COMMIT);
    expect(await port.resolveCommit('tree-tag')).toBeUndefined();
  });
});
