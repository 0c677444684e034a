import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fsTreeReader, type TreeReader } from '@infra-fleet/git';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildKustomizeGraph, type KustomizeGraph, type KustomizeNode } from '../src/index.js';
import { isRemote, resolveLocal } from '../src/graph-paths.js';
import { isInlineYaml } from '../src/graph-plugins.js';

const REPO = path.resolve(import.meta.dirname, '../../..');
const ALL_FORMS = path.resolve(import.meta.dirname, 'graph-fixtures/all-forms');
const run = promisify(execFile);

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'kustomize-graph-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

type Tree = Record<string, string | { symlink: string }>;

/** Writes `files` into a fresh dir under the scratch dir; returns the dir. */
async function writeTree(files: Tree): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, 'tree-'));
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    if (typeof content === 'string') await writeFile(target, content);
    else await symlink(content.symlink, target);
  }
  return dir;
}

async function graphOf(files: Tree): Promise<KustomizeGraph> {
  return buildKustomizeGraph(fsTreeReader(await writeTree(files)), 'k8s');
}

function node(graph: KustomizeGraph, dir: string): KustomizeNode {
  const found = graph.nodes.find((candidate) => candidate.dir === dir);
  if (!found) throw new Error(`no node ${dir} in ${graph.nodes.map((n) => n.dir).join(', ')}`);
  return found;
}

const filesOf = (n: KustomizeNode) => n.references.map((reference) => reference.file);
const viaOf = (n: KustomizeNode, file: string) =>
  n.references.find((reference) => reference.file === file)?.via;

const CM = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
const resources = (...paths: string[]) => `resources:\n${paths.map((p) => `  - ${p}\n`).join('')}`;

describe('path rules', () => {
  it.each([
    ['https://github.com/org/repo//base?ref=v1', true],
    ['git::https://example.com/org/repo.git//base', true],
    ['github.com/org/repo/base?ref=main', true],
    ['git@github.com:org/repo.git/base', true],
    ['ssh://git@example.com/org/repo.git', true],
    ['../base?ref=v1', true],
    ['../../base/app', false],
    ['deployment.yaml', false],
    ['config/app.properties', false],
  ])('%s is remote: %s', (ref, remote) => {
    expect(isRemote(ref)).toBe(remote);
  });

  it.each([
    ['k8s/overlays/dev', '../../base', { path: 'k8s/base' }],
    ['k8s/overlays/dev', './patches/p.yaml', { path: 'k8s/overlays/dev/patches/p.yaml' }],
    ['k8s/overlays/dev', '.', { path: 'k8s/overlays/dev' }],
    ['k8s', '../other/', { path: 'other' }],
    ['k8s', '..', { path: '' }],
  ])('%s + %s resolves inside the repo', (dir, ref, resolved) => {
    expect(resolveLocal(dir, ref)).toEqual(resolved);
  });

  it('refuses paths that leave the repository or are absolute', () => {
    expect(resolveLocal('k8s', '../../etc/passwd')).toEqual({
      error: expect.stringContaining('outside the repository'),
    });
    expect(resolveLocal('k8s', '/etc/passwd')).toEqual({
      error: expect.stringContaining('absolute path'),
    });
  });

  it('tells inline patches and configs from file paths as kustomize does', () => {
    expect(isInlineYaml('patches/smp.yaml')).toBe(false);
    expect(isInlineYaml('https://example.com/p.yaml')).toBe(false);
    expect(isInlineYaml('apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n')).toBe(true);
    expect(isInlineYaml('{"apiVersion": "v1", "kind": "Service"}')).toBe(true);
    expect(isInlineYaml(7)).toBe(false);
  });
});

describe('every reference form (graph-fixtures/all-forms)', () => {
  let graph: KustomizeGraph;
  beforeAll(async () => {
    graph = await buildKustomizeGraph(fsTreeReader(ALL_FORMS), 'k8s');
  });

  it('finds the overlay and cluster nodes, and no problems', () => {
    expect(graph.root).toBe('k8s');
    expect(graph.nodes.map((n) => [n.dir, n.target])).toEqual([
      ['k8s/overlays/dev', 'dev'],
      ['k8s/overlays/ext', 'ext'],
      ['k8s/clusters/dev', 'dev'],
    ]);
    expect(graph.problems).toEqual([]);
  });

  it('lists every file the dev overlay includes, and nothing else', () => {
    const dev = node(graph, 'k8s/overlays/dev');
    const own = (file: string) => `k8s/overlays/dev/${file}`;
    expect(filesOf(dev).sort()).toEqual(
      [
        ...['kustomization.yaml', 'namespace.yaml', 'crds/widget.json', 'openapi/schema.json'],
        ...['config/name-reference.yaml', 'config/app.properties', 'config/other.txt'],
        ...['config/app.env', 'secrets/token.txt', 'secrets/legacy.env'],
        ...['patches/replicas.yaml', 'patches/json6902.yaml', 'patches/smp.yaml'],
        ...['replacements/image.yaml', 'generators/extra-config.yaml', 'generators/extra.txt'],
        ...['transformers/patch.yaml', 'transformers/file-target.yaml'],
        'transformers/inline-target.yaml',
      ]
        .map(own)
        .concat(
          ...['k8s/base/app/kustomization.yaml', 'k8s/base/app/deployment.yaml'],
          ...['k8s/base/app/service.yaml', 'k8s/legacy/kustomization.yaml'],
          ...['k8s/legacy/legacy-config.yaml', 'k8s/components/tracing/kustomization.yaml'],
          ...['k8s/components/tracing/tracing-patch.yaml', 'k8s/components/tracing/collector.yaml'],
        )
        .sort(),
    );
    expect(dev.references[0]).toEqual({ file: own('kustomization.yaml'), via: [] });
    expect(dev.remote).toEqual([]);
  });

  it('records the hops that lead to each file', () => {
    const dev = node(graph, 'k8s/overlays/dev');
    expect(viaOf(dev, 'k8s/base/app/deployment.yaml')).toEqual([
      'resources ../../base/app',
      'resources deployment.yaml',
    ]);
    expect(viaOf(dev, 'k8s/overlays/dev/config/other.txt')).toEqual([
      'configMapGenerator app-config files custom-key=config/other.txt',
    ]);
    expect(viaOf(dev, 'k8s/components/tracing/collector.yaml')).toEqual([
      'components ../../components/tracing',
      'configMapGenerator tracing files collector.yaml',
    ]);
    expect(viaOf(dev, 'k8s/overlays/dev/generators/extra.txt')).toEqual([
      'generators generators/extra-config.yaml',
      'ConfigMapGenerator extra files extra.txt=generators/extra.txt',
    ]);
    expect(viaOf(dev, 'k8s/overlays/dev/transformers/inline-target.yaml')).toEqual([
      'transformers inline PatchTransformer inline-patch path transformers/inline-target.yaml',
    ]);
  });

  it('agrees with kubectl kustomize: each referenced file is read, no other file is', async () => {
    const dev = node(graph, 'k8s/overlays/dev');
    const referenced = new Set(filesOf(dev));
    const readable = ['k8s/base', 'k8s/legacy', 'k8s/components', 'k8s/overlays/dev'];
    const candidates = (await listFiles(ALL_FORMS)).filter((file) =>
      readable.some((dir) => file.startsWith(`${dir}/`)),
    );
    const baseline = await render(ALL_FORMS);
    const outcomes = await mapLimited(candidates, async (file) => {
      const copy = await mkdtemp(path.join(scratch, 'oracle-'));
      await cp(ALL_FORMS, copy, { recursive: true });
      await rm(path.join(copy, file));
      const output = await render(copy).catch(() => 'failed');
      return [file, output !== baseline] as const;
    });
    expect(
      outcomes
        .filter(([, matters]) => matters)
        .map(([file]) => file)
        .sort(),
    ).toEqual([...referenced].sort());
    expect(candidates.length).toBeGreaterThan(referenced.size);
  });

  it('follows helm charts, plugin dirs and KRM exec paths, and lists remote references', () => {
    const ext = node(graph, 'k8s/overlays/ext');
    expect(filesOf(ext)).toEqual(
      expect.arrayContaining([
        'k8s/overlays/ext/values/base.yaml',
        'k8s/overlays/ext/values/extra.yaml',
        'k8s/overlays/ext/values/legacy.yaml',
        'k8s/overlays/ext/charts-home/local-chart/Chart.yaml',
        'k8s/overlays/ext/charts-home/local-chart/values.yaml',
        'k8s/overlays/ext/charts-home/local-chart/templates/configmap.yaml',
        'k8s/overlays/ext/generator-dir/kustomization.yaml',
        'k8s/overlays/ext/generator-dir/generator.yaml',
        'k8s/overlays/ext/validators/check.yaml',
        'k8s/overlays/ext/validators/check.sh',
      ]),
    );
    expect(ext.remote).toEqual([
      'git::https://example.com/org/repo.git//base?ref=main',
      'git@github.com:example/private.git/base',
      'github.com/example/other/base?ref=v2',
      'https://example.com/patches/remote-patch.yaml',
      'https://example.com/values.yaml',
      'https://github.com/example/app//deploy?ref=v1.0.0',
      'ssh://git@example.com/org/repo.git',
    ]);
  });

  it('follows Flux Kustomizations from a cluster node, through loops back to itself', () => {
    const cluster = node(graph, 'k8s/clusters/dev');
    const dev = node(graph, 'k8s/overlays/dev');
    expect(filesOf(cluster)).toEqual(expect.arrayContaining(filesOf(dev)));
    expect(viaOf(cluster, 'k8s/overlays/dev/patches/smp.yaml')).toEqual([
      'resources apps.yaml',
      'flux Kustomization app spec.path ./k8s/overlays/dev',
      'patchesStrategicMerge patches/smp.yaml',
    ]);
    expect(viaOf(cluster, 'k8s/components/tracing/kustomization.yaml')).toEqual([
      'resources apps.yaml',
      'flux Kustomization app spec.components ../../components/tracing',
    ]);
    // A path without a kustomization: Flux generates one from the manifests under it.
    expect(viaOf(cluster, 'k8s/apps-plain/sub/b.yaml')).toEqual([
      'resources apps.yaml',
      'flux Kustomization plain spec.path k8s/apps-plain',
      'flux-generated resources sub/b.yaml',
    ]);
    expect(cluster.remote).toEqual(['OCIRepository/app-artifact ./deploy']);
  });
});

describe("the repository's k8s tree", () => {
  let graph: KustomizeGraph;
  beforeAll(async () => {
    graph = await buildKustomizeGraph(fsTreeReader(REPO), 'k8s');
  });

  it('has the overlay and cluster of each environment, without problems', () => {
    expect(graph.nodes.map((n) => `${n.dir} -> ${n.target}`).sort()).toEqual([
      'k8s/clusters/production -> production',
      'k8s/clusters/staging -> staging',
      'k8s/overlays/production -> production',
      'k8s/overlays/staging -> staging',
    ]);
    expect(graph.problems).toEqual([]);
  });

  it('links the base to both overlays and an overlay patch to its own overlay only', () => {
    const deployment = 'k8s/base/applications/load-harness/deployment.yaml';
    const patch = 'k8s/overlays/staging/patches/deployment-patch.yaml';
    const overlays = graph.nodes.filter((n) => n.dir.startsWith('k8s/overlays/'));
    for (const overlay of overlays) {
      expect(viaOf(overlay, deployment)).toEqual([
        'resources ../../base/applications/load-harness',
        'resources deployment.yaml',
      ]);
    }
    const withPatch = graph.nodes.filter((n) => filesOf(n).includes(patch)).map((n) => n.dir);
    expect(withPatch.sort()).toEqual(['k8s/clusters/staging', 'k8s/overlays/staging']);
  });

  it("reaches the staging overlay's files from clusters/staging through the Flux spec.path", () => {
    const cluster = node(graph, 'k8s/clusters/staging');
    expect(filesOf(cluster)).toEqual(
      expect.arrayContaining(filesOf(node(graph, 'k8s/overlays/staging'))),
    );
    expect(viaOf(cluster, 'k8s/overlays/staging/patches/deployment-patch.yaml')).toEqual([
      'resources load-harness.kustomization.yaml',
      'flux Kustomization load-harness spec.path ./k8s/overlays/staging',
      'patches patches/deployment-patch.yaml',
    ]);
    expect(filesOf(cluster).some((file) => file.startsWith('k8s/overlays/production/'))).toBe(
      false,
    );
  });
});

describe('problems: fail closed for the nodes they can affect', () => {
  const problemsOf = (graph: KustomizeGraph) =>
    graph.problems.map(
      (problem) => `${problem.scope} ${problem.node} ${problem.file}: ${problem.message}`,
    );

  it('reports a missing local path against the node that names it', async () => {
    const graph = await graphOf({
      'k8s/overlays/dev/kustomization.yaml': resources('app.yaml', 'gone.yaml'),
      'k8s/overlays/dev/app.yaml': CM('app'),
    });
    expect(graph.problems).toEqual([
      {
        file: 'k8s/overlays/dev/kustomization.yaml',
        message:
          '`resources gone.yaml`: k8s/overlays/dev/gone.yaml does not exist; fix the path or add it',
        scope: 'node',
        node: 'k8s/overlays/dev',
      },
    ]);
    expect(filesOf(node(graph, 'k8s/overlays/dev'))).toContain('k8s/overlays/dev/app.yaml');
  });

  it('marks every node that includes an invalid kustomization, and only those', async () => {
    const graph = await graphOf({
      'k8s/base/kustomization.yaml': 'resources:\n  - a.yaml\n - b.yaml\n',
      'k8s/overlays/staging/kustomization.yaml': resources('../../base'),
      'k8s/overlays/production/kustomization.yaml': resources('../../base'),
      'k8s/overlays/preview/kustomization.yaml': resources('cm.yaml'),
      'k8s/overlays/preview/cm.yaml': CM('preview'),
    });
    expect(graph.problems.map((problem) => [problem.node, problem.file, problem.scope])).toEqual([
      ['k8s/overlays/production', 'k8s/base/kustomization.yaml', 'node'],
      ['k8s/overlays/staging', 'k8s/base/kustomization.yaml', 'node'],
    ]);
    expect(graph.problems[0]?.message).toMatch(/k8s\/base\/kustomization.yaml is invalid YAML: /);
    // The broken file is still a reference, so changing it is attributed.
    expect(filesOf(node(graph, 'k8s/overlays/staging'))).toContain('k8s/base/kustomization.yaml');
  });

  it('terminates on kustomize cycles, reports them, and still lists every file', async () => {
    const graph = await graphOf({
      'k8s/a/kustomization.yaml': resources('../b', 'a.yaml'),
      'k8s/a/a.yaml': CM('a'),
      'k8s/b/kustomization.yaml': resources('../a', 'b.yaml'),
      'k8s/b/b.yaml': CM('b'),
      'k8s/overlays/x/kustomization.yaml': resources('../../a'),
      'k8s/overlays/y/kustomization.yaml': resources('../../b'),
      'k8s/overlays/self/kustomization.yaml': resources('.'),
    });
    for (const dir of ['k8s/overlays/x', 'k8s/overlays/y']) {
      expect(filesOf(node(graph, dir))).toEqual(
        expect.arrayContaining(['k8s/a/a.yaml', 'k8s/b/b.yaml', 'k8s/a/kustomization.yaml']),
      );
      const cycle = graph.problems.find((problem) => problem.node === dir);
      expect(cycle?.message).toMatch(/^kustomization cycle k8s\/(a|b) -> .* -> k8s\/(a|b);/);
    }
    expect(problemsOf(graph)).toContain(
      'node k8s/overlays/self k8s/overlays/self/kustomization.yaml: kustomization cycle ' +
        'k8s/overlays/self -> k8s/overlays/self; kustomize refuses it. Remove one reference.',
    );
  });

  it('reports malformed entries, several kustomization files, and paths it cannot follow', async () => {
    const graph = await graphOf({
      'k8s/overlays/a/kustomization.yaml': [
        'resources: cm.yaml',
        'patches:\n  - path: patches',
        'configMapGenerator:\n  - name: c\n    files:\n      - a=b=c',
        'components:\n  - ../../../../outside',
        'crds:\n  - /etc/crd.json',
        'bases:\n  - ../../plain',
      ].join('\n'),
      'k8s/overlays/a/patches/p.yaml': CM('p'),
      'k8s/plain/cm.yaml': CM('plain'),
      'k8s/overlays/b/kustomization.yaml': resources('cm.yaml'),
      'k8s/overlays/b/kustomization.yml': resources('cm.yaml'),
      'k8s/overlays/b/cm.yaml': CM('b'),
    });
    const messages = problemsOf(graph).map((line) =>
      line.replace(/ k8s\/overlays\/\w\/[\w.]+: /, ': '),
    );
    expect(messages).toEqual([
      'node k8s/overlays/a: `resources` must be a list, got "cm.yaml"',
      'node k8s/overlays/a: `configMapGenerator c files` entry "a=b=c" is neither "path" nor "key=path"',
      'node k8s/overlays/a: `bases ../../plain`: k8s/plain holds no kustomization file (kustomization.yaml, kustomization.yml, Kustomization); add one or name a file',
      'node k8s/overlays/a: `components ../../../../outside` points outside the repository; keep references inside it',
      'node k8s/overlays/a: `crds /etc/crd.json` is an absolute path; write it relative to the file that names it',
      'node k8s/overlays/a: `patches patches`: k8s/overlays/a/patches is a directory, but a file is expected',
      expect.stringMatching(
        /^node k8s\/overlays\/b: k8s\/overlays\/b holds several kustomization files/,
      ),
    ]);
    expect(filesOf(node(graph, 'k8s/overlays/b'))).toEqual([
      'k8s/overlays/b/kustomization.yaml',
      'k8s/overlays/b/kustomization.yml',
    ]);
  });

  it('reports symlinks it cannot see through: an env dir, a referenced file, a node group', async () => {
    const graph = await graphOf({
      'k8s/overlays/real/kustomization.yaml': resources('link.yaml'),
      'k8s/overlays/real/target.yaml': CM('target'),
      'k8s/overlays/real/link.yaml': { symlink: 'target.yaml' },
      'k8s/overlays/alias': { symlink: 'real' },
      'elsewhere/dev/kustomization.yaml': resources('cm.yaml'),
      'k8s/clusters': { symlink: '../elsewhere' },
    });
    expect(problemsOf(graph)).toEqual([
      'all undefined k8s/clusters: k8s/clusters is a symlink, so the nodes under it cannot be read; make it a directory',
      'node k8s/overlays/alias k8s/overlays/alias: k8s/overlays/alias is a symlink, which the graph cannot follow; make it a directory',
      'node k8s/overlays/real k8s/overlays/real/kustomization.yaml: `resources link.yaml`: k8s/overlays/real/link.yaml is a symlink, which the graph cannot follow',
    ]);
    expect(filesOf(node(graph, 'k8s/overlays/alias'))).toEqual(['k8s/overlays/alias']);
    expect(filesOf(node(graph, 'k8s/overlays/real'))).toContain('k8s/overlays/real/link.yaml');
  });

  it('needs a chart home only for charts without a repo, and reads the default one', async () => {
    const chart = (name: string, repo = '') =>
      `helmCharts:\n  - name: ${name}\n${repo ? `    repo: ${repo}\n` : ''}`;
    const graph = await graphOf({
      'k8s/overlays/local/kustomization.yaml': chart('mine'),
      'k8s/overlays/local/charts/mine/Chart.yaml': 'name: mine\n',
      'k8s/overlays/missing/kustomization.yaml': chart('mine'),
      'k8s/overlays/pulled/kustomization.yaml': chart('nginx', 'https://charts.example.com'),
    });
    expect(
      viaOf(node(graph, 'k8s/overlays/local'), 'k8s/overlays/local/charts/mine/Chart.yaml'),
    ).toEqual(['helmGlobals chartHome charts (default)']);
    expect(problemsOf(graph)).toEqual([
      'node k8s/overlays/missing k8s/overlays/missing/kustomization.yaml: `helmGlobals chartHome charts (default)`: k8s/overlays/missing/charts does not exist; fix the path or add it',
    ]);
  });

  it('reports Flux objects it cannot read: no spec.path, invalid YAML', async () => {
    const flux = 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n';
    const graph = await graphOf({
      'k8s/clusters/dev/kustomization.yaml': resources('nopath.yaml', 'broken.yaml'),
      'k8s/clusters/dev/nopath.yaml': `${flux}metadata:\n  name: apps\nspec:\n  prune: true\n`,
      'k8s/clusters/dev/broken.yaml': `${flux}spec:\n  path: [./x\n`,
    });
    expect(problemsOf(graph)).toEqual([
      'node k8s/clusters/dev k8s/clusters/dev/nopath.yaml: Flux Kustomization apps has no spec.path, so it applies its whole source; set spec.path',
      expect.stringMatching(
        /^node k8s\/clusters\/dev k8s\/clusters\/dev\/broken.yaml: invalid YAML, so its Flux objects cannot be read: /,
      ),
    ]);
  });

  it('finds no nodes, and no problems, where there is no kustomization', async () => {
    const graph = await graphOf({
      'k8s/overlays/README.md': '# overlays\n',
      'k8s/overlays/draft/notes.yaml': CM('draft'),
    });
    expect(graph).toEqual({ root: 'k8s', nodes: [], problems: [] });
    expect(await buildKustomizeGraph(fsTreeReader(scratch), 'no-such-root/')).toEqual({
      root: 'no-such-root',
      nodes: [],
      problems: [],
    });
  });
});

describe('scale', () => {
  it('builds 400 overlays sharing 20 bases, reading each base once', async () => {
    const tree: Tree = {};
    for (let b = 0; b < 20; b++) {
      tree[`k8s/base/b${b}/kustomization.yaml`] = resources(
        'deployment.yaml',
        'service.yaml',
        '../common',
      );
      tree[`k8s/base/b${b}/deployment.yaml`] = CM(`d${b}`);
      tree[`k8s/base/b${b}/service.yaml`] = CM(`s${b}`);
    }
    tree['k8s/base/common/kustomization.yaml'] = resources('labels.yaml');
    tree['k8s/base/common/labels.yaml'] = CM('labels');
    for (let o = 0; o < 400; o++) {
      tree[`k8s/overlays/env-${o}/kustomization.yaml`] =
        resources('namespace.yaml', `../../base/b${o % 20}`) + 'patches:\n  - path: patch.yaml\n';
      tree[`k8s/overlays/env-${o}/namespace.yaml`] = CM(`ns${o}`);
      tree[`k8s/overlays/env-${o}/patch.yaml`] = CM(`d${o % 20}`);
    }
    const reads = new Map<string, number>();
    const reader = counting(fsTreeReader(await writeTree(tree)), reads);
    const graph = await buildKustomizeGraph(reader, 'k8s');

    expect(graph.nodes).toHaveLength(400);
    expect(graph.problems).toEqual([]);
    expect(filesOf(node(graph, 'k8s/overlays/env-27'))).toEqual([
      'k8s/overlays/env-27/kustomization.yaml',
      'k8s/overlays/env-27/namespace.yaml',
      'k8s/base/b7/kustomization.yaml',
      'k8s/base/b7/deployment.yaml',
      'k8s/base/b7/service.yaml',
      'k8s/base/common/kustomization.yaml',
      'k8s/base/common/labels.yaml',
      'k8s/overlays/env-27/patch.yaml',
    ]);
    expect(reads.get('k8s/base/b7/kustomization.yaml')).toBe(1);
    expect(reads.get('k8s/base/common/kustomization.yaml')).toBe(1);
  });
});

function counting(reader: TreeReader, reads: Map<string, number>): TreeReader {
  return {
    readText: (file) => {
      reads.set(file, (reads.get(file) ?? 0) + 1);
      return reader.readText(file);
    },
    listDir: (dir) => reader.listDir(dir),
  };
}

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const file = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(root, file) : Promise.resolve([file]);
    }),
  );
  return nested.flat();
}

async function render(root: string): Promise<string> {
  const { stdout } = await run('kubectl', ['kustomize', path.join(root, 'k8s/overlays/dev')]);
  return stdout;
}

async function mapLimited<T, R>(items: T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() + 1 }, worker));
  return results;
}
