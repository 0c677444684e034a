import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createRepoWithOrigin, TEST_GIT_ENV, type TestRepo } from '../../testkit/src/repos.js';
import { Git } from '../src/index.js';

export { createRepoWithOrigin, TEST_GIT_ENV, type TestRepo };

export const KUSTOMIZATION = 'k8s/overlays/staging/kustomization.yaml';

/**
 * A repository with a nested file, an executable, a symlinked directory and a symlinked file,
 * all pushed to origin main.
 */
export function fixtureRepo(): TestRepo {
  const repo = createRepoWithOrigin({
    files: {
      [KUSTOMIZATION]: 'images:\n  - name: app\n    newTag: v1.0.0\n',
      'k8s/base/deployment.yaml': 'kind: Deployment\n',
      'scripts/run.sh': '#!/bin/sh\necho run\n',
      'README.md': '# fixture\n',
    },
  });
  symlinkSync('staging', join(repo.work, 'k8s/overlays/linked'));
  symlinkSync('../README.md', join(repo.work, 'scripts/readme-link.md'));
  chmodSync(join(repo.work, 'scripts/run.sh'), 0o755);
  repo.git(['add', '--all']);
  repo.git(['commit', '--quiet', '-m', 'links and modes']);
  repo.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
  return repo;
}

/** Tests push to a local bare origin they made themselves: a trusted fixture. */
export function gitIn(cwd: string, env: Record<string, string | undefined> = {}): Git {
  return new Git({ cwd, env: { ...TEST_GIT_ENV, ...env }, transports: { filePush: true } });
}
