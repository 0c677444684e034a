import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { formatScalar, needsQuoting, setImages } from '@infra-fleet/kustomize';

const run = promisify(execFile);

describe('needsQuoting', () => {
  it.each([
    '1.10',
    '010',
    '1e3',
    '1E-3',
    '0x1F',
    '0o17',
    '0b101',
    '1_000',
    '.5',
    '+1',
    '-1',
    '0',
    '123',
    '1.',
    'true',
    'False',
    'TRUE',
    'yes',
    'No',
    'on',
    'OFF',
    'y',
    'N',
    'null',
    'Null',
    'NULL',
    '~',
    '',
    '.inf',
    '-.Inf',
    '.NaN',
    '1:20',
    '2024-01-02',
    '=',
    '<<',
    'a: b',
    'a:',
    'a #b',
    '#a',
    '&a',
    '*a',
    '!a',
    '%a',
    '@a',
    '`a',
    '|',
    '>',
    '- a',
    '? a',
    "'a'",
    '"a"',
    'a,b',
    '[a]',
    '{a}',
    ' a',
    'a ',
    'a\tb',
    'a\nb',
    '\u0085',
    '---',
    '...',
  ])('%j needs quotes', (value) => {
    expect(needsQuoting(value)).toBe(true);
  });

  it.each(['v1.2.3', '1.2.3', 'latest', 'sha256:abc', 'main-2024.01', 'a#b', 'a:b', '-rc1', 'é'])(
    '%j can stay plain',
    (value) => {
      expect(needsQuoting(value)).toBe(false);
    },
  );
});

describe('formatScalar', () => {
  it.each([
    ['v1', 'PLAIN', 'v1'],
    ['1.10', 'PLAIN', '"1.10"'],
    ['v1', 'QUOTE_SINGLE', "'v1'"],
    ["it's", 'QUOTE_SINGLE', "'it''s'"],
    ['a\nb', 'QUOTE_SINGLE', '"a\\nb"'],
    ['v1', 'QUOTE_DOUBLE', '"v1"'],
    ['say "hi" \\o/', 'QUOTE_DOUBLE', '"say \\"hi\\" \\\\o/"'],
    ['\u0085\u2028', 'PLAIN', '"\\u0085\\u2028"'],
  ] as const)('%j as %s is %s', (value, style, expected) => {
    expect(formatScalar(value, style)).toBe(expected);
  });
});

describe('values written by setImages render verbatim in kubectl kustomize', () => {
  const values = ['1.10', '010', '1e3', 'true', 'null', '0x1F', 'yes', 'on', '~', '1_000', '.5'];
  const plain = ['v1.2.3', '1.2.3', 'latest', '0', '123'];
  let root = '';

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'kustomize-quote-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it.each([...values, ...plain])('%s', async (value) => {
    const dir = mkdtempSync(join(root, 'overlay-'));
    writeFileSync(join(dir, 'deployment.yaml'), deployment());
    // `app` replaces an existing plain value; `other` gets a new key inside a flow mapping.
    const source =
      'resources: [deployment.yaml]\nimages:\n  - name: app\n    newTag: placeholder\n  - {name: other}\n';
    const edited = setImages(
      source,
      [
        { name: 'app', newTag: value },
        { name: 'other', newTag: value },
      ],
      'k',
    );
    writeFileSync(join(dir, 'kustomization.yaml'), edited);
    const { stdout } = await run('kubectl', ['kustomize', dir]);
    expect(renderedImages(stdout)).toEqual([`app:${value}`, `other:${value}`]);
  });
});

function deployment(): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: demo',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: app:old',
    '        - name: other',
    '          image: other:old',
    '',
  ].join('\n');
}

function renderedImages(stdout: string): string[] {
  const [doc] = parseAllDocuments(stdout);
  const containers = doc?.toJS().spec.template.spec.containers as { image: string }[];
  return containers.map((container) => container.image);
}
