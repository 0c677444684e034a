import { describe, expect, it } from '@jest/globals';
import type { Change } from '../src/changed-files.js';
import { detect, type DetectInput } from '../src/detect.js';
import type { DomainGraph, GraphNode, GraphProblem, TreeGraphs } from '../src/model.js';
import { createLayout } from '../src/layout.js';
import { isDocs, parentDirs } from '../src/paths.js';
import { defaultFleetConfig } from '@infra-fleet/fleet';

const base = defaultFleetConfig();
const LAYOUT = createLayout({ ...base, infrastructure: { ...base.infrastructure, root: 'infra' } });
const UNIVERSE = {
  infrastructure: ['production', 'staging', 'permanent'],
  k8s: ['production', 'staging'],
};

function unit(
  env: string,
  name: string,
  extra: string[] = [],
  dependencies: string[] = [],
): GraphNode {
  const dir = env === 'permanent' ? `infra/permanent/${name}` : `infra/environments/${env}/${name}`;
  return {
    dir,
    target: env,
    references: [
      { file: `${dir}/terragrunt.hcl`, via: [] },
      { file: 'infra/root.hcl', via: ['include "root"'] },
      {
        file: `infra/modules/${name}/main.tf`,
        via: [`terraform.source ../../../modules//${name}`],
      },
      ...extra.map((file) => ({ file, via: ['hop a', 'hop b'] })),
    ],
    dependencies: dependencies.map((dep) => `infra/environments/${env}/${dep}`),
  };
}

function overlay(env: string): GraphNode {
  const dir = `k8s/overlays/${env}`;
  return {
    dir,
    target: env,
    references: [
      { file: `${dir}/kustomization.yaml`, via: [] },
      { file: 'k8s/base/deployment.yaml', via: ['resources ../../base'] },
    ],
    dependencies: [],
  };
}

const graph = (nodes: GraphNode[], problems: GraphProblem[] = []): DomainGraph => ({
  nodes,
  problems,
  targets: [...new Set(nodes.map((node) => node.target))],
});

function tree(infra: GraphNode[], problems: GraphProblem[] = []): TreeGraphs {
  return {
    infrastructure: graph(infra, problems),
    k8s: graph([overlay('staging'), overlay('production')]),
  };
}

const HEAD = tree([
  unit('staging', 'vpc'),
  unit('staging', 'eks', [], ['vpc']),
  unit('staging', 'monitoring', [], ['eks']),
  unit('production', 'vpc'),
  unit('permanent', 'ecr'),
]);

function run(changes: Change[], overrides: Partial<DetectInput> = {}) {
  const detection = detect({
    changes,
    trees: [HEAD],
    layout: LAYOUT,
    universe: UNIVERSE,
    failClosed: true,
    ...overrides,
  });
  const targets = (domain: string) =>
    detection.findings.filter((f) => f.domain === domain).map((f) => f.target);
  return { detection, infrastructure: targets('infrastructure'), k8s: targets('k8s') };
}

const modified = (path: string): Change => ({ status: 'M', path });

describe('detect: which targets a change reaches', () => {
  it.each([
    [
      'a module used in both environments',
      'infra/modules/vpc/main.tf',
      ['production', 'staging'],
      [],
    ],
    ['a shared root config', 'infra/root.hcl', ['production', 'staging', 'permanent'], []],
    ['a unit config', 'infra/environments/production/vpc/terragrunt.hcl', ['production'], []],
    ['a permanent unit', 'infra/permanent/ecr/terragrunt.hcl', ['permanent'], []],
    ['an unreferenced permanent file', 'infra/permanent/notes.txt', ['permanent'], []],
    ['a base manifest', 'k8s/base/deployment.yaml', [], ['production', 'staging']],
    ['an unreferenced file in an overlay', 'k8s/overlays/staging/extra.yaml', [], ['staging']],
    [
      'an unreferenced file in an env folder',
      'infra/environments/production/x.hcl',
      ['production'],
      [],
    ],
    ['docs in a unit folder', 'infra/environments/staging/vpc/README.md', [], []],
    ['an unused module', 'infra/modules/unused/main.tf', [], []],
    ['a file outside both roots', '.github/workflows/ci.yml', [], []],
  ])('%s', (_name, path, infrastructure, k8s) => {
    const result = run([modified(path)]);
    expect(result.infrastructure).toEqual(infrastructure);
    expect(result.k8s).toEqual(k8s);
    expect(result.detection.fallbackReasons).toEqual([]);
  });

  it('writes the chain file -> hops (reversed) -> node -> target', () => {
    const { detection } = run([modified('infra/modules/vpc/main.tf')]);
    expect(detection.findings[0]?.chains).toEqual([
      'infra/modules/vpc/main.tf -> terraform.source ../../../modules//vpc -> infra/environments/production/vpc -> production',
    ]);
    const staging = run([modified('infra/extra.tf')], {
      trees: [tree([unit('staging', 'vpc', ['infra/extra.tf'])])],
    });
    expect(staging.detection.findings[0]?.chains).toEqual([
      'infra/extra.tf -> hop b -> hop a -> infra/environments/staging/vpc -> staging',
    ]);
  });

  it('reaches dependents transitively, saying so in the chain', () => {
    const { detection } = run([modified('infra/environments/staging/vpc/terragrunt.hcl')]);
    expect(detection.findings).toHaveLength(1);
    expect(detection.findings[0]?.chains).toEqual([
      'infra/environments/staging/vpc/terragrunt.hcl -> infra/environments/staging/vpc -> staging',
      'infra/environments/staging/vpc/terragrunt.hcl -> infra/environments/staging/vpc -> dependency of infra/environments/staging/eks -> staging',
      'infra/environments/staging/vpc/terragrunt.hcl -> infra/environments/staging/vpc -> dependency of infra/environments/staging/eks -> dependency of infra/environments/staging/monitoring -> staging',
    ]);
  });

  it('attributes a deleted file through the base tree, and a rename through both', () => {
    const base = tree([unit('production', 'vpc', ['infra/old.tf'])]);
    const deleted = run([{ status: 'D', path: 'infra/old.tf' }], { trees: [HEAD, base] });
    expect(deleted.infrastructure).toEqual(['production']);
    expect(deleted.detection.findings[0]?.chains[0]).toMatch(/^infra\/old\.tf \(deleted\) -> /);
    expect(run([{ status: 'D', path: 'infra/old.tf' }]).infrastructure).toEqual([]);
    const renamed = run(
      [{ status: 'R', from: 'infra/old.tf', path: 'k8s/overlays/staging/new.yaml' }],
      {
        trees: [HEAD, base],
      },
    );
    expect(renamed.infrastructure).toEqual(['production']);
    expect(renamed.k8s).toEqual(['staging']);
    expect(renamed.detection.findings.flatMap((f) => f.chains)).toEqual([
      expect.stringMatching(/^infra\/old\.tf \(renamed to k8s\/overlays\/staging\/new\.yaml\) -> /),
      expect.stringMatching(
        /^k8s\/overlays\/staging\/new\.yaml \(renamed from infra\/old\.tf\) -> /,
      ),
    ]);
  });

  it('lists docs as ignored and unclaimed files as unattributed', () => {
    const { detection } = run([
      modified('README.md'),
      modified('docs/a.png'),
      modified('tools/x.sh'),
    ]);
    expect(detection.findings).toEqual([]);
    expect(detection.ignored).toEqual(['README.md', 'docs/a.png']);
    expect(detection.unattributed).toEqual(['tools/x.sh']);
  });

  it('keeps only the targets of the universe (the environments input)', () => {
    const result = run([modified('infra/root.hcl'), modified('k8s/base/deployment.yaml')], {
      universe: { infrastructure: ['staging'], k8s: [] },
    });
    expect(result.infrastructure).toEqual(['staging']);
    expect(result.k8s).toEqual([]);
  });
});

describe('detect: failing closed', () => {
  const nodeProblem: GraphProblem = {
    file: 'infra/environments/staging/vpc/terragrunt.hcl',
    message: 'cannot parse',
    scope: 'node',
    node: 'infra/environments/staging/vpc',
  };
  const allProblem: GraphProblem = {
    file: 'infra/root.hcl',
    message: 'unknown function',
    scope: 'all',
  };

  it('marks the environment of a node-scoped problem, with a reason', () => {
    const result = run([modified('tools/x.sh')], {
      trees: [tree(HEAD.infrastructure.nodes, [nodeProblem])],
    });
    expect(result.infrastructure).toEqual(['staging']);
    expect(result.detection.fallbackReasons).toEqual([
      'infrastructure: infra/environments/staging/vpc/terragrunt.hcl: cannot parse',
    ]);
    expect(result.detection.findings[0]?.chains[0]).toContain('cannot parse (failing closed)');
  });

  it('reaches the dependents of a node with a problem, in other targets too', () => {
    const dependent = { ...unit('permanent', 'ecr'), dependencies: [nodeProblem.node ?? ''] };
    const trees = [tree([unit('staging', 'vpc'), dependent], [nodeProblem])];
    const result = run([modified('tools/x.sh')], { trees });
    expect(result.infrastructure).toEqual(['staging', 'permanent']);
    expect(result.detection.findings[1]?.chains[0]).toBe(
      'infra/environments/staging/vpc/terragrunt.hcl -> cannot parse (failing closed) -> infra/environments/staging/vpc -> dependency of infra/permanent/ecr -> permanent',
    );
  });

  it('marks every target of the domain for an all-scoped problem', () => {
    const result = run([modified('tools/x.sh')], {
      trees: [tree(HEAD.infrastructure.nodes, [allProblem])],
    });
    expect(result.infrastructure).toEqual(['production', 'staging', 'permanent']);
    expect(result.k8s).toEqual([]);
  });

  it('ignores problems when only docs changed, and only warns when fail-closed is off', () => {
    const trees = [tree(HEAD.infrastructure.nodes, [allProblem])];
    const docs = run([modified('README.md')], { trees });
    expect(docs.detection.findings).toEqual([]);
    expect(docs.detection.warnings).toEqual([expect.stringContaining('no code changed')]);
    const open = run([modified('tools/x.sh')], { trees, failClosed: false });
    expect(open.detection.findings).toEqual([]);
    expect(open.detection.fallbackReasons).toEqual([]);
    expect(open.detection.warnings).toEqual([expect.stringContaining('fail-closed is off')]);
  });

  it('reports every target of both domains when there is no base', () => {
    const result = run([], { everything: 'first release' });
    expect(result.infrastructure).toEqual(['production', 'staging', 'permanent']);
    expect(result.k8s).toEqual(['production', 'staging']);
    expect(result.detection.fallbackReasons).toEqual(['first release']);
    expect(result.detection.findings[0]?.chains).toEqual(['no base (first release) -> production']);
  });
});

describe('path rules', () => {
  it.each([
    ['README.md', true],
    ['infra/modules/vpc/README.MD', true],
    ['docs/diagram.png', true],
    ['k8s/docs/x.yaml', true],
    ['LICENSE', true],
    ['LICENSE.txt', true],
    ['infra/root.hcl', false],
    ['docs.yaml', false],
    ['mydocs/x.yaml', false],
  ])('isDocs(%s) = %s', (path, expected) => {
    expect(isDocs(path)).toBe(expected);
  });

  it('finds parent folders and target folders', () => {
    expect(parentDirs('a/b/c.txt')).toEqual(['a/b', 'a']);
    expect(parentDirs('c.txt')).toEqual([]);
    expect(LAYOUT.targetFolder('infrastructure', 'infra/environments/staging/x/y.hcl')).toEqual({
      folder: 'infra/environments/staging',
      target: 'staging',
    });
    expect(LAYOUT.targetFolder('infrastructure', 'infra/environments/common.hcl')).toBeUndefined();
    expect(LAYOUT.targetFolder('k8s', 'k8s/clusters/production/flux.yaml')?.target).toBe(
      'production',
    );
    expect(LAYOUT.targetFolder('k8s', 'infra/permanent/x')).toBeUndefined();
  });
});
