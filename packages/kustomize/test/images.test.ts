import { describe, expect, it } from '@jest/globals';
import { KustomizeError, readImages, setImages } from '@infra-fleet/kustomize';

function errorOf(source: string): KustomizeError {
  try {
    readImages(source, 'overlays/prod/kustomization.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(KustomizeError);
    return error as KustomizeError;
  }
  throw new Error('readImages did not throw');
}

describe('readImages', () => {
  it('reads every entry with the fields that are set', () => {
    const source = [
      'resources: [../../base]',
      'images:',
      '  - name: app',
      '    newName: ghcr.io/example/app',
      "    newTag: '1.10'",
      '    digest: "sha256:abc"',
      '    extra: ignored',
      '  - {name: db, newTag: "16"}',
      '  - name: cache',
      '    newTag:',
      '',
    ].join('\n');
    expect(readImages(source, 'k')).toEqual([
      { name: 'app', newName: 'ghcr.io/example/app', newTag: '1.10', digest: 'sha256:abc' },
      { name: 'db', newTag: '16' },
      { name: 'cache' },
    ]);
  });

  it('returns [] when there is no images key, or it is empty', () => {
    expect(readImages('resources: [a.yaml]\n', 'k')).toEqual([]);
    expect(readImages('images:\n', 'k')).toEqual([]);
    expect(readImages('images: []\n', 'k')).toEqual([]);
  });

  it('resolves an alias the way kustomize does', () => {
    expect(readImages('x: &d sha256:a\nimages:\n- name: a\n  digest: *d\n', 'k')).toEqual([
      { name: 'a', digest: 'sha256:a' },
    ]);
  });

  it('accepts an explicit !!str tag on a number-like value', () => {
    expect(readImages('images:\n- name: a\n  newTag: !!str 1.10\n', 'k')).toEqual([
      { name: 'a', newTag: '1.10' },
    ]);
  });

  it.each([
    [
      'invalid YAML',
      'images:\n  - name: a\n newTag: [\n',
      /kustomization\.yaml:\d+:\d+: invalid YAML/,
    ],
    ['several documents', 'images: []\n---\nimages: []\n', /holds 2 YAML documents/],
    ['an empty file', '', /is empty/],
    ['a root that is not a mapping', '- a\n- b\n', /:1:1: the document root is not a mapping/],
    ['images as a mapping', 'images:\n  app: v1\n', /:2:3: `images` is not a list/],
    ['images as a string', 'images: app\n', /`images` is not a list/],
    ['an entry that is not a mapping', 'images:\n  - app\n', /:2:5: images\[0\] is not a mapping/],
    ['an entry without name', 'images:\n  - newTag: v1\n', /images\[0\] has no string `name`/],
    ['a name that is a number', 'images:\n  - name: 1.5\n', /`name: 1.5` as a number/],
    [
      'a duplicated key',
      'images:\n- name: a\n  name: b\n',
      /invalid YAML: Map keys must be unique/,
    ],
    [
      'a newTag that is a list',
      'images:\n- name: a\n  newTag: [v1]\n',
      /:3:11: `newTag` is not a scalar/,
    ],
    [
      'a newName that is a map',
      'images:\n- name: a\n  newName: {a: b}\n',
      /`newName` is not a scalar/,
    ],
    ['a merge key', 'b: &b {newTag: v1}\nimages:\n- <<: *b\n  name: a\n', /merge key/],
  ])('rejects %s', (_what, source, message) => {
    expect(errorOf(source).message).toMatch(message);
  });

  it.each(['1.10', '1e3', '123', '0o17', '0', 'yes', 'On', 'true'])(
    'rejects an unquoted newTag %s and says to quote it',
    (tag) => {
      const error = errorOf(`images:\n- name: app\n  newTag: ${tag}\n`);
      expect(error.message).toContain(
        `overlays/prod/kustomization.yaml:3:11: kustomize reads \`newTag: ${tag}\``,
      );
      expect(error.hint).toBe(`Quote it: newTag: "${tag}"`);
    },
  );
});

describe('a name listed twice', () => {
  const source =
    'images:\n- name: a\n  newTag: v1\n- name: b\n  newTag: v1\n- name: a\n  newTag: v2\n';

  it('reads (kustomize renders it, the last entry wins) and other images still bump', () => {
    expect(readImages(source, 'k.yaml').map((entry) => entry.name)).toEqual(['a', 'b', 'a']);
    expect(setImages(source, [{ name: 'b', newTag: 'v9' }], 'k.yaml')).toBe(
      source.replace('- name: b\n  newTag: v1', '- name: b\n  newTag: v9'),
    );
  });

  it('refuses to bump the duplicated image itself, naming both places', () => {
    expect(() => setImages(source, [{ name: 'a', newTag: 'v3' }], 'k.yaml')).toThrow(
      /k\.yaml:6:3: image "a" is listed twice in images \(first at k\.yaml:2:3\); kustomize applies the last one/,
    );
  });
});
