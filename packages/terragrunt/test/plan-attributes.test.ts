import { describe, expect, it } from '@jest/globals';
import {
  attributeChanges,
  buildManifest,
  serialiseManifest,
  summarisePlan,
  normalisedChangesHash,
} from '../src/index.js';

describe('attributeChanges', () => {
  it('lists the leaves an update changes, before -> after, in reading order', () => {
    expect(
      attributeChanges({
        actions: ['update'],
        before: {
          id: 'ng-1',
          scaling_config: [{ max_size: 4, min_size: 1 }],
          tags: { team: 'a', 'k8s.io/role': 'x' },
        },
        after: {
          id: 'ng-1',
          scaling_config: [{ max_size: 6, min_size: 1 }],
          tags: { team: 'b', 'k8s.io/role': 'x' },
        },
        after_unknown: {},
      }),
    ).toEqual([
      { path: 'scaling_config[0].max_size', before: '4', after: '6' },
      { path: 'tags.team', before: '"a"', after: '"b"' },
    ]);
  });

  it('shows what a create sets and what is known only after apply', () => {
    expect(
      attributeChanges({
        actions: ['create'],
        before: null,
        after: { bucket: 'logs', versioning: [], arn: null },
        after_unknown: { arn: true, id: true },
      }),
    ).toEqual([
      { path: 'arn', after: '(known after apply)' },
      { path: 'bucket', after: '"logs"' },
      { path: 'id', after: '(known after apply)' },
      { path: 'versioning', after: '[]' },
    ]);
  });

  it('never renders a value marked sensitive on either side, whole subtrees included', () => {
    const changes = attributeChanges({
      actions: ['update'],
      before: { password: 'old-secret-1', settings: { token: 'tok-old', size: 1 } },
      after: { password: 'new-secret-2', settings: { token: 'tok-new', size: 2 } },
      before_sensitive: { password: true },
      after_sensitive: { password: true, settings: true },
    });
    expect(changes).toEqual([
      { path: 'password', before: '(sensitive)', after: '(sensitive)' },
      { path: 'settings.size', before: '(sensitive)', after: '(sensitive)' },
      { path: 'settings.token', before: '(sensitive)', after: '(sensitive)' },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/secret|tok-/);
  });

  it('says nothing about deletes (the whole object goes)', () => {
    expect(attributeChanges({ actions: ['delete'], before: { id: 'x' }, after: null })).toEqual([]);
  });
});

describe('attributes and the manifest', () => {
  const plan = {
    format_version: '1.2',
    resource_changes: [
      {
        address: 'module.node_group.aws_eks_node_group.this',
        change: {
          actions: ['update'],
          before: { max_size: 4 },
          after: { max_size: 6 },
          after_unknown: {},
        },
      },
    ],
  };

  it('are part of the summary but leave the manifest and its hash exactly as they were', () => {
    const changes = summarisePlan(plan);
    expect(changes.resources[0]?.attributes).toEqual([
      { path: 'max_size', before: '4', after: '6' },
    ]);
    const manifest = buildManifest({
      terragrunt: '1.0.2',
      opentofu: '1.11.5',
      workingDirectory: 'infrastructure/environments/staging',
      commit: 'a'.repeat(40),
      units: { eks: { hash: normalisedChangesHash(plan), changes } },
    });
    expect(serialiseManifest(manifest)).not.toContain('max_size');
    expect(manifest.units.eks?.resources).toEqual({
      'module.node_group.aws_eks_node_group.this': 'update',
    });
  });
});
