import type { TreeReader } from '@infra-fleet/git';
import { buildKustomizeGraph } from '@infra-fleet/kustomize';
import { buildTerragruntGraph } from '@infra-fleet/terragrunt';
import {
  PERMANENT,
  type DomainGraph,
  type GraphNode,
  type Roots,
  type TreeGraphs,
} from './model.js';

async function subdirs(reader: TreeReader, dir: string): Promise<string[]> {
  const entries = (await reader.listDir(dir)) ?? [];
  return entries.filter((entry) => entry.kind === 'dir').map((entry) => entry.name);
}

async function infrastructureTargets(reader: TreeReader, root: string): Promise<string[]> {
  const environments = await subdirs(reader, `${root}/environments`);
  const permanent = (await subdirs(reader, root)).includes(PERMANENT) ? [PERMANENT] : [];
  return [...environments, ...permanent];
}

async function k8sTargets(reader: TreeReader, root: string): Promise<string[]> {
  const [overlays, clusters] = await Promise.all([
    subdirs(reader, `${root}/overlays`),
    subdirs(reader, `${root}/clusters`),
  ]);
  return [...overlays, ...clusters];
}

/** A graph that could not be built at all: every target of its domain is in doubt. */
function failedGraph(root: string, what: string, error: unknown, targets: string[]): DomainGraph {
  const detail = error instanceof Error ? error.message : String(error);
  const message = `could not build the ${what} graph: ${detail}`;
  return { nodes: [], targets, problems: [{ file: root, message, scope: 'all' }] };
}

function withTargets(nodes: GraphNode[], discovered: string[]): string[] {
  return [...new Set([...discovered, ...nodes.map((node) => node.target)])];
}

async function terragrunt(reader: TreeReader, root: string): Promise<DomainGraph> {
  const discovered = await infrastructureTargets(reader, root);
  try {
    const graph = await buildTerragruntGraph(reader, root);
    const nodes = graph.units.map((unit) => ({ ...unit }));
    return { nodes, problems: graph.problems, targets: withTargets(nodes, discovered) };
  } catch (error) {
    return failedGraph(root, 'Terragrunt', error, discovered);
  }
}

async function kustomize(reader: TreeReader, root: string): Promise<DomainGraph> {
  const discovered = await k8sTargets(reader, root);
  try {
    const graph = await buildKustomizeGraph(reader, root);
    const nodes = graph.nodes.map((node) => ({ ...node, dependencies: [] }));
    return { nodes, problems: graph.problems, targets: withTargets(nodes, discovered) };
  } catch (error) {
    return failedGraph(root, 'Kustomize', error, discovered);
  }
}

/** Both domains' graphs of the commit `reader` shows. */
export async function buildTreeGraphs(reader: TreeReader, roots: Roots): Promise<TreeGraphs> {
  const [infrastructure, k8s] = await Promise.all([
    terragrunt(reader, roots.infrastructure),
    kustomize(reader, roots.k8s),
  ]);
  return { infrastructure, k8s };
}
