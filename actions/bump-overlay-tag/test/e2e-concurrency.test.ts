import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRepoWithOrigin, type TestRepo } from '@infra-fleet/testkit';
import { bump, fileAt } from './helpers.js';

const WRITERS = 10;
const names = Array.from({ length: WRITERS }, (_, index) => `app-${index}`);
const overlay = 'k8s/overlays/shared';
let repo: TestRepo;

beforeAll(() => {
  const images = names.map(
    (name) => `  - name: ${name}\n    newName: registry.example/${name}\n    newTag: v1.0.0\n`,
  );
  repo = createRepoWithOrigin({
    files: { [`${overlay}/kustomization.yaml`]: `resources: []\nimages:\n${images.join('')}` },
  });
});

afterAll(() => repo.cleanup());

describe('concurrent bumps of one overlay', () => {
  it(`lands all ${WRITERS} with linear history and no lost update`, async () => {
    const base = repo.git(['rev-parse', 'main'], repo.origin);
    const runs = await Promise.all(
      names.map((name, index) =>
        bump(repo.clone({ name: `writer-${index}` }), {
          overlay,
          image: name,
          tag: `v2.0.${index}`,
          validate: 'none',
          'max-attempts': '30',
        }),
      ),
    );
    for (const run of runs) expect(run.exitCode).toBe(0);
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
    expect(runs.some((run) => Number(run.outputs.attempts) > 1)).toBe(true);
  });
});
