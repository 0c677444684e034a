import { describe, expect, it } from '@jest/globals';
import { isDowngrade, planBump, promotionRequests, type OverlayFile } from '../src/bump.js';

const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;

const overlay = (images: string): OverlayFile => ({
  path: 'k8s/overlays/staging/kustomization.yaml',
  content: `resources:\n  - ../../base\nimages:\n${images}`,
});

const policy = { allowDowngrade: false };

describe('planBump', () => {
  it('changes exactly the tag line and reports previous and current', () => {
    const plan = planBump(
      overlay('  - name: app\n    newTag: v1.2.3 # pinned\n'),
      [{ name: 'app', tag: 'v1.3.0' }],
      policy,
    );
    expect(plan.changed).toBe(true);
    expect(plan.after).toBe(overlay('  - name: app\n    newTag: v1.3.0 # pinned\n').content);
    expect(plan.previous).toEqual({ app: { tag: 'v1.2.3', digest: null } });
    expect(plan.current).toEqual({ app: { tag: 'v1.3.0', digest: null } });
    expect(plan.diff).toContain('-    newTag: v1.2.3 # pinned\n+    newTag: v1.3.0 # pinned');
  });

  it('is a no-op when the value is already there', () => {
    const file = overlay('  - name: app\n    newTag: v1.2.3\n');
    const plan = planBump(file, [{ name: 'app', tag: 'v1.2.3' }], policy);
    expect(plan).toMatchObject({ changed: false, after: file.content, diff: '' });
  });

  it('refuses a semver downgrade unless allowed', () => {
    const file = overlay('  - name: app\n    newTag: v1.3.0\n');
    expect(() => planBump(file, [{ name: 'app', tag: 'v1.2.9' }], policy)).toThrow(
      /Refusing to downgrade in k8s\/overlays\/staging\/kustomization.yaml: app v1.3.0 -> v1.2.9/,
    );
    const plan = planBump(file, [{ name: 'app', tag: 'v1.2.9' }], { allowDowngrade: true });
    expect(plan.downgrades).toEqual(['app v1.3.0 -> v1.2.9']);
  });

  it('treats a prerelease of the same version as a downgrade and non-semver tags as free', () => {
    const file = overlay('  - name: app\n    newTag: v1.3.0\n');
    expect(() => planBump(file, [{ name: 'app', tag: 'v1.3.0-rc.1' }], policy)).toThrow(
      /downgrade/,
    );
    expect(planBump(file, [{ name: 'app', tag: 'main-abc123' }], policy).changed).toBe(true);
  });

  it.each([
    ['10.2.3', '1.10', true],
    ['1.10', '1.9', true],
    ['2024.05.01', '2024.4.30', true],
    ['v2', 'v1.9.9', true],
    ['1.2', '1.2-rc1', true],
    ['1.2', '1.2.0', false],
    ['1.9', '1.10', false],
    ['1.2-rc1', '1.2', false],
    ['latest', '1.0', false],
    ['abc1234', 'abc0000', false],
    ['v1.3.0', 'v1.3.0-rc.1', true],
  ])('downgrade guard: %s -> %s is a downgrade: %s', (from, to, expected) => {
    expect(isDowngrade(from, to)).toBe(expected);
  });

  it('refuses a dotted-number downgrade that is not semver', () => {
    const file = overlay('  - name: app\n    newTag: "10.2.3"\n');
    expect(() => planBump(file, [{ name: 'app', tag: '1.10' }], policy)).toThrow(
      /Refusing to downgrade .*app 10\.2\.3 -> 1\.10/,
    );
  });

  it('applies tag-pattern to the new tag as a whole', () => {
    const file = overlay('  - name: app\n    newTag: v1.0.0\n');
    const tagPattern = /^(?:v[0-9]+\.[0-9]+\.[0-9]+)$/u;
    expect(() =>
      planBump(file, [{ name: 'app', tag: 'v1.0.0-dirty' }], { ...policy, tagPattern }),
    ).toThrow(/does not match tag-pattern/);
    expect(
      planBump(file, [{ name: 'app', tag: 'v1.0.1' }], { ...policy, tagPattern }).changed,
    ).toBe(true);
  });

  it('names the images that exist when one is missing', () => {
    const file = overlay('  - name: app\n    newTag: v1\n  - name: worker\n    newTag: v1\n');
    expect(() => planBump(file, [{ name: 'api', tag: 'v2' }], policy)).toThrow(
      expect.objectContaining({
        hint: 'Images in k8s/overlays/staging/kustomization.yaml: "app", "worker".',
      }),
    );
  });

  it('points at images[].name when given a newName', () => {
    const file = overlay('  - name: ECR_PLACEHOLDER\n    newName: registry/app\n    newTag: v1\n');
    expect(() => planBump(file, [{ name: 'registry/app', tag: 'v2' }], policy)).toThrow(
      expect.objectContaining({ hint: expect.stringContaining('use "ECR_PLACEHOLDER"') }),
    );
  });

  it('clears a stale digest when only a tag is given, and keeps the tag for a digest alone', () => {
    const file = overlay(`  - name: app\n    newTag: v1\n    digest: ${DIGEST_A}\n`);
    const byTag = planBump(file, [{ name: 'app', tag: 'v2' }], policy);
    expect(byTag.current).toEqual({ app: { tag: 'v2', digest: null } });
    expect(byTag.after).not.toContain('digest');
    const byDigest = planBump(file, [{ name: 'app', digest: DIGEST_B }], policy);
    expect(byDigest.current).toEqual({ app: { tag: 'v1', digest: DIGEST_B } });
  });

  it('changes several images atomically or not at all', () => {
    const file = overlay(
      '  - name: app\n    newTag: v2.0.0\n  - name: worker\n    newTag: v1.0.0\n',
    );
    const both = planBump(
      file,
      [
        { name: 'app', tag: 'v2.1.0' },
        { name: 'worker', tag: 'v1.1.0' },
      ],
      policy,
    );
    expect(both.after).toBe(
      overlay('  - name: app\n    newTag: v2.1.0\n  - name: worker\n    newTag: v1.1.0\n').content,
    );
    expect(() =>
      planBump(
        file,
        [
          { name: 'worker', tag: 'v1.1.0' },
          { name: 'app', tag: 'v1.0.0' },
        ],
        policy,
      ),
    ).toThrow(/app v2.0.0 -> v1.0.0/);
  });
});

describe('promotionRequests', () => {
  const source = overlay(
    `  - name: app\n    newTag: v1.4.0\n    digest: ${DIGEST_A}\n  - name: worker\n    newTag: v2.0.0\n`,
  );

  it('copies tag and digest exactly, for the named images or all of them', () => {
    expect(promotionRequests(source, ['worker'])).toEqual([
      { name: 'worker', tag: 'v2.0.0', digest: null },
    ]);
    expect(promotionRequests(source, [])).toEqual([
      { name: 'app', tag: 'v1.4.0', digest: DIGEST_A },
      { name: 'worker', tag: 'v2.0.0', digest: null },
    ]);
  });

  it('refuses to promote an image the source does not pin', () => {
    expect(() => promotionRequests(overlay('  - name: app\n    newName: x\n'), [])).toThrow(
      /has neither newTag nor digest to promote/,
    );
  });
});
