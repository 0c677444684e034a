import { describe, expect, it } from '@jest/globals';
import { overlayClosure } from '@infra-fleet/kustomize';
import { memoryTree } from '@infra-fleet/testkit';

const tree = memoryTree({
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'base/deployment.yaml': 'kind: Deployment\n',
  'base/unused.yaml': 'kind: ConfigMap\n',
  'components/probes/kustomization.yaml': 'kind: Component\n',
  'stages/staging/kustomization.yaml':
    'resources:\n  - ../../base\ncomponents:\n  - ../../components/probes\npatches:\n  - path: patch.yaml\n',
  'stages/staging/patch.yaml': 'kind: Deployment\n',
  'stages/production/kustomization.yaml': 'resources:\n  - github.com/acme/base?ref=v1\n',
  'kustomization.yaml': 'resources:\n  - base\n',
  'docs/readme.md': '# docs\n',
});

describe('overlayClosure', () => {
  it('lists exactly what rendering reads: siblings, bases, components, patches', async () => {
    expect(await overlayClosure(tree, 'stages/staging')).toEqual({
      complete: true,
      files: [
        'base/deployment.yaml',
        'base/kustomization.yaml',
        'components/probes/kustomization.yaml',
        'stages/staging/kustomization.yaml',
        'stages/staging/patch.yaml',
      ],
    });
  });

  it('works for a kustomization at the repository root', async () => {
    const closure = await overlayClosure(tree, '.');
    expect(closure).toEqual({
      complete: true,
      files: ['base/deployment.yaml', 'base/kustomization.yaml', 'kustomization.yaml'],
    });
  });

  it('is incomplete, with the reason, for remote bases or a folder without a kustomization', async () => {
    expect(await overlayClosure(tree, 'stages/production')).toEqual({
      complete: false,
      reason: 'remote bases: github.com/acme/base?ref=v1',
    });
    expect(await overlayClosure(tree, 'docs')).toEqual({
      complete: false,
      reason: 'docs holds no kustomization',
    });
  });
});
