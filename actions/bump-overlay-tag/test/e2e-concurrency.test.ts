import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createRepoWithOrigin,
  runAction,
  serveGitOverHttp,
  type GitHttpServer,
  type TestRepo,
} from '@infra-fleet/testkit';
import { ACTION_DIR, fileAt, TOKEN } from './helpers.js';

/**
 * Correctness under concurrency, forced deterministically: the origin is served over smart HTTP
 * and holds every first push until all writers have sent theirs, so all of them planned on the
 * same tip and all but one must lose, recompute and retry. Throughput is `npm run bench`'s job.
 */
const WRITERS = 4;
const names = Array.from({ length: WRITERS }, (_, index) => `app-${index}`);
const overlay = 'k8s/overlays/shared';
let repo: TestRepo;
let server: GitHttpServer;

beforeAll(async () => {
  const images = names.map(
    (name) => `  - name: ${name}\n    newName: registry.example/${name}\n    newTag: v1.0.0\n`,
  );
  repo = createRepoWithOrigin({
    files: { [`${overlay}/kustomization.yaml`]: `resources: []\nimages:\n${images.join('')}` },
  });
  server = await serveGitOverHttp(repo.origin, { pushBarrier: WRITERS, token: TOKEN });
});

afterAll(async () => {
  await server?.close();
  repo?.cleanup();
});

function writer(index: number) {
  const workspace = repo.clone({ name: `writer-${index}` });
  repo.git(['remote', 'set-url', 'origin', server.url], workspace);
  return runAction({
    actionDir: ACTION_DIR,
    workspace,
    token: TOKEN,
    env: { GITHUB_SERVER_URL: new URL(server.url).origin },
    inputs: {
      'commit-method': 'git',
      overlay,
      image: names[index] as string,
      tag: `v2.0.${index}`,
      validate: 'none',
      'max-attempts': '30',
    },
  });
}

describe('concurrent bumps of one overlay (git method, pushes held until all arrive)', () => {
  it(`lands all ${WRITERS} with linear history and no lost update`, async () => {
    const base = repo.git(['rev-parse', 'main'], repo.origin);
    const runs = await Promise.all(names.map((_, index) => writer(index)));
    for (const run of runs)
      expect({ exitCode: run.exitCode, log: run.stdout }).toMatchObject({
        exitCode: 0,
      });
    expect(server.barrierReleased()).toBe(WRITERS);
    const history = repo.git(['rev-list', `${base}..main`], repo.origin).split('\n');
    expect(history).toHaveLength(WRITERS);
    expect(repo.git(['rev-list', '--merges', 'main'], repo.origin)).toBe('');
    const final = `${fileAt(repo, 'main', `${overlay}/kustomization.yaml`)}\n`;
    names.forEach((name, index) => {
      expect(final).toContain(
        `  - name: ${name}\n    newName: registry.example/${name}\n    newTag: v2.0.${index}\n`,
      );
    });
    const shas = runs.map((run) => run.outputs['commit-sha']);
    expect(new Set(shas).size).toBe(WRITERS);
    expect([...shas].sort()).toEqual([...history].sort());
    // All planned on one tip, so exactly one first push could win.
    const retried = runs.filter((run) => Number(run.outputs.attempts) > 1);
    expect(retried).toHaveLength(WRITERS - 1);
  });

  it('authenticates every request to the git server with the token, as an extraheader', () => {
    const pushes = server.requests.filter((request) => request.path.includes('receive-pack'));
    expect(pushes.length).toBeGreaterThanOrEqual(WRITERS);
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    for (const request of server.requests) expect(request.authorization).toBe(`basic ${basic}`);
  });
});
