import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { inputVariable } from '@infra-fleet/action-kit';
import type { Detection } from '../src/detect.js';
import { readSettings } from '../src/inputs.js';
import type { TreeGraphs } from '../src/model.js';
import { booleanOutputName, MAX_REASONS, outputsOf } from '../src/report.js';
import { summaryMarkdown } from '../src/summary.js';
import { targetUniverse } from '../src/targets.js';
import { createLayout } from '../src/layout.js';
import { defaultFleetConfig } from '@infra-fleet/fleet';

const LAYOUT = createLayout(defaultFleetConfig());

const targets = (infrastructure: string[], k8s: string[]): TreeGraphs => ({
  infrastructure: { nodes: [], problems: [], targets: infrastructure },
  k8s: { nodes: [], problems: [], targets: k8s },
});

describe('targetUniverse', () => {
  it('joins head and base, environments alphabetically and permanent last', () => {
    const universe = targetUniverse(
      [
        targets(['staging', 'permanent'], ['staging', 'production']),
        targets(['dev', 'staging'], []),
      ],
      LAYOUT,
    );
    expect(universe.byDomain).toEqual({
      infrastructure: ['dev', 'staging', 'permanent'],
      k8s: ['production', 'staging'],
    });
    expect(universe.order).toEqual(['dev', 'production', 'staging', 'permanent']);
  });

  it('narrows to the environments input, in its order, and names the unknown ones', () => {
    const universe = targetUniverse(
      [targets(['staging', 'production', 'permanent'], ['staging', 'production'])],
      LAYOUT,
      ['production', 'qa', 'staging'],
    );
    expect(universe).toEqual({
      byDomain: { infrastructure: ['production', 'staging'], k8s: ['production', 'staging'] },
      order: ['production', 'staging'],
      unknown: ['qa'],
      undeclared: [],
    });
  });

  it('orders declared environments as infra-fleet.yaml does, then the rest by name', () => {
    const layout = createLayout({
      ...defaultFleetConfig(),
      environments: ['staging', 'production', 'dr'],
    });
    const universe = targetUniverse(
      [targets(['production', 'qa', 'staging', 'permanent'], [])],
      layout,
    );
    expect(universe.order).toEqual(['staging', 'production', 'qa', 'permanent']);
    expect(universe.undeclared).toEqual(['dr']);
  });
});

const detection: Detection = {
  findings: [
    {
      target: 'staging',
      domain: 'k8s',
      files: ['k8s/a.yaml'],
      chains: ['k8s/a.yaml -> k8s/overlays/staging -> staging'],
    },
    { target: 'permanent', domain: 'infrastructure', files: ['p'], chains: ['p -> permanent'] },
    { target: 'staging', domain: 'infrastructure', files: ['m'], chains: ['m -> staging'] },
    {
      target: 'dev-eu',
      domain: 'infrastructure',
      files: ['d'],
      chains: Array.from({ length: 150 }, (_, i) => `d${i}`),
    },
  ],
  fallbackReasons: [],
  warnings: [],
  ignored: ['README.md'],
  unattributed: [],
};
const universe = targetUniverse(
  [targets(['dev-eu', 'staging', 'permanent', 'any'], ['staging', 'production'])],
  LAYOUT,
);

describe('outputsOf', () => {
  const outputs = outputsOf(detection, universe, { base: 'b'.repeat(40), head: 'h'.repeat(40) });

  it('lists targets per domain; environments never holds permanent', () => {
    expect(outputs).toMatchObject({
      environments: ['dev-eu', 'staging'],
      infrastructure: ['dev-eu', 'staging', 'permanent'],
      k8s: ['staging'],
      any: true,
      fallback: false,
      'fallback-reason': '',
      base: 'b'.repeat(40),
    });
  });

  it('writes one boolean per target and the declared ones, skipping names that collide', () => {
    expect(outputs).toMatchObject({
      'dev-eu': true,
      staging: true,
      production: false,
      permanent: true,
    });
    expect(outputs.any).toBe(true);
    expect(booleanOutputName('any')).toBe(false);
    expect(booleanOutputName('eu west')).toBe(false);
  });

  it('builds the matrix in report order and caps the reasons', () => {
    const matrix = outputs.matrix as {
      include: Array<{ environment: string; domain: string; reasons: string[] }>;
    };
    expect(matrix.include.map((entry) => `${entry.environment}/${entry.domain}`)).toEqual([
      'dev-eu/infrastructure',
      'staging/infrastructure',
      'staging/k8s',
      'permanent/infrastructure',
    ]);
    expect(matrix.include[0]?.reasons).toHaveLength(21);
    const reasons = outputs.reasons as Record<string, string[]>;
    expect(reasons['dev-eu']).toHaveLength(MAX_REASONS + 1);
    expect(reasons['dev-eu']?.at(-1)).toBe('... and 50 more');
    expect(reasons.staging).toEqual([
      'm -> staging',
      'k8s/a.yaml -> k8s/overlays/staging -> staging',
    ]);
  });

  it('reports nothing, and no base, as such', () => {
    const none = outputsOf({ ...detection, findings: [] }, universe, { head: 'h' });
    expect(none).toMatchObject({ any: false, fallback: false, environments: [] });
  });

  it('says "any" when it fails closed with no target to name', () => {
    const none = outputsOf({ ...detection, findings: [], fallbackReasons: ['x'] }, universe, {
      head: 'h',
    });
    expect(none).toMatchObject({
      any: true,
      environments: [],
      matrix: { include: [] },
      reasons: {},
      base: '',
      fallback: true,
      'fallback-reason': 'x',
    });
  });
});

describe('summaryMarkdown', () => {
  it('tabulates target, domain, files and chains, and lists docs apart', () => {
    const range = { head: 'h'.repeat(40), base: 'b'.repeat(40), rule: 'push: before (bbb)' };
    const markdown = summaryMarkdown(detection, range, detection.findings);
    expect(markdown).toContain('| Target | Domain | Triggering files | Chains |');
    expect(markdown).toContain(
      '| `staging` | k8s | `k8s/a.yaml` | `k8s/a.yaml -> k8s/overlays/staging -> staging` |',
    );
    expect(markdown).toContain('<summary>Documentation only, affects nothing (1)</summary>');
    expect(markdown).toContain('... and 140 more');
  });
});

describe('readSettings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detect-inputs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = (inputs: Record<string, string>, extra: Record<string, string> = {}) => ({
    GITHUB_WORKSPACE: dir,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [inputVariable(name), value]),
    ),
    ...extra,
  });

  it('has defaults, reads the event, and the default branch from it', () => {
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ repository: { default_branch: 'trunk' } }));
    const settings = readSettings(
      env({}, { GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'abc' }),
    );
    expect(settings).toMatchObject({
      repositoryPath: dir,
      config: { path: 'infra-fleet.yaml', explicit: false },
      roots: {},
      failClosed: true,
      releaseTagPattern: 'v*',
      remote: 'origin',
      defaultBranch: 'trunk',
      event: { name: 'push', sha: 'abc', payload: { repository: { default_branch: 'trunk' } } },
    });
    expect(settings.environments).toBeUndefined();
  });

  it('reads environments as a list or a JSON array', () => {
    expect(
      readSettings(env({ environments: 'staging, production\npermanent' })).environments,
    ).toEqual(['staging', 'production', 'permanent']);
    expect(readSettings(env({ environments: '["staging"]' })).environments).toEqual(['staging']);
  });

  it.each([
    [{ base: '--output=/tmp/x' }, "Input 'base'"],
    [{ head: 'a..b' }, "Input 'head'"],
    [{ 'k8s-root': '../elsewhere' }, "Input 'k8s-root'"],
    [{ 'infrastructure-root': '/abs' }, "Input 'infrastructure-root'"],
    [{ environments: 'staging;rm' }, "Input 'environments'"],
    [{ environments: '[1]' }, "Input 'environments'"],
    [{ 'fail-closed': 'maybe' }, "Input 'fail-closed'"],
    [{ 'release-tag-pattern': '-v*' }, "Input 'release-tag-pattern'"],
    [
      { 'repository-path': '../elsewhere' },
      /^Input 'repository-path': "\.\.\/elsewhere" is outside/,
    ],
    [{ 'repository-path': '/etc' }, /^Input 'repository-path': "\/etc" is outside the workspace/],
  ])('refuses %j', (inputs, message) => {
    expect(() => readSettings(env(inputs))).toThrow(message);
  });
});
