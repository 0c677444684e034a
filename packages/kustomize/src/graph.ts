import { posix } from 'node:path';
import type { TreeEntryKind, TreeReader } from '@infra-fleet/git';
import type { GraphProblem, KustomizeGraph, KustomizeNode } from './graph-model.js';
import { byName, CachedTree, joinPath } from './graph-tree.js';
import { kustomizationKey, UnitLoader, type Unit } from './graph-load.js';
import { ClosureWalker } from './graph-walk.js';

export type { GraphProblem, KustomizeGraph, KustomizeNode, Reference } from './graph-model.js';

const NODE_GROUPS = ['overlays', 'clusters'] as const;

interface Candidate {
  dir: string;
  target: string;
  kind: TreeEntryKind;
}

/** A folder that is a node when it holds a kustomization file, and the target it serves. */
export interface NodeFolder {
  dir: string;
  target: string;
}

/**
 * The reverse file-reference graph of a Kustomize tree: for each node (a dir holding a
 * kustomization file: `folders` when given, else <root>/overlays/<env> and
 * <root>/clusters/<env>), every local file it includes, recursively, with the hops that
 * include it.
 */
export async function buildKustomizeGraph(
  reader: TreeReader,
  root: string,
  folders?: readonly NodeFolder[],
): Promise<KustomizeGraph> {
  const base = normalizeRoot(root);
  const tree = new CachedTree(reader);
  const problems = await unreadableGroups(tree, base);
  const found = folders ? await folderCandidates(tree, folders) : await candidates(tree, base);
  const walker = new ClosureWalker(await loadUnits(tree, found));
  const nodes: KustomizeNode[] = [];
  for (const candidate of found) {
    const built = buildNode(walker, candidate);
    nodes.push(built.node);
    problems.push(...built.problems);
  }
  return { root: base, nodes, problems };
}

/** Reads every kustomization the nodes reach, concurrently, each once. */
async function loadUnits(tree: CachedTree, found: Candidate[]): Promise<Map<string, Unit>> {
  const loader = new UnitLoader(tree);
  const roots = found.filter((candidate) => candidate.kind === 'dir');
  await Promise.all(roots.map((candidate) => loader.loadAll(kustomizationKey(candidate.dir))));
  const entries = [...loader.units].map(async ([key, unit]) => [key, await unit] as const);
  return new Map(await Promise.all(entries));
}

function normalizeRoot(root: string): string {
  const normalized = posix.normalize(root.trim() || '.').replace(/\/+$/, '');
  return normalized === '.' ? '' : normalized.replace(/^\.\//, '');
}

/** A symlinked or submodule root/overlays/clusters hides its nodes: nothing can be told. */
async function unreadableGroups(tree: CachedTree, root: string): Promise<GraphProblem[]> {
  const problems: GraphProblem[] = [];
  for (const dir of [root, ...NODE_GROUPS.map((group) => joinPath(root, group))]) {
    const kind = await tree.kind(dir);
    if (kind === 'symlink' || kind === 'submodule') {
      const message = `${dir} is a ${kind}, so the nodes under it cannot be read; make it a directory`;
      problems.push({ file: dir, message, scope: 'all' });
    }
  }
  return problems;
}

async function candidates(tree: CachedTree, root: string): Promise<Candidate[]> {
  const groups = NODE_GROUPS.map(async (group) => {
    const dir = joinPath(root, group);
    const entries = [...((await tree.entries(dir)) ?? [])].sort(byName);
    const checked = entries.map(async ([name, kind]) => {
      const path = joinPath(dir, name);
      if (kind === 'file') return [];
      if (kind === 'dir' && (await tree.kustomizationNames(path)).length === 0) return [];
      return [{ dir: path, target: name, kind }];
    });
    return (await Promise.all(checked)).flat();
  });
  return (await Promise.all(groups)).flat();
}

async function folderCandidates(
  tree: CachedTree,
  folders: readonly NodeFolder[],
): Promise<Candidate[]> {
  const checked = folders.map(async ({ dir, target }) => {
    const kind = await tree.kind(dir);
    if (kind === undefined || kind === 'file') return [];
    if (kind === 'dir' && (await tree.kustomizationNames(dir)).length === 0) return [];
    return [{ dir, target, kind }];
  });
  return (await Promise.all(checked)).flat();
}

function buildNode(
  walker: ClosureWalker,
  { dir, target, kind }: Candidate,
): { node: KustomizeNode; problems: GraphProblem[] } {
  if (kind !== 'dir') {
    // Fail closed: what a symlinked or submodule env dir holds is not in this tree.
    const message = `${dir} is a ${kind}, which the graph cannot follow; make it a directory`;
    const node = { dir, target, references: [{ file: dir, via: [] }], remote: [] };
    return { node, problems: [{ file: dir, message, scope: 'node', node: dir }] };
  }
  const closure = walker.node(dir);
  const references = [...closure.refs].map(([file, via]) => ({ file, via }));
  const problems = [...closure.problems.values()].map((problem): GraphProblem => ({
    ...problem,
    scope: 'node',
    node: dir,
  }));
  return { node: { dir, target, references, remote: [...closure.remote].sort() }, problems };
}
