import { describe, expect, it } from '@jest/globals';
import {
  KustomizeError,
  readImages,
  setImages,
  SurgicalEditError,
  verifyImageEdit,
  type ImageChange,
} from '@infra-fleet/kustomize';

const D = `sha256:${'c'.repeat(64)}`;
const BASIC = 'images:\n  - name: app\n    newTag: v1\n  - name: db\n    newTag: "15"\n';

function thrown(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('setImages', () => {
  it('returns the very same string when every change already holds', () => {
    const changes: ImageChange[] = [
      { name: 'app', newTag: 'v1', digest: null },
      { name: 'db', newTag: '15' },
    ];
    expect(setImages(BASIC, changes, 'k')).toBe(BASIC);
    expect(setImages(BASIC, [{ name: 'app' }], 'k')).toBe(BASIC);
  });

  it('names the images that exist when asked for an unknown one', () => {
    const error = thrown(() => setImages(BASIC, [{ name: 'web', newTag: 'v2' }], 'prod/k.yaml'));
    expect(error).toBeInstanceOf(KustomizeError);
    expect(error).not.toBeInstanceOf(SurgicalEditError);
    expect(error.message).toBe('prod/k.yaml: image "web" is not in images (found: "app", "db")');
    expect((error as KustomizeError).hint).toMatch(/add an entry for "web"/);
  });

  it('says so when there are no images at all', () => {
    const error = thrown(() => setImages('resources: []\n', [{ name: 'web', newTag: 'v2' }], 'k'));
    expect(error.message).toBe('k: image "web" is not in images (there are no images entries)');
  });

  it('refuses the same image twice in one request', () => {
    const changes = [
      { name: 'app', newTag: 'v2' },
      { name: 'app', digest: D },
    ];
    expect(() => setImages(BASIC, changes, 'k')).toThrow(/image "app" is requested more than once/);
  });

  it.each([
    ['invalid YAML', 'images:\n  - name: app\n   newTag: [v1\n', /k:\d+:\d+: invalid YAML/],
    ['images that is not a list', 'images:\n  app: v1\n', /k:2:3: `images` is not a list/],
    [
      'duplicate names',
      'images:\n- name: app\n- name: app\n',
      /k:3:3: image "app" is listed twice/,
    ],
    ['an unquoted 1.10', 'images:\n- name: app\n  newTag: 1.10\n', /quote|reads `newTag: 1.10`/],
  ])('rejects %s with a KustomizeError', (_what, source, message) => {
    const error = thrown(() => setImages(source, [{ name: 'app', newTag: 'v2' }], 'k'));
    expect(error).toBeInstanceOf(KustomizeError);
    expect(error.message).toMatch(message);
  });

  it.each([
    [
      'a literal block scalar',
      'images:\n- name: app\n  newTag: |\n    v1\n',
      /k:3:11: `newTag` is a block scalar/,
    ],
    ['a folded block scalar', 'images:\n- name: app\n  newTag: >-\n    v1\n', /is a block scalar/],
    [
      'a multi-line plain value',
      'images:\n- name: app\n  newTag: v1\n    more\n',
      /spans several lines/,
    ],
    [
      'a multi-line quoted value',
      'images:\n- name: app\n  newTag: "v1\n    more"\n',
      /spans several lines/,
    ],
    [
      'an anchor on the value',
      'images:\n- name: app\n  newTag: &t v1\n',
      /carries an anchor or tag/,
    ],
    [
      'a tag on the value',
      'images:\n- name: app\n  newTag: !!str v1\n',
      /carries an anchor or tag/,
    ],
    [
      'an alias as the value',
      't: &t v1\nimages:\n- name: app\n  newTag: *t\n',
      /not a plain scalar/,
    ],
    [
      'a new key after a block-scalar name',
      'images:\n- name: >-\n    app\n',
      /after the block scalar `name`/,
    ],
  ])('refuses to edit %s with a SurgicalEditError', (_what, source, message) => {
    const error = thrown(() => setImages(source, [{ name: 'app', newTag: 'v2' }], 'k'));
    expect(error).toBeInstanceOf(SurgicalEditError);
    expect(error.message).toMatch(message);
  });

  it.each([
    ['a key on the `- ` line', 'images:\n- newTag: v1\n  name: app\n', /shares its line/],
    [
      'a flow pair behind a comment',
      'images:\n- {name: app, # main\n   newTag: v1}\n',
      /flow-mapping pair/,
    ],
  ])('refuses to remove %s with a SurgicalEditError', (_what, source, message) => {
    const error = thrown(() => setImages(source, [{ name: 'app', newTag: null }], 'k'));
    expect(error).toBeInstanceOf(SurgicalEditError);
    expect(error.message).toMatch(message);
  });

  it('inserts newTag then digest after name, in that order', () => {
    const source = 'images:\n  - name: app # main\n  - name: db\n';
    const after = setImages(source, [{ name: 'app', digest: D, newTag: 'v2' }], 'k');
    expect(after).toBe(
      `images:\n  - name: app # main\n    newTag: v2\n    digest: ${D}\n  - name: db\n`,
    );
  });

  it('puts a new digest after name when newTag is removed in the same change', () => {
    const source = 'images:\n- name: app\n  newName: x/app\n  newTag: v1\n';
    const after = setImages(source, [{ name: 'app', newTag: null, digest: D }], 'k');
    expect(after).toBe(`images:\n- name: app\n  newName: x/app\n  digest: ${D}\n`);
  });

  it('inserts both keys into a flow mapping', () => {
    const after = setImages(
      'images: [{name: app}]\n',
      [{ name: 'app', newTag: 'v2', digest: D }],
      'k',
    );
    expect(after).toBe(`images: [{name: app, newTag: v2, digest: ${D}}]\n`);
  });

  it.each([
    ['"app"', '"v2"'],
    ["'app'", "'v2'"],
    ['app', 'v2'],
  ])('gives a new key the quote style of its neighbour (%s)', (name, tag) => {
    const after = setImages(`images:\n- name: ${name}\n`, [{ name: 'app', newTag: 'v2' }], 'k');
    expect(after).toBe(`images:\n- name: ${name}\n  newTag: ${tag}\n`);
  });

  it('keeps single quotes but switches plain to double quotes only when needed', () => {
    const source = "images:\n- name: a\n  newTag: '1'\n- name: b\n  newTag: v1\n";
    const after = setImages(
      source,
      [
        { name: 'a', newTag: '2' },
        { name: 'b', newTag: '1.10' },
      ],
      'k',
    );
    expect(after).toBe('images:\n- name: a\n  newTag: \'2\'\n- name: b\n  newTag: "1.10"\n');
  });

  const awkward = [
    "it's",
    'a: b',
    '#x',
    'x #y',
    '"q"',
    ' lead',
    'tail ',
    'tab\tx',
    'new\nline',
    'ünï',
    '\u0085',
    '{a}',
    '\\',
  ];
  const layouts = [
    'images:\n- name: app\n  newTag: v1 # c\n',
    "images:\n- name: app\n  newTag: 'v1'\n",
    'images:\n- name: app\n  newTag: "v1"\n',
    'images:\n- name: app\n',
    'images: [{name: app, newTag: v1}]\n',
    'images: [{name: app}]\n',
  ];
  it.each(layouts.flatMap((layout) => awkward.map((value) => [value, layout])))(
    'writes %j so that it reads back exactly (%j)',
    (value, layout) => {
      const after = setImages(layout, [{ name: 'app', newTag: value }], 'k');
      expect(readImages(after, 'k')).toEqual([{ name: 'app', newTag: value }]);
      expect(after.split('\n').length).toBe(
        layout.split('\n').length + (/newTag|\{/.test(layout) ? 0 : 1),
      );
    },
  );
});

describe('verifyImageEdit', () => {
  const change = [{ name: 'app', newTag: 'v2' }];

  it('accepts exactly the intended change, whatever the comments do', () => {
    const after = BASIC.replace('newTag: v1', 'newTag: v2 # bumped');
    expect(() => verifyImageEdit(BASIC, after, change, 'k')).not.toThrow();
  });

  it.each([
    [
      'another image changed',
      BASIC.replace('v1', 'v2').replace('"15"', '"16"'),
      /\.images\[1\]\.newTag: expected "15", found "16"/,
    ],
    [
      'another key added',
      `${BASIC.replace('v1', 'v2')}namespace: x\n`,
      /\.namespace: expected \(absent\), found "x"/,
    ],
    ['the change missing', BASIC, /\.images\[0\]\.newTag: expected "v2", found "v1"/],
    [
      'a plain yes for a string',
      BASIC.replace('newTag: v1', 'newTag: yes'),
      /YAML 1\.1\): \.images\[0\]\.newTag: expected "yes", found true/,
    ],
    ['a syntax error', BASIC.replace('newTag: v1', 'newTag: [v2'), /edited text does not parse/],
    ['a new warning', BASIC.replace('newTag: v1', 'newTag: !custom v2'), /parses with warnings/],
  ])('throws a SurgicalEditError for %s', (_what, after, message) => {
    const newTag = _what === 'a plain yes for a string' ? 'yes' : 'v2';
    const error = thrown(() => verifyImageEdit(BASIC, after, [{ name: 'app', newTag }], 'k'));
    expect(error).toBeInstanceOf(SurgicalEditError);
    expect(error.message).toMatch(message);
  });
});
