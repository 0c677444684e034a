import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fsTreeReader } from '@infra-fleet/git';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildKustomizeGraph } from '../src/index.js';
import { MAX_PARSED_BYTES } from '../src/graph-tree.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'kustomize-limits-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function graphOf(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(scratch, 'tree-'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return buildKustomizeGraph(fsTreeReader(dir), 'k8s');
}

const FLUX = [
  'apiVersion: kustomize.toolkit.fluxcd.io/v1',
  'kind: Kustomization',
  'metadata:',
  '  name: apps',
  'spec:',
  '  path: ./k8s/apps',
  '---',
].join('\n');

/** A ConfigMap whose data makes the file just over the parse limit. */
function padding(name: string): string {
  const line = `  k${'x'.repeat(60)}: ${'y'.repeat(60)}\n`;
  const lines = Math.ceil(MAX_PARSED_BYTES / line.length) + 10;
  return `\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${line.repeat(lines).replace(/kx/g, (_, at: number) => `k${at}`)}`;
}

describe('files too large to parse', () => {
  it('does not parse a manifest over the limit that names the Flux API: a problem for its node instead', async () => {
    const graph = await graphOf({
      'k8s/clusters/dev/kustomization.yaml': 'resources:\n  - big.yaml\n',
      'k8s/clusters/dev/big.yaml': FLUX + padding('big'),
      'k8s/apps/kustomization.yaml': 'resources:\n  - app.yaml\n',
      'k8s/apps/app.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n',
    });
    const dev = graph.nodes.find((node) => node.dir === 'k8s/clusters/dev')!;
    expect(dev.references.map((ref) => ref.file)).toEqual([
      'k8s/clusters/dev/kustomization.yaml',
      'k8s/clusters/dev/big.yaml',
    ]);
    expect(graph.problems).toEqual([
      {
        file: 'k8s/clusters/dev/big.yaml',
        message: expect.stringMatching(
          /^k8s\/clusters\/dev\/big\.yaml is \d+ bytes, more than the 1048576 bytes the graph parses/,
        ),
        scope: 'node',
        node: 'k8s/clusters/dev',
      },
    ]);
  });

  it('refuses a kustomization or plugin config over the limit, but keeps a large plain manifest (a CRD bundle) without a problem', async () => {
    const graph = await graphOf({
      'k8s/overlays/gen/kustomization.yaml': 'generators:\n  - gen.yaml\n',
      'k8s/overlays/gen/gen.yaml': `apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata:\n  name: gen\n${padding(
        'x',
      )
        .replace(/^[^]*?data:\n/, 'literals:\n')
        .replace(/^ {2}k/gm, '  - k')}`,
      'k8s/overlays/big/kustomization.yaml': `resources:\n  - ../crds/crds.yaml\n# ${'z'.repeat(MAX_PARSED_BYTES)}\n`,
      'k8s/overlays/crds/kustomization.yaml': 'resources:\n  - crds.yaml\n',
      'k8s/overlays/crds/crds.yaml': padding('crds'),
    });
    expect(graph.problems).toEqual([
      {
        file: 'k8s/overlays/big/kustomization.yaml',
        message: expect.stringMatching(
          /is \d+ bytes, more than the 1048576 bytes the graph parses/,
        ),
        scope: 'node',
        node: 'k8s/overlays/big',
      },
      {
        file: 'k8s/overlays/gen/gen.yaml',
        message: expect.stringMatching(
          /is \d+ bytes, more than the 1048576 bytes the graph parses/,
        ),
        scope: 'node',
        node: 'k8s/overlays/gen',
      },
    ]);
    const crds = graph.nodes.find((node) => node.dir === 'k8s/overlays/crds')!;
    expect(crds.references.map((ref) => ref.file)).toContain('k8s/overlays/crds/crds.yaml');
  });
});
