import { describe, expect, it } from '@jest/globals';
import type { BumpPlan } from '../src/bump.js';
import { commitMessage } from '../src/message.js';

const plan = (overrides: Partial<BumpPlan> = {}): BumpPlan => ({
  path: 'k8s/overlays/production/kustomization.yaml',
  before: '',
  after: '',
  changed: true,
  previous: { app: { tag: 'v1.2.3', digest: null }, worker: { tag: 'v1', digest: null } },
  current: { app: { tag: 'v1.3.0', digest: null }, worker: { tag: 'v1', digest: null } },
  downgrades: [],
  diff: '',
  ...overrides,
});

describe('commitMessage', () => {
  it('writes a subject and trailers for the images that changed', () => {
    expect(
      commitMessage(plan(), {
        overlayDir: 'k8s/overlays/production',
        runUrl: 'https://github.com/o/r/actions/runs/7',
      }),
    ).toBe(
      'deploy(production): app v1.3.0\n\nImage: app=v1.3.0\nPrevious: app=v1.2.3\nRun-URL: https://github.com/o/r/actions/runs/7\n',
    );
  });

  it('records promotion source and reason', () => {
    const message = commitMessage(plan({ downgrades: ['app v1.3.0 -> v1.2.3'] }), {
      overlayDir: 'k8s/overlays/production',
      promotedFrom: { overlayDir: 'k8s/overlays/staging', sha: 'abc123' },
      reason: 'INC-42 memory leak',
    });
    expect(message).toMatch(/^promote\(production\): app v1.3.0 from staging\n\n/);
    expect(message).toContain('\nPromoted-From: staging@abc123\nReason: INC-42 memory leak\n');
  });

  it('calls a downgrade a rollback and keeps a custom subject', () => {
    expect(
      commitMessage(plan({ downgrades: ['x'] }), { overlayDir: 'k8s/overlays/production' }),
    ).toMatch(/^rollback\(production\): app v1.3.0\n/);
    expect(commitMessage(plan(), { overlayDir: 'o', subject: 'release v1.3.0' })).toMatch(
      /^release v1.3.0\n\nImage: app=v1.3.0\n/,
    );
  });
});
