import { describe, expect, it } from '@jest/globals';
import {
  buildManifest,
  compareManifests,
  formatDifferences,
  parseManifest,
  PlanResultError,
  serialiseManifest,
  type ChangeCounts,
  type Manifest,
  type ResourceChangeSummary,
} from '../src/index.js';

const hash = (digit: string) => `sha256:${digit.repeat(64)}`;
const counts = (overrides: Partial<ChangeCounts> = {}): ChangeCounts => ({
  add: 0,
  change: 0,
  replace: 0,
  destroy: 0,
  import: 0,
  move: 0,
  forget: 0,
  ...overrides,
});

function unit(
  digit: string,
  overrides: Partial<ChangeCounts>,
  resources: ResourceChangeSummary[] = [],
) {
  return { hash: hash(digit), changes: { ...counts(overrides), resources } };
}

const approved = buildManifest({
  terragrunt: '0.93.1',
  opentofu: '1.8.5',
  workingDirectory: './infrastructure/environments/production/',
  commit: 'a'.repeat(40),
  units: {
    vpc: unit('1', { add: 1 }, [{ address: 'aws_vpc.main', actions: ['create'] }]),
    eks: unit('2', { change: 1 }, [
      { address: 'aws_eks_cluster.main', actions: ['update'] },
      { address: 'aws_iam_role.node', actions: ['update', 'import'] },
    ]),
    dns: unit('3', {}),
  },
});

describe('buildManifest / serialiseManifest / parseManifest', () => {
  it('records versions, the normalised working directory, commit, and per unit hash, counts and actions', () => {
    expect(approved).toEqual({
      version: 1,
      terragrunt: '0.93.1',
      opentofu: '1.8.5',
      workingDirectory: 'infrastructure/environments/production',
      commit: 'a'.repeat(40),
      units: {
        dns: { hash: hash('3'), changes: counts(), resources: {} },
        eks: {
          hash: hash('2'),
          changes: counts({ change: 1 }),
          resources: { 'aws_eks_cluster.main': 'update', 'aws_iam_role.node': 'update+import' },
        },
        vpc: {
          hash: hash('1'),
          changes: counts({ add: 1 }),
          resources: { 'aws_vpc.main': 'create' },
        },
      },
    });
    expect(Object.keys(approved.units)).toEqual(['dns', 'eks', 'vpc']);
  });

  it('round-trips through its file text', () => {
    const text = serialiseManifest(approved);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseManifest(text, 'manifest.json')).toEqual(approved);
  });

  const broken: [string, (manifest: Record<string, unknown>) => unknown, RegExp][] = [
    ['version', (m) => ({ ...m, version: 2 }), /version is 2, expected 1/],
    ['a missing commit', (m) => ({ ...m, commit: undefined }), /commit is missing/],
    ['an empty OpenTofu version', (m) => ({ ...m, opentofu: '' }), /opentofu is "", expected/],
    ['units as a list', (m) => ({ ...m, units: [] }), /units is not an object/],
    [
      'a bad hash',
      (m) => ({ ...m, units: { vpc: { hash: 'md5:1', changes: counts() } } }),
      /units\["vpc"\]\.hash is "md5:1", expected sha256/,
    ],
    [
      'a negative count',
      (m) => ({ ...m, units: { vpc: { hash: hash('1'), changes: counts({ destroy: -1 }) } } }),
      /units\["vpc"\]\.changes\.destroy is -1, expected a count/,
    ],
    [
      'resources that are not strings',
      (m) => ({
        ...m,
        units: { vpc: { hash: hash('1'), changes: counts(), resources: { a: 1 } } },
      }),
      /resources must map addresses to action strings/,
    ],
    ['an array', () => [], /expected a JSON object, found \[\]/],
  ];

  it.each(broken)('rejects %s, naming the path and the field', (_, breakIt, message) => {
    const text = JSON.stringify(breakIt({ ...approved }));
    const attempt = () => parseManifest(text, '/tmp/approved/manifest.json');
    expect(attempt).toThrow(PlanResultError);
    expect(attempt).toThrow(/^Manifest \/tmp\/approved\/manifest\.json is not valid: /);
    expect(attempt).toThrow(message);
  });

  it('rejects text that is not JSON, with a hint to pass the plan step output', () => {
    try {
      parseManifest('not json', 'm.json');
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as PlanResultError).message).toMatch(/Manifest m\.json is not valid: not JSON/);
      expect((error as PlanResultError).hint).toMatch(/'manifest' output/);
    }
  });

  it('accepts a manifest without per-resource actions', () => {
    const minimal = { ...approved, units: { vpc: { hash: hash('1'), changes: counts() } } };
    expect(parseManifest(JSON.stringify(minimal), 'm.json').units.vpc?.resources).toBeUndefined();
  });
});

describe('compareManifests', () => {
  const current = (changes: Partial<Manifest> = {}): Manifest => ({
    ...structuredClone(approved),
    ...changes,
  });

  it('finds nothing when the plan is the approved one (working directory spelling aside)', () => {
    expect(
      compareManifests(
        approved,
        current({ workingDirectory: 'infrastructure/environments/production/' }),
      ),
    ).toEqual([]);
    expect(formatDifferences([])).toBe('The plan matches the approved manifest.');
  });

  it('names versions, working directory and commit that differ', () => {
    const differences = compareManifests(
      approved,
      current({
        opentofu: '1.9.0',
        workingDirectory: 'infrastructure/environments/staging',
        commit: 'b'.repeat(40),
      }),
    );
    expect(differences).toEqual([
      { kind: 'setting', setting: 'opentofu', approved: '1.8.5', current: '1.9.0' },
      {
        kind: 'setting',
        setting: 'workingDirectory',
        approved: 'infrastructure/environments/production',
        current: 'infrastructure/environments/staging',
      },
      { kind: 'setting', setting: 'commit', approved: 'a'.repeat(40), current: 'b'.repeat(40) },
    ]);
  });

  it('names units added, removed and changed, with the resources whose actions differ', () => {
    const now = buildManifest({
      ...approved,
      units: {
        vpc: unit('1', { add: 1 }, [{ address: 'aws_vpc.main', actions: ['create'] }]),
        eks: unit('9', { change: 1, replace: 1 }, [
          { address: 'aws_eks_cluster.main', actions: ['replace'] },
          { address: 'aws_iam_role.node', actions: ['update', 'import'] },
          { address: 'aws_iam_role.extra', actions: ['create'] },
        ]),
        monitoring: unit('4', { add: 2 }),
      },
    });
    const differences = compareManifests(approved, now);
    expect(
      differences.map((difference) => [difference.kind, 'unit' in difference && difference.unit]),
    ).toEqual([
      ['unit-removed', 'dns'],
      ['unit-changed', 'eks'],
      ['unit-added', 'monitoring'],
    ]);
    expect(differences[1]).toMatchObject({
      resources: [
        { address: 'aws_eks_cluster.main', approved: 'update', current: 'replace' },
        { address: 'aws_iam_role.extra', current: 'create' },
      ],
    });
    expect(formatDifferences(differences)).toBe(
      [
        'The plan differs from the approved manifest in 3 place(s):',
        '- unit dns: in the approved plan (no changes) but not planned now',
        '- unit eks: changes differ (approved change 1; now change 1, replace 1)',
        '    aws_eks_cluster.main: approved update, now replace',
        '    aws_iam_role.extra: approved no change, now create',
        '- unit monitoring: not in the approved plan; now add 2',
      ].join('\n'),
    );
  });

  it('says when only attribute values differ', () => {
    const now = current();
    now.units.vpc = { ...(now.units.vpc as Manifest['units'][string]), hash: hash('7') };
    const differences = compareManifests(approved, now);
    expect(formatDifferences(differences)).toBe(
      [
        'The plan differs from the approved manifest in 1 place(s):',
        '- unit vpc: changes differ (approved add 1; now add 1)',
        '    same resources and actions; attribute values differ',
      ].join('\n'),
    );
  });

  it('formats version differences for the log', () => {
    const differences = compareManifests(approved, current({ terragrunt: '0.94.0' }));
    expect(formatDifferences(differences)).toContain(
      '- Terragrunt version: approved 0.93.1, now 0.94.0',
    );
  });
});
